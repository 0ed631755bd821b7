import { useState } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TNeed } from '@domain/needs.contracts';
import type { TFocusArea, TUnitTreeItem } from '@domain/organization.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { needFormToRequest, needToFormValues, useNeedForm, type TNeedFormValues } from '@web/features/needs/need-form';
import { NeedFormFields, useNeedFormOptions } from '@web/features/needs/need-form-fields';
import { needNumber } from '@web/features/needs/need-labels';
import { NeedLoadError } from '@web/features/needs/need-load-error';
import { UnsavedDraft } from '@web/features/needs/unsaved-draft';
import { useNeed, useUpdateNeed } from '@web/features/needs/needs.api';
import '@web/features/needs/needs.css';

type TEditNeedFormProps = {
  need: TNeed;
  etag: string | null;
  options: { units: readonly TUnitTreeItem[]; focusAreas: readonly TFocusArea[] };
  reload: () => Promise<{ need: TNeed; etag: string | null } | null>;
};

/**
 * The edit form. It saves with the ETag it started from, never a newer one fetched in the
 * background, so a change someone else saved meanwhile always answers 412 instead of being
 * overwritten. After "Ladda om" the form shows the latest version and the user's unsaved text
 * stays beside it, to copy back field by field.
 */
function EditNeedForm({ need: initialNeed, etag: initialEtag, options, reload }: TEditNeedFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [base, setBase] = useState({ need: initialNeed, etag: initialEtag });
  const [conflict, setConflict] = useState(false);
  const [draft, setDraft] = useState<{ values: TNeedFormValues; startedFrom: TNeedFormValues } | null>(null);
  const update = useUpdateNeed(base.need.id);
  const needForm = useNeedForm(needToFormValues(initialNeed), 'edit');
  const { form } = needForm;

  const onSubmit = form.handleSubmit((values) => {
    needForm.clearFormError();
    setConflict(false);
    update.mutate(
      { input: needFormToRequest(values), etag: base.etag },
      {
        onSuccess: ({ data }) => {
          announce(t('needs.edit.saved'));
          void navigate(paths.need(data.id));
        },
        onError: (error) => (isApiError(error, 'precondition_failed') ? setConflict(true) : needForm.showServerError(error)),
      },
    );
  });

  const handleReload = async () => {
    const unsaved = { values: form.getValues(), startedFrom: needToFormValues(base.need) };
    const latest = await reload();
    if (!latest) return;
    setBase(latest);
    form.reset(needToFormValues(latest.need));
    setConflict(false);
    setDraft(unsaved);
  };

  if (!base.need.permissions.canEdit) {
    return <Alert data-color="warning">{t('needs.edit.notAllowed')}</Alert>;
  }

  return (
    <>
      {conflict && <ConflictNotice onReload={() => void handleReload()} />}
      {draft && (
        <UnsavedDraft
          draft={draft.values}
          startedFrom={draft.startedFrom}
          saved={needToFormValues(base.need)}
          labels={needForm.labels}
          options={options}
          onUse={(name) => {
            form.setValue(name, draft.values[name], { shouldDirty: true });
            // The units are chosen together with "Alla enheter".
            if (name === 'unitIds') form.setValue('allUnits', draft.values.allUnits, { shouldDirty: true });
            announce(t('needs.edit.used', { field: needForm.labels[name] }));
          }}
        />
      )}
      <ErrorSummary items={needForm.summaryItems} focusKey={needForm.summaryFocusKey} />
      <form noValidate className="stack" onSubmit={(event) => void onSubmit(event)}>
        <NeedFormFields
          form={form}
          labels={needForm.labels}
          guardOnBlur={needForm.guardOnBlur}
          options={options}
          unitRequired={false}
          keepUnitIds={base.need.units.map((unit) => unit.id)}
          keepFocusAreaIds={base.need.focusAreas.map((area) => area.id)}
        />
        <div className="need-actions">
          <Button type="submit" loading={update.isPending}>
            {t('needs.edit.submit')}
          </Button>
          <Link asChild>
            <RouterLink to={paths.need(base.need.id)}>{t('common.cancel')}</RouterLink>
          </Link>
        </div>
      </form>
    </>
  );
}

/** /behov/:id/redigera "Redigera behov": the need's own form, saved with If-Match. */
export function EditNeedPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useNeed(id);
  const options = useNeedFormOptions();
  const need = query.data?.data;
  // The form starts from the first version loaded; later refetches must not replace the user's text.
  const [start, setStart] = useState<{ need: TNeed; etag: string | null } | null>(null);
  if (query.data && !start) setStart({ need: query.data.data, etag: query.data.etag });

  const reload = async () => {
    const result = await query.refetch();
    return result.data ? { need: result.data.data, etag: result.data.etag } : null;
  };

  const body = () => {
    if (query.isError) return <NeedLoadError error={query.error} onRetry={() => void query.refetch()} />;
    if (options.error) return <ErrorState error={options.error} onRetry={options.retry} />;
    if (!start || !options.data) return <LoadingState />;
    return <EditNeedForm need={start.need} etag={start.etag} options={options.data} reload={reload} />;
  };

  return (
    <div className="form-narrow">
      <PageHeading>{need ? t('needs.edit.title', { number: needNumber(need.number) }) : t('needs.edit.loadingTitle')}</PageHeading>
      {need && <Paragraph>{t('needs.edit.intro', { title: need.title })}</Paragraph>}
      {body()}
    </div>
  );
}
