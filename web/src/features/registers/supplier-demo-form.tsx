import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from '@digdir/designsystemet-react';
import { DEMO_PARTICIPANT_ROLES, type TSupplierDemo, type TSupplierDemoInput } from '@domain/supplier-demos.contracts';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useNeedChoices } from '@web/features/registers/registers.api';

const FIELDS = ['title', 'heldOn', 'place', 'participants', 'presentations', 'reflection', 'needIds'] as const;
const EMPTY_PRESENTATION = { supplier: '', product: '', forWhom: '', problemSolved: '', difference: '' };

const toForm = (demo?: TSupplierDemo): TSupplierDemoInput => ({
  title: demo?.title ?? '',
  heldOn: demo?.heldOn ?? '',
  place: demo?.place ?? '',
  participants: demo?.participants ?? [{ role: 'operations', name: '' }],
  presentations: demo?.presentations ?? [EMPTY_PRESENTATION],
  reflection: demo?.reflection ?? '',
  needIds: demo?.needIds ?? [],
});

type TProps = { demo?: TSupplierDemo; isPending: boolean; onSave: (body: TSupplierDemoInput, onError: (error: unknown) => void) => void; onReload?: () => void };

/** A demo session: when and where, who took part, each presentation's three answers, the reflection and needs. */
export function SupplierDemoForm({ demo, isPending, onSave, onReload }: TProps) {
  const { t } = useTranslation();
  const needs = useNeedChoices();
  const [failure, setFailure] = useState<TFormFailure>({ conflict: false, summary: null });
  const form = useForm<TSupplierDemoInput>({ defaultValues: toForm(demo), shouldFocusError: false });
  const participants = useFieldArray({ control: form.control, name: 'participants' });
  const presentations = useFieldArray({ control: form.control, name: 'presentations' });
  const { errors, submitCount } = form.formState;
  const required = { required: t('registers.validation.required') };
  const labels = {
    title: t('registers.demos.titleField'),
    heldOn: t('registers.demos.heldOn'),
    place: t('registers.demos.place'),
    participants: t('registers.demos.participants'),
    presentations: t('registers.demos.presentations'),
    reflection: t('registers.demos.reflection'),
    needIds: t('registers.demos.needs'),
  };
  const presentationFields = (['supplier', 'product', 'forWhom', 'problemSolved', 'difference'] as const).flatMap((field) =>
    presentations.fields.map((_, index) => ({ name: `presentations.${index}.${field}`, label: `${t('registers.demos.presentation', { number: index + 1 })}: ${t(`registers.demos.${field}`)}` })),
  );
  const summary = [
    ...(failure.summary ? [failure.summary] : []),
    ...errorSummaryItems(errors, [...FIELDS.map((name) => ({ name, label: labels[name] })), ...presentationFields]),
  ];
  return (
    <div className="stack">
      {failure.conflict && onReload && <ConflictNotice onReload={onReload} />}
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure({ conflict: false, summary: null });
          onSave({ ...values, needIds: values.needIds ?? [] }, (error) => setFailure(formFailure(error, FIELDS, form.setError)));
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <TextField label={labels.title} error={errors.title?.message} {...form.register('title', required)} />
        <TextField type="date" label={labels.heldOn} error={errors.heldOn?.message} {...form.register('heldOn', required)} />
        <TextField label={labels.place} optional error={errors.place?.message} {...form.register('place')} />
        <fieldset className="register-fieldset stack">
          <legend>{labels.participants}</legend>
          {participants.fields.map((field, index) => (
            <div key={field.id} className="register-grid">
              <SelectField
                label={`${t('registers.demos.participantRole')} ${index + 1}`}
                options={DEMO_PARTICIPANT_ROLES.map((value) => ({ value, label: t(`registers.demos.roles.${value}`) }))}
                {...form.register(`participants.${index}.role`)}
              />
              <TextField label={`${t('registers.demos.participantName')} ${index + 1}`} optional {...form.register(`participants.${index}.name`)} />
              <div>
                <Button type="button" variant="tertiary" onClick={() => participants.remove(index)}>
                  {t('registers.demos.removeParticipant', { number: index + 1 })}
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button type="button" variant="secondary" onClick={() => participants.append({ role: 'operations', name: '' })}>
              {t('registers.demos.addParticipant')}
            </Button>
          </div>
        </fieldset>
        <Heading level={2} data-size="xs">
          {labels.presentations}
        </Heading>
        {presentations.fields.map((field, index) => {
          const name = (key: keyof typeof EMPTY_PRESENTATION) => `presentations.${index}.${key}` as const;
          const error = (key: keyof typeof EMPTY_PRESENTATION) => errors.presentations?.[index]?.[key]?.message;
          return (
            <fieldset key={field.id} className="register-fieldset stack">
              <legend>{t('registers.demos.presentation', { number: index + 1 })}</legend>
              <TextField label={t('registers.demos.supplier')} error={error('supplier')} {...form.register(name('supplier'), required)} />
              <TextField label={t('registers.demos.product')} optional error={error('product')} {...form.register(name('product'))} />
              <TextareaField label={t('registers.demos.forWhom')} optional rows={2} error={error('forWhom')} {...form.register(name('forWhom'))} />
              <TextareaField label={t('registers.demos.problemSolved')} optional rows={2} error={error('problemSolved')} {...form.register(name('problemSolved'))} />
              <TextareaField label={t('registers.demos.difference')} optional rows={2} error={error('difference')} {...form.register(name('difference'))} />
              {presentations.fields.length > 1 && (
                <div>
                  <Button type="button" variant="tertiary" onClick={() => presentations.remove(index)}>
                    {t('registers.demos.removePresentation', { number: index + 1 })}
                  </Button>
                </div>
              )}
            </fieldset>
          );
        })}
        <div>
          <Button type="button" variant="secondary" onClick={() => presentations.append(EMPTY_PRESENTATION)}>
            {t('registers.demos.addPresentation')}
          </Button>
        </div>
        <TextareaField label={labels.reflection} optional rows={4} error={errors.reflection?.message} {...form.register('reflection')} />
        <CheckboxGroupField
          legend={labels.needIds}
          description={t('registers.demos.needsHint')}
          optional
          error={errors.needIds?.message}
          options={(needs.data?.items ?? []).map((need) => ({ value: need.id, label: `B-${need.number} ${need.title}` }))}
          {...form.register('needIds')}
        />
        <div className="button-row">
          <Button type="submit" loading={isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
