import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldArray, useForm, type Control, type UseFormRegister, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Fieldset, FieldsetDescription, FieldsetLegend, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TStrategyFrame } from '@domain/strategy.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useSaveStrategyFrame } from '@web/features/strategy/strategy.api';
import { formFieldOfServerPath, strategyFormValues, strategyRequest, SWOT_PARTS, ZStrategyForm, type TStrategyForm } from '@web/features/strategy/strategy-form-values';

/** After a row is removed its button is gone; focus goes to the list's add button instead of the page's top. */
const focusById = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

type TListProps = { control: Control<TStrategyForm>; register: UseFormRegister<TStrategyForm>; errors: FieldErrors<TStrategyForm> };

/** One list of short points (a SWOT part or the success factors) with add and remove. */
function PointList({ control, register, errors, name, legend, description, pointLabel, addLabel, removeLabel, emptyText }: TListProps & {
  name: `swot.${(typeof SWOT_PARTS)[number]}` | 'successFactors';
  legend: string;
  description?: string;
  pointLabel: (number: number) => string;
  addLabel: string;
  removeLabel: (number: number) => string;
  emptyText: string;
}) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name });
  const addId = `add-${name.replace('.', '-')}`;
  const errorOf = (index: number) => {
    const [group, part] = name.split('.') as [keyof TStrategyForm, string | undefined];
    const list = (part ? (errors[group] as Record<string, unknown> | undefined)?.[part] : errors[group]) as { text?: { message?: string } }[] | undefined;
    return list?.[index]?.text?.message;
  };
  return (
    <Fieldset className="strategy-list">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {description && <FieldsetDescription>{description}</FieldsetDescription>}
      {fields.length === 0 && <Paragraph className="muted">{emptyText}</Paragraph>}
      {fields.map((field, index) => (
        <div key={field.id} className="strategy-list__row">
          <TextField label={pointLabel(index + 1)} error={errorOf(index)} {...register(`${name}.${index}.text`)} />
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-label={removeLabel(index + 1)}
            onClick={() => {
              remove(index);
              focusById(addId);
            }}
          >
            {t('strategy.remove')}
          </Button>
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" data-size="sm" id={addId} onClick={() => append({ text: '' })}>
          {addLabel}
        </Button>
      </div>
    </Fieldset>
  );
}

/** Intressenter: name and interest per row, with add and remove. */
function StakeholderList({ control, register, errors }: TListProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control, name: 'stakeholders' });
  return (
    <Fieldset className="strategy-list">
      <FieldsetLegend>{t('strategy.stakeholders')}</FieldsetLegend>
      <FieldsetDescription>{t('strategy.stakeholdersIntro')}</FieldsetDescription>
      {fields.length === 0 && <Paragraph className="muted">{t('strategy.noStakeholders')}</Paragraph>}
      {fields.map((field, index) => (
        <div key={field.id} className="strategy-list__row strategy-list__row--pair">
          <TextField label={t('strategy.stakeholderName', { number: index + 1 })} error={errors.stakeholders?.[index]?.name?.message} {...register(`stakeholders.${index}.name`)} />
          <TextField label={t('strategy.stakeholderInterest', { number: index + 1 })} optional error={errors.stakeholders?.[index]?.interest?.message} {...register(`stakeholders.${index}.interest`)} />
          <Button
            type="button"
            variant="tertiary"
            data-size="sm"
            aria-label={t('strategy.removeStakeholder', { number: index + 1 })}
            onClick={() => {
              remove(index);
              focusById('add-stakeholders');
            }}
          >
            {t('strategy.remove')}
          </Button>
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" data-size="sm" id="add-stakeholders" onClick={() => append({ name: '', interest: '' })}>
          {t('strategy.addStakeholder')}
        </Button>
      </div>
    </Fieldset>
  );
}

/**
 * The strategy frame as one form: vision, the four SWOT lists, stakeholders and success factors.
 * Saved whole with If-Match (the ETag, "0" before the first save); a 412 shows the conflict notice
 * and keeps what the user wrote.
 */
export function StrategyForm({ frame, etag, onReload }: { frame: TStrategyFrame; etag: string | null; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const save = useSaveStrategyFrame();
  const [failure, setFailure] = useState<TFormFailure>({ conflict: false, summary: null });
  const form = useForm<TStrategyForm>({
    shouldFocusError: false,
    // Errors change only on submit: Designsystemet's error summary focuses itself whenever it
    // appears, so re-validating while the user adds a point would pull focus away mid-typing.
    reValidateMode: 'onSubmit',
    resolver: zodResolver(ZStrategyForm, { error: zodIssueMessage }),
    defaultValues: strategyFormValues(frame),
  });
  const { errors, submitCount } = form.formState;
  useEffect(() => form.reset(strategyFormValues(frame)), [frame, form]);

  const values = form.watch();
  const part = (name: (typeof SWOT_PARTS)[number]) => t(`strategy.swotParts.${name}`);
  const fields = [
    { name: 'vision', label: t('strategy.vision') },
    ...SWOT_PARTS.flatMap((name) => values.swot[name].map((_, index) => ({ name: `swot.${name}.${index}.text`, label: t('strategy.point', { part: part(name), number: index + 1 }) }))),
    ...values.stakeholders.flatMap((_, index) => [
      { name: `stakeholders.${index}.name`, label: t('strategy.stakeholderName', { number: index + 1 }) },
      { name: `stakeholders.${index}.interest`, label: t('strategy.stakeholderInterest', { number: index + 1 }) },
    ]),
    ...values.successFactors.map((_, index) => ({ name: `successFactors.${index}.text`, label: t('strategy.successFactor', { number: index + 1 }) })),
  ];
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, fields)];
  // The server names list points without `.text`; matching on its paths marks the right field.
  const serverFields = fields.map((field) => field.name.replace(/\.text$/, ''));

  const handleReload = async () => {
    setFailure({ conflict: false, summary: null });
    await onReload();
  };

  return (
    <>
      {failure.conflict && <ConflictNotice onReload={() => void handleReload()} />}
      <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
      <form
        noValidate
        className="stack strategy-form"
        onSubmit={form.handleSubmit((submitted) => {
          setFailure({ conflict: false, summary: null });
          save.mutate(
            { body: strategyRequest(submitted), etag },
            {
              onSuccess: () => announce(t('strategy.saved')),
              onError: (error) => setFailure(formFailure(error, serverFields, (name, fieldError) => form.setError(formFieldOfServerPath(name) as 'vision', fieldError))),
            },
          );
        })}
      >
        <TextareaField label={t('strategy.vision')} description={t('strategy.visionDescription')} optional rows={4} error={errors.vision?.message} {...form.register('vision')} />
        <section aria-labelledby="strategy-swot-heading" className="stack">
          <Heading level={2} data-size="sm" id="strategy-swot-heading">
            {t('strategy.swot')}
          </Heading>
          <Paragraph>{t('strategy.swotIntro')}</Paragraph>
          <div className="strategy-swot">
            {SWOT_PARTS.map((name) => (
              <PointList
                key={name}
                control={form.control}
                register={form.register}
                errors={errors}
                name={`swot.${name}`}
                legend={part(name)}
                pointLabel={(number) => t('strategy.point', { part: part(name), number })}
                addLabel={t('strategy.addPoint', { part: part(name) })}
                removeLabel={(number) => t('strategy.removePoint', { part: part(name), number })}
                emptyText={t('strategy.noPoints')}
              />
            ))}
          </div>
        </section>
        <StakeholderList control={form.control} register={form.register} errors={errors} />
        <PointList
          control={form.control}
          register={form.register}
          errors={errors}
          name="successFactors"
          legend={t('strategy.successFactors')}
          description={t('strategy.successFactorsIntro')}
          pointLabel={(number) => t('strategy.successFactor', { number })}
          addLabel={t('strategy.addSuccessFactor')}
          removeLabel={(number) => t('strategy.removeSuccessFactor', { number })}
          emptyText={t('strategy.noSuccessFactors')}
        />
        <div>
          <Button type="submit" loading={save.isPending}>
            {t('strategy.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
