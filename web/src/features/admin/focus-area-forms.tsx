import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type UseFormReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@digdir/designsystemet-react';
import { ZCreateFocusAreaRequest, type TCreateFocusAreaRequest, type TFocusArea, type TUpdateFocusAreaRequest } from '@domain/organization.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { fieldId, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { EDIT_PREFIX, formFailure, withIdPrefix, type TFormFailure } from '@web/features/admin/admin-errors';
import { useOrgItem, useOrgMutations } from '@web/features/admin/organization.api';

type TFocusAreaForm = TCreateFocusAreaRequest;
const FIELDS = ['name', 'description', 'sortOrder'] as const;
const NO_FAILURE: TFormFailure = { conflict: false, summary: null };

/** An empty order field means "no order given", not 0; anything else is read as a number. */
const toOrder = (value: unknown) => (value === '' || value === null || value === undefined ? undefined : Number(String(value).trim()));

function useFocusAreaForm(defaultValues: TFocusAreaForm) {
  return useForm<TFocusAreaForm>({ shouldFocusError: false, resolver: zodResolver(ZCreateFocusAreaRequest, { error: zodIssueMessage }), defaultValues });
}

/** Fields, error summary and buttons shared by "add" and "change". */
function FocusAreaFormBody({ form, failure, submitLabel, isPending, onCancel, idPrefix = '' }: { form: UseFormReturn<TFocusAreaForm>; failure: TFormFailure; submitLabel: string; isPending: boolean; onCancel?: () => void; idPrefix?: string }) {
  const { t } = useTranslation();
  const { errors, submitCount } = form.formState;
  const labels = { name: t('admin.focusAreas.name'), description: t('admin.focusAreas.description'), sortOrder: t('admin.focusAreas.sortOrder') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...withIdPrefix(errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] }))), idPrefix)];
  return (
    <>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
      <TextField label={labels.name} id={`${idPrefix}${fieldId('name')}`} error={errors.name?.message} {...form.register('name')} />
      <TextareaField label={labels.description} optional rows={3} id={`${idPrefix}${fieldId('description')}`} error={errors.description?.message} {...form.register('description')} />
      <TextField
        label={labels.sortOrder}
        description={t('admin.focusAreas.sortOrderDescription')}
        optional
        inputMode="numeric"
        className="field-short"
        id={`${idPrefix}${fieldId('sortOrder')}`}
        error={errors.sortOrder?.message}
        {...form.register('sortOrder', { setValueAs: toOrder })}
      />
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

/** "Lägg till fokusområde": name, description and place in the list. */
export function AddFocusAreaForm() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { create } = useOrgMutations<TFocusArea, TCreateFocusAreaRequest, never>('focus-areas');
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useFocusAreaForm({ name: '', description: '', sortOrder: undefined });
  return (
    <form
      noValidate
      className="stack form-narrow"
      onSubmit={form.handleSubmit((values) => {
        setFailure(NO_FAILURE);
        create.mutate(values, {
          onSuccess: ({ data }) => {
            announce(t('admin.focusAreas.added', { name: data.name }));
            form.reset({ name: '', description: '', sortOrder: undefined });
          },
          onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
        });
      })}
    >
      <FocusAreaFormBody form={form} failure={failure} submitLabel={t('admin.focusAreas.add')} isPending={create.isPending} />
    </form>
  );
}

function EditFocusAreaForm({ focusArea, etag, onDone, onReload }: { focusArea: TFocusArea; etag: string | null; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { update } = useOrgMutations<TFocusArea, never, TUpdateFocusAreaRequest>('focus-areas');
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const values = { name: focusArea.name, description: focusArea.description, sortOrder: focusArea.sortOrder };
  const form = useFocusAreaForm(values);
  useEffect(() => form.reset({ name: focusArea.name, description: focusArea.description, sortOrder: focusArea.sortOrder }), [focusArea, form]);
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
            { id: focusArea.id, body, etag },
            {
              onSuccess: ({ data }) => {
                announce(t('admin.focusAreas.saved', { name: data.name }));
                onDone();
              },
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <FocusAreaFormBody form={form} failure={failure} submitLabel={t('common.save')} isPending={update.isPending} onCancel={onDone} idPrefix={EDIT_PREFIX} />
      </form>
    </div>
  );
}

/** "Ändra fokusområde", saved with If-Match against the version read when the dialog opened. */
export function EditFocusAreaDialog({ focusArea, onClose }: { focusArea: TFocusArea | null; onClose: () => void }) {
  const { t } = useTranslation();
  const item = useOrgItem<TFocusArea>('focus-areas', focusArea?.id ?? null);
  return (
    <AdminDialog open={focusArea !== null} heading={t('admin.focusAreas.editHeading', { name: focusArea?.name ?? '' })} onClose={onClose}>
      {item.isPending ? (
        <LoadingState />
      ) : item.isError ? (
        <ErrorState error={item.error} onRetry={() => void item.refetch()} />
      ) : (
        <EditFocusAreaForm focusArea={item.data.data} etag={item.data.etag} onDone={onClose} onReload={() => void item.refetch()} />
      )}
    </AdminDialog>
  );
}
