import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button } from '@digdir/designsystemet-react';
import {
  ZCreateStrategicGoalRequest,
  type TCreateStrategicGoalRequest,
  type TFocusArea,
  type TStrategicGoal,
  type TUpdateStrategicGoalRequest,
} from '@domain/organization.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { fieldId, SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { EDIT_PREFIX, formFailure, withIdPrefix, type TFormFailure } from '@web/features/admin/admin-errors';
import { useOrgItem, useOrgMutations } from '@web/features/admin/organization.api';

/** The select gives '' for "no focus area". */
const ZGoalForm = ZCreateStrategicGoalRequest.extend({ focusAreaId: z.string(), description: z.string().trim().max(4000) });
type TGoalForm = z.infer<typeof ZGoalForm>;
const FIELDS = ['title', 'description', 'focusAreaId'] as const;
const NO_FAILURE: TFormFailure = { conflict: false, summary: null };

const toBody = (values: TGoalForm) => ({ title: values.title, description: values.description, focusAreaId: values.focusAreaId || null });

function useGoalForm(defaultValues: TGoalForm) {
  return useForm<TGoalForm>({ shouldFocusError: false, resolver: zodResolver(ZGoalForm, { error: zodIssueMessage }), defaultValues });
}

type TBodyProps = {
  form: UseFormReturn<TGoalForm>;
  failure: TFormFailure;
  focusAreas: readonly TFocusArea[];
  currentFocusAreaId?: string | null;
  submitLabel: string;
  isPending: boolean;
  onCancel?: () => void;
  /** Keeps the edit dialog's field ids apart from the add form's on the same page. */
  idPrefix?: string;
};

/** Fields, error summary and buttons shared by "add" and "change". Archived focus areas are not offered unless already chosen. */
function GoalFormBody({ form, failure, focusAreas, currentFocusAreaId, submitLabel, isPending, onCancel, idPrefix = '' }: TBodyProps) {
  const { t } = useTranslation();
  const { errors, submitCount } = form.formState;
  const labels = { title: t('admin.goals.goalTitle'), description: t('admin.goals.description'), focusAreaId: t('admin.goals.focusArea') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...withIdPrefix(errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] }))), idPrefix)];
  const options = focusAreas.filter((area) => !area.isArchived || area.id === currentFocusAreaId).map((area) => ({ value: area.id, label: area.name }));
  return (
    <>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
      <TextField label={labels.title} id={`${idPrefix}${fieldId('title')}`} error={errors.title?.message} {...form.register('title')} />
      <TextareaField label={labels.description} optional rows={3} id={`${idPrefix}${fieldId('description')}`} error={errors.description?.message} {...form.register('description')} />
      <SelectField label={labels.focusAreaId} optional placeholder={t('admin.goals.noFocusArea')} options={options} id={`${idPrefix}${fieldId('focusAreaId')}`} error={errors.focusAreaId?.message} {...form.register('focusAreaId')} />
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

/** "Lägg till strategiskt mål": title, description and the focus area it serves. */
export function AddGoalForm({ focusAreas }: { focusAreas: readonly TFocusArea[] }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { create } = useOrgMutations<TStrategicGoal, TCreateStrategicGoalRequest, never>('strategic-goals');
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useGoalForm({ title: '', description: '', focusAreaId: '' });
  return (
    <form
      noValidate
      className="stack form-narrow"
      onSubmit={form.handleSubmit((values) => {
        setFailure(NO_FAILURE);
        create.mutate(toBody(values), {
          onSuccess: ({ data }) => {
            announce(t('admin.goals.added', { name: data.title }));
            form.reset({ title: '', description: '', focusAreaId: values.focusAreaId });
          },
          onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
        });
      })}
    >
      <GoalFormBody form={form} failure={failure} focusAreas={focusAreas} submitLabel={t('admin.goals.add')} isPending={create.isPending} />
    </form>
  );
}

function EditGoalForm({ goal, etag, focusAreas, onDone, onReload }: { goal: TStrategicGoal; etag: string | null; focusAreas: readonly TFocusArea[]; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { update } = useOrgMutations<TStrategicGoal, never, TUpdateStrategicGoalRequest>('strategic-goals');
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useGoalForm({ title: goal.title, description: goal.description, focusAreaId: goal.focusAreaId ?? '' });
  useEffect(() => form.reset({ title: goal.title, description: goal.description, focusAreaId: goal.focusAreaId ?? '' }), [goal, form]);
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
        onSubmit={form.handleSubmit((values) => {
          setFailure(NO_FAILURE);
          update.mutate(
            { id: goal.id, body: toBody(values), etag },
            {
              onSuccess: ({ data }) => {
                announce(t('admin.goals.saved', { name: data.title }));
                onDone();
              },
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <GoalFormBody form={form} failure={failure} focusAreas={focusAreas} currentFocusAreaId={goal.focusAreaId} submitLabel={t('common.save')} isPending={update.isPending} onCancel={onDone} idPrefix={EDIT_PREFIX} />
      </form>
    </div>
  );
}

/** "Ändra strategiskt mål", saved with If-Match against the version read when the dialog opened. */
export function EditGoalDialog({ goal, focusAreas, onClose }: { goal: TStrategicGoal | null; focusAreas: readonly TFocusArea[]; onClose: () => void }) {
  const { t } = useTranslation();
  const item = useOrgItem<TStrategicGoal>('strategic-goals', goal?.id ?? null);
  return (
    <AdminDialog open={goal !== null} heading={t('admin.goals.editHeading', { name: goal?.title ?? '' })} onClose={onClose}>
      {item.isPending ? (
        <LoadingState />
      ) : item.isError ? (
        <ErrorState error={item.error} onRetry={() => void item.refetch()} />
      ) : (
        <EditGoalForm goal={item.data.data} etag={item.data.etag} focusAreas={focusAreas} onDone={onClose} onReload={() => void item.refetch()} />
      )}
    </AdminDialog>
  );
}
