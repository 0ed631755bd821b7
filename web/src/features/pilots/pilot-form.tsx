import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { isPilotPeriodValid } from '@domain/pilot-period';
import { PILOT_OUTCOMES, PILOT_PARTNER_KINDS, PILOT_STATUSES, type PilotOutcome, type PilotPartnerKind, type PilotStatus, type TPilot, type TPilotInput } from '@domain/pilots.contracts';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useUnitOptions } from '@web/features/needs/needs.api';

const FIELDS = ['title', 'unitId', 'environment', 'startsOn', 'endsOn', 'partners', 'whatIsTested', 'status', 'results', 'outcome'] as const;

/** The form's values: selects hold text, so "no unit" and "no outcome" are ''. */
type TDraft = {
  title: string;
  unitId: string;
  environment: string;
  startsOn: string;
  endsOn: string;
  partners: { kind: PilotPartnerKind; name: string }[];
  whatIsTested: string;
  status: PilotStatus;
  results: string;
  outcome: PilotOutcome | '';
};

const toDraft = (pilot?: TPilot): TDraft => ({
  title: pilot?.title ?? '',
  unitId: pilot?.unitId ?? '',
  environment: pilot?.environment ?? '',
  startsOn: pilot?.startsOn ?? '',
  endsOn: pilot?.endsOn ?? '',
  partners: pilot?.partners ?? [],
  whatIsTested: pilot?.whatIsTested ?? '',
  status: pilot?.status ?? 'planned',
  results: pilot?.results ?? '',
  outcome: pilot?.outcome ?? '',
});

const toInput = (draft: TDraft): TPilotInput => ({ ...draft, unitId: draft.unitId || null, outcome: draft.outcome || null });

type TProps = {
  pilot?: TPilot;
  isPending: boolean;
  onSave: (body: TPilotInput, onError: (error: unknown) => void) => void;
  onCancel: () => void;
  /** After a conflict: reload the pilot that someone else saved. */
  onReload: () => void;
};

/**
 * Adds a pilot or changes one: where (a unit and/or free text), when, with which partners, what is
 * tested, where it stands and what came of it. Checks what it can before sending and shows the
 * server's objections (a personnummer, someone else's save) the same way, in an error summary.
 */
export function PilotForm({ pilot, isPending, onSave, onCancel, onReload }: TProps) {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const [failure, setFailure] = useState<TFormFailure>({ conflict: false, summary: null });
  const form = useForm<TDraft>({ defaultValues: toDraft(pilot), shouldFocusError: false });
  const partners = useFieldArray({ control: form.control, name: 'partners' });
  const { errors, submitCount } = form.formState;
  const required = { required: t('pilots.validation.required') };
  const labels: Record<(typeof FIELDS)[number], string> = {
    title: t('pilots.fields.title'),
    unitId: t('pilots.fields.unit'),
    environment: t('pilots.fields.environment'),
    startsOn: t('pilots.fields.startsOn'),
    endsOn: t('pilots.fields.endsOn'),
    partners: t('pilots.fields.partners'),
    whatIsTested: t('pilots.fields.whatIsTested'),
    status: t('pilots.fields.status'),
    results: t('pilots.fields.results'),
    outcome: t('pilots.fields.outcome'),
  };
  const partnerFields = partners.fields.flatMap((_, index) => [
    { name: `partners.${index}.kind`, label: t('pilots.fields.partnerKind', { number: index + 1 }) },
    { name: `partners.${index}.name`, label: t('pilots.fields.partnerName', { number: index + 1 }) },
  ]);
  const ordered = [...FIELDS.slice(0, 5).map((name) => ({ name, label: labels[name] })), ...partnerFields, ...FIELDS.slice(5).map((name) => ({ name, label: labels[name] }))];
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, ordered)];
  const serverFields = [...FIELDS, ...partners.fields.flatMap((_, index) => [`partners.${index}.kind`, `partners.${index}.name`] as const)];

  return (
    <div className="stack">
      {failure.conflict && <ConflictNotice onReload={onReload} headingLevel={3} />}
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((values) => {
          setFailure({ conflict: false, summary: null });
          onSave(toInput(values), (error) => setFailure(formFailure(error, serverFields as readonly string[], form.setError as (name: string, error: { type: string; message: string }) => void)));
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}:${failure.conflict}`} />
        <TextField label={labels.title} error={errors.title?.message} {...form.register('title', required)} />
        <SelectField
          label={labels.unitId}
          description={t('pilots.fields.unitHint')}
          optional
          error={errors.unitId?.message}
          options={[{ value: '', label: t('pilots.fields.noUnit') }, ...(units.data ?? []).filter((unit) => !unit.isArchived || unit.id === pilot?.unitId).map((unit) => ({ value: unit.id, label: unit.name }))]}
          {...form.register('unitId')}
        />
        <TextField label={labels.environment} description={t('pilots.fields.environmentHint')} optional error={errors.environment?.message} {...form.register('environment')} />
        <div className="form-row">
          <TextField type="date" label={labels.startsOn} error={errors.startsOn?.message} {...form.register('startsOn', required)} />
          <TextField
            type="date"
            label={labels.endsOn}
            error={errors.endsOn?.message}
            {...form.register('endsOn', {
              ...required,
              validate: (endsOn, values) => !values.startsOn || !endsOn || isPilotPeriodValid(values.startsOn, endsOn) || t('pilots.validation.endBeforeStart'),
            })}
          />
        </div>
        <fieldset className="register-fieldset stack">
          <legend>{labels.partners}</legend>
          <Paragraph data-size="sm">{t('pilots.partnersHint')}</Paragraph>
          {partners.fields.map((field, index) => (
            <div key={field.id} className="pilot-partner-row">
              <SelectField
                label={t('pilots.fields.partnerKind', { number: index + 1 })}
                options={PILOT_PARTNER_KINDS.map((value) => ({ value, label: t(`pilots.partnerKinds.${value}`) }))}
                {...form.register(`partners.${index}.kind`)}
              />
              <TextField label={t('pilots.fields.partnerName', { number: index + 1 })} error={errors.partners?.[index]?.name?.message} {...form.register(`partners.${index}.name`, required)} />
              <div>
                <Button type="button" variant="tertiary" onClick={() => partners.remove(index)}>
                  {t('pilots.removePartner', { number: index + 1 })}
                </Button>
              </div>
            </div>
          ))}
          <div>
            <Button type="button" variant="secondary" onClick={() => partners.append({ kind: 'company', name: '' })}>
              {t('pilots.addPartner')}
            </Button>
          </div>
        </fieldset>
        <TextareaField label={labels.whatIsTested} rows={3} error={errors.whatIsTested?.message} {...form.register('whatIsTested', required)} />
        <SelectField label={labels.status} options={PILOT_STATUSES.map((value) => ({ value, label: t(`pilots.statuses.${value}`) }))} {...form.register('status')} />
        <TextareaField label={labels.results} optional rows={3} error={errors.results?.message} {...form.register('results')} />
        <SelectField
          label={labels.outcome}
          optional
          options={[{ value: '', label: t('pilots.fields.noOutcome') }, ...PILOT_OUTCOMES.map((value) => ({ value, label: t(`pilots.outcomes.${value}`) }))]}
          {...form.register('outcome')}
        />
        <div className="button-row">
          <Button type="submit" loading={isPending}>
            {pilot ? t('pilots.save') : t('pilots.create')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('pilots.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
