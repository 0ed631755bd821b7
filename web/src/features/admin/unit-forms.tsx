import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button } from '@digdir/designsystemet-react';
import { ZCreateUnitRequest, type TCreateUnitRequest, type TUnit, type TUpdateUnitRequest } from '@domain/organization.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { fieldId, SelectField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { EDIT_PREFIX, formFailure, withIdPrefix, type TFormFailure } from '@web/features/admin/admin-errors';
import { useOrgItem, useOrgMutations } from '@web/features/admin/organization.api';
import { parentOptions } from '@web/features/admin/unit-tree';

/** The form's values: the select gives '' for "no parent" (a top-level unit). */
const ZUnitForm = ZCreateUnitRequest.extend({ parentId: z.string() });
type TUnitForm = z.infer<typeof ZUnitForm>;
const FIELDS = ['name', 'parentId'] as const;
const NO_FAILURE: TFormFailure = { conflict: false, summary: null };

/** Name and parent fields, shared by "add" and "change". */
function UnitFields({ form, units, movingId, currentParentId, idPrefix = '' }: { form: ReturnType<typeof useUnitForm>; units: readonly TUnit[]; movingId?: string; currentParentId?: string | null; idPrefix?: string }) {
  const { t } = useTranslation();
  const { errors } = form.formState;
  return (
    <>
      <TextField id={`${idPrefix}${fieldId('name')}`} label={t('admin.units.name')} error={errors.name?.message} {...form.register('name')} />
      <SelectField
        id={`${idPrefix}${fieldId('parentId')}`}
        label={t('admin.units.parent')}
        description={t('admin.units.parentDescription')}
        placeholder={t('admin.units.noParent')}
        options={parentOptions(units, movingId, currentParentId)}
        error={errors.parentId?.message}
        {...form.register('parentId')}
      />
    </>
  );
}

function useUnitForm(defaultValues: TUnitForm) {
  return useForm<TUnitForm>({ shouldFocusError: false, resolver: zodResolver(ZUnitForm, { error: zodIssueMessage }), defaultValues });
}

function useSummary(form: ReturnType<typeof useUnitForm>, failure: TFormFailure, idPrefix = ''): TErrorSummaryItem[] {
  const { t } = useTranslation();
  const labels = { name: t('admin.units.name'), parentId: t('admin.units.parent') };
  return [...(failure.summary ? [failure.summary] : []), ...withIdPrefix(errorSummaryItems(form.formState.errors, FIELDS.map((name) => ({ name, label: labels[name] }))), idPrefix)];
}

/** "Lägg till avdelning eller enhet": name and, optionally, the unit it belongs under. */
export function AddUnitForm({ units }: { units: readonly TUnit[] }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { create } = useOrgMutations<TUnit, TCreateUnitRequest, never>('units');
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useUnitForm({ name: '', parentId: '' });
  const summary = useSummary(form, failure);
  return (
    <>
      <ErrorSummary items={summary} focusKey={`${form.formState.submitCount}:${failure.summary?.message ?? ''}`} />
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure(NO_FAILURE);
          create.mutate(
            { name: values.name, parentId: values.parentId || null },
            {
              onSuccess: ({ data }) => {
                announce(t('admin.units.added', { name: data.name }));
                form.reset({ name: '', parentId: values.parentId });
              },
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <UnitFields form={form} units={units} />
        <Button type="submit" loading={create.isPending}>
          {t('admin.units.add')}
        </Button>
      </form>
    </>
  );
}

/** The change form inside the dialog, filled from the unit as the server has it now. */
function EditUnitForm({ unit, etag, units, onDone, onReload }: { unit: TUnit; etag: string | null; units: readonly TUnit[]; onDone: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { update } = useOrgMutations<TUnit, never, TUpdateUnitRequest>('units');
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useUnitForm({ name: unit.name, parentId: unit.parentId ?? '' });
  const summary = useSummary(form, failure, EDIT_PREFIX);
  useEffect(() => form.reset({ name: unit.name, parentId: unit.parentId ?? '' }), [unit, form]);
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
      <ErrorSummary items={summary} focusKey={`${form.formState.submitCount}:${failure.summary?.message ?? ''}`} />
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((values) => {
          setFailure(NO_FAILURE);
          update.mutate(
            { id: unit.id, body: { name: values.name, parentId: values.parentId || null }, etag },
            {
              onSuccess: ({ data }) => {
                announce(t('admin.units.saved', { name: data.name }));
                onDone();
              },
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <UnitFields form={form} units={units} movingId={unit.id} currentParentId={unit.parentId} idPrefix={EDIT_PREFIX} />
        <div className="button-row">
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** "Ändra enhet": rename or move a unit (never below itself), saved with If-Match. */
export function EditUnitDialog({ unitId, units, onClose }: { unitId: string | null; units: readonly TUnit[]; onClose: () => void }) {
  const { t } = useTranslation();
  const item = useOrgItem<TUnit>('units', unitId);
  const name = units.find((unit) => unit.id === unitId)?.name ?? '';
  return (
    <AdminDialog open={unitId !== null} heading={t('admin.units.editHeading', { name })} onClose={onClose}>
      {item.isPending ? (
        <LoadingState />
      ) : item.isError ? (
        <ErrorState error={item.error} onRetry={() => void item.refetch()} />
      ) : (
        <EditUnitForm unit={item.data.data} etag={item.data.etag} units={units} onDone={onClose} onReload={() => void item.refetch()} />
      )}
    </AdminDialog>
  );
}
