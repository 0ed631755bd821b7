import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button } from '@digdir/designsystemet-react';
import { RECURRING_EVENT_KINDS, ZRecurringEventInput, type TRecurringEvent, type TRecurringEventInput } from '@domain/governance-year.contracts';
import { ROLES } from '@domain/roles';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { fieldId, SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { EDIT_PREFIX, formFailure, withIdPrefix, type TFormFailure } from '@web/features/admin/admin-errors';
import { useRecurringEvent, useRecurringEventMutations } from '@web/features/governance-year/governance-year.api';
import { monthKey, MONTHS } from '@web/features/governance-year/wheel-chart-option';


const FIELDS = ['name', 'kind', 'months', 'dayOfMonth', 'responsibleRole', 'description'] as const;
const NO_FAILURE: TFormFailure = { conflict: false, summary: null };
export const EMPTY_EVENT_FORM: TRecurringEventForm = { name: '', kind: '', months: [], dayOfMonth: '', responsibleRole: '', description: '' };

/**
 * The form checked by the same rules as the server (`ZRecurringEventInput`): an empty kind or day
 * reads as "not chosen", checked months as numbers in calendar order.
 */
export const ZRecurringEventForm = z
  .object({
    name: ZRecurringEventInput.shape.name,
    kind: z.string().min(1).pipe(z.enum(RECURRING_EVENT_KINDS)),
    months: z.array(z.string()).min(1),
    dayOfMonth: z
      .string()
      .trim()
      .regex(/^\d*$/)
      .transform((value) => (value === '' ? null : Number(value)))
      .pipe(z.number().int().min(1).max(31).nullable()),
    responsibleRole: z.union([z.literal(''), z.enum(ROLES)]).transform((value) => (value === '' ? null : value)),
    description: z.string().trim().max(2000),
  })
  .transform((form): TRecurringEventInput => ({ ...form, months: [...new Set(form.months.map(Number))].sort((a, b) => a - b) }));

/** What the form holds: text as typed, months as the checked boxes' values. */
export type TRecurringEventForm = z.input<typeof ZRecurringEventForm>;

export function formOfEvent(event: TRecurringEvent): TRecurringEventForm {
  return {
    name: event.name,
    kind: event.kind,
    months: event.months.map(String),
    dayOfMonth: event.dayOfMonth === null ? '' : String(event.dayOfMonth),
    responsibleRole: event.responsibleRole ?? '',
    description: event.description,
  };
}

function useRecurringEventForm(defaultValues: TRecurringEventForm) {
  return useForm<TRecurringEventForm, unknown, TRecurringEventInput>({ shouldFocusError: false, resolver: zodResolver(ZRecurringEventForm, { error: zodIssueMessage }), defaultValues });
}

/** Fields, error summary and buttons shared by "add" and "change". */
function RecurringEventFormBody({ form, failure, submitLabel, isPending, onCancel, idPrefix = '' }: { form: UseFormReturn<TRecurringEventForm, unknown, TRecurringEventInput>; failure: TFormFailure; submitLabel: string; isPending: boolean; onCancel?: () => void; idPrefix?: string }) {
  const { t } = useTranslation();
  const { errors, submitCount } = form.formState;
  const labels: Record<(typeof FIELDS)[number], string> = {
    name: t('governanceYear.events.name'),
    kind: t('governanceYear.events.kind'),
    months: t('governanceYear.events.months'),
    dayOfMonth: t('governanceYear.events.dayOfMonth'),
    responsibleRole: t('governanceYear.events.responsibleRole'),
    description: t('governanceYear.events.description'),
  };
  const summary = [...(failure.summary ? [failure.summary] : []), ...withIdPrefix(errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] }))), idPrefix)];
  return (
    <>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
      <TextField label={labels.name} description={t('governanceYear.events.nameDescription')} id={`${idPrefix}${fieldId('name')}`} error={errors.name?.message} {...form.register('name')} />
      <SelectField
        label={labels.kind}
        id={`${idPrefix}${fieldId('kind')}`}
        placeholder={t('governanceYear.events.chooseKind')}
        error={errors.kind?.message}
        options={RECURRING_EVENT_KINDS.map((kind) => ({ value: kind, label: t(`governanceYear.kinds.${kind}`) }))}
        {...form.register('kind')}
      />
      <CheckboxGroupField
        legend={labels.months}
        description={t('governanceYear.events.monthsDescription')}
        idPrefix={idPrefix}
        className="gy-months"
        error={errors.months?.message}
        options={MONTHS.map((month) => ({ value: String(month), label: t(`governanceYear.months.${monthKey(month)}`) }))}
        {...form.register('months')}
      />
      <TextField
        label={labels.dayOfMonth}
        description={t('governanceYear.events.dayOfMonthDescription')}
        optional
        inputMode="numeric"
        className="field-short"
        id={`${idPrefix}${fieldId('dayOfMonth')}`}
        error={errors.dayOfMonth?.message}
        {...form.register('dayOfMonth')}
      />
      <SelectField
        label={labels.responsibleRole}
        optional
        id={`${idPrefix}${fieldId('responsibleRole')}`}
        placeholder={t('governanceYear.events.noRole')}
        error={errors.responsibleRole?.message}
        options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        {...form.register('responsibleRole')}
      />
      <TextareaField label={labels.description} optional rows={3} id={`${idPrefix}${fieldId('description')}`} error={errors.description?.message} {...form.register('description')} />
      <div className="button-row">
        <Button type="submit" loading={isPending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </>
  );
}

