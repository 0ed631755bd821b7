import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { ZUpdateOrganizationRequest, type TOrganization, type TUpdateOrganizationRequest } from '@domain/organization.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { formFailure } from '@web/features/admin/admin-errors';
import { useOrganization, useUpdateOrganization } from '@web/features/admin/organization.api';
import { OrganizationLifecycle } from '@web/features/admin/organization-lifecycle';

type TOrganizationForm = TUpdateOrganizationRequest;
const FIELDS = ['name', 'municipality', 'vision'] as const;

const formValues = (organization: TOrganization): TOrganizationForm => ({
  name: organization.name,
  municipality: organization.municipality,
  vision: organization.vision,
});

/** The edit form, mounted once the organisation is loaded so its values start filled in. */
function OrganizationForm({ organization, etag, onReload }: { organization: TOrganization; etag: string | null; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const update = useUpdateOrganization();
  const [failure, setFailure] = useState<{ conflict: boolean; summary: TErrorSummaryItem | null }>({ conflict: false, summary: null });
  const form = useForm<TOrganizationForm>({
    shouldFocusError: false,
    resolver: zodResolver(ZUpdateOrganizationRequest, { error: zodIssueMessage }),
    defaultValues: formValues(organization),
  });
  const { errors, submitCount } = form.formState;
  useEffect(() => form.reset(formValues(organization)), [organization, form]);

  const labels = { name: t('admin.organization.name'), municipality: t('admin.organization.municipality'), vision: t('admin.organization.vision') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];

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
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure({ conflict: false, summary: null });
          update.mutate(
            { body: values, etag },
            {
              onSuccess: () => announce(t('common.saved')),
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <TextField label={labels.name} description={t('admin.organization.nameDescription')} autoComplete="organization" error={errors.name?.message} {...form.register('name')} />
        <TextField label={labels.municipality} optional error={errors.municipality?.message} {...form.register('municipality')} />
        <TextareaField label={labels.vision} description={t('admin.organization.visionDescription')} optional rows={6} error={errors.vision?.message} {...form.register('vision')} />
        <Button type="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </form>
    </>
  );
}

/** /administration/organisation: the organisation's name, kommun and vision; exporting and deleting it. */
export function OrganizationPage() {
  const { t } = useTranslation();
  const query = useOrganization();
  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('admin.organization.title')}</PageHeading>
      <Paragraph>{t('admin.organization.intro')}</Paragraph>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <OrganizationForm organization={query.data.data} etag={query.data.etag} onReload={() => query.refetch()} />
          <OrganizationLifecycle name={query.data.data.name} />
        </>
      )}
    </>
  );
}