/** "Lägg till återkommande händelse": what, kind, months, day, responsible role and a description. */
export function AddRecurringEventForm() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { create } = useRecurringEventMutations();
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useRecurringEventForm(EMPTY_EVENT_FORM);
  return (
    <form
      noValidate
      className="stack form-narrow"
      onSubmit={form.handleSubmit((values) => {
        setFailure(NO_FAILURE);
        create.mutate(values, {
          onSuccess: ({ data }) => {
            announce(t('governanceYear.events.added', { name: data.name }));
            form.reset(EMPTY_EVENT_FORM);
          },
          onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
        });
      })}
    >
      <RecurringEventFormBody form={form} failure={failure} submitLabel={t('governanceYear.events.add')} isPending={create.isPending} />
    </form>
  );
}

function EditRecurringEventForm({ event, etag, onDone, onReload }: { event: TRecurringEvent; etag: string | null; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { update } = useRecurringEventMutations();
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useRecurringEventForm(formOfEvent(event));
  return (
    <div className="stack">
      {failure.conflict && (
        <ConflictNotice
          headingLevel={3}
          onReload={() => {
            setFailure(NO_FAILURE);
            onReload();
          }}
        />
      )}
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((body) => {
          setFailure(NO_FAILURE);
          update.mutate(
            { id: event.id, body, etag },
            {
              onSuccess: ({ data }) => {
                announce(t('governanceYear.events.saved', { name: data.name }));
                onDone();
              },
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <RecurringEventFormBody form={form} failure={failure} submitLabel={t('common.save')} isPending={update.isPending} onCancel={onDone} idPrefix={EDIT_PREFIX} />
      </form>
    </div>
  );
}

/** "Ändra …", saved with If-Match against the version read when the dialog opened. */
export function EditRecurringEventDialog({ event, onClose }: { event: TRecurringEvent | null; onClose: () => void }) {
  const { t } = useTranslation();
  const item = useRecurringEvent(event?.id ?? null);
  return (
    <AdminDialog open={event !== null} heading={t('governanceYear.events.editHeading', { name: event?.name ?? '' })} onClose={onClose}>
      {item.isPending ? (
        <LoadingState />
      ) : item.isError ? (
        <ErrorState error={item.error} onRetry={() => void item.refetch()} />
      ) : (
        // Keyed by version: after "Ladda om" the form starts again from the latest saved values.
        <EditRecurringEventForm key={item.data.data.version} event={item.data.data} etag={item.data.etag} onDone={onClose} onReload={() => void item.refetch()} />
      )}
    </AdminDialog>
  );
}
