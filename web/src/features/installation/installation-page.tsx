import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import {
  ZCreateInstallationOrganizationRequest,
  type TCreatedInstallationOrganization,
  type TCreateInstallationOrganizationRequest,
  type TInstallationAuditEvent,
  type TInstallationOrganization,
} from '@domain/installation.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { useRequiredSession } from '@web/app/session';
import { NotFoundPage } from '@web/app/not-found-page';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextField } from '@web/ui/form-field';
import { formatDateTime, formatNumber } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { DeleteOrganizationDialog } from '@web/features/installation/delete-organization-dialog';
import { installationIssueText, installationProblemText } from '@web/features/installation/installation-errors';
import { useInstallationAudit, useInstallationMutations, useInstallationOrganizations } from '@web/features/installation/installation.api';

const FIELDS = ['name', 'organizationNumber', 'emailDomain', 'adminName', 'adminEmail'] as const;
type TDialog = { kind: 'disable' | 'delete'; organization: TInstallationOrganization };

/**
 * /installation: the installation administrator's page. The installation's organisations with
 * size, members and latest activity (never their content); disabling, enabling and deleting a
 * disabled one; creating one with its first administrator, whose one-time password is shown once;
 * and what installation administrators did.
 */
export function InstallationPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  if (!session.installationAdmin) return <NotFoundPage />;
  return (
    <div className="stack">
      <PageHeading>{t('installation.title')}</PageHeading>
      <Paragraph>{t('installation.intro')}</Paragraph>
      <OrganizationsSection />
      <CreateOrganizationSection />
      <AuditSection />
    </div>
  );
}

function OrganizationsSection() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const organizations = useInstallationOrganizations();
  const { setDisabled, remove } = useInstallationMutations();
  const [dialog, setDialog] = useState<TDialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const close = () => {
    setDialog(null);
    setError(null);
  };

  const columns: TColumn<TInstallationOrganization>[] = [
    { id: 'name', header: t('installation.name'), cell: (o) => o.name, sortValue: (o) => o.name, isRowHeader: true },
    { id: 'number', header: t('installation.organizationNumber'), cell: (o) => o.organizationNumber || '–' },
    { id: 'domains', header: t('installation.emailDomains'), cell: (o) => o.emailDomains.join(', ') || '–' },
    { id: 'users', header: t('installation.users'), cell: (o) => formatNumber(o.usersCount), sortValue: (o) => o.usersCount, align: 'end' },
    { id: 'size', header: t('installation.size'), cell: (o) => formatNumber(o.size), sortValue: (o) => o.size, align: 'end' },
    { id: 'activity', header: t('installation.lastActivity'), cell: (o) => (o.lastActivityAt ? formatDateTime(o.lastActivityAt) : t('installation.never')), sortValue: (o) => o.lastActivityAt },
    { id: 'status', header: t('installation.status'), cell: (o) => (o.disabled ? <StatusTag tone="warning">{t('installation.disabled')}</StatusTag> : <StatusTag tone="success">{t('installation.active')}</StatusTag>) },
    {
      id: 'actions',
      header: t('installation.actions'),
      cell: (o) =>
        o.disabled ? (
          <div className="button-row">
            <Button
              variant="secondary"
              data-size="sm"
              aria-label={t('installation.enableNamed', { name: o.name })}
              onClick={() => {
                setRowError(null);
                setDisabled.mutate({ id: o.id, disabled: false }, { onSuccess: () => announce(t('installation.enabledDone', { name: o.name })), onError: (failure) => setRowError(installationProblemText(failure)) });
              }}
            >
              {t('installation.enable')}
            </Button>
            <Button variant="secondary" data-color="danger" data-size="sm" onClick={() => setDialog({ kind: 'delete', organization: o })}>
              {t('installation.deleteNamed', { name: o.name })}
            </Button>
          </div>
        ) : (
          <Button variant="secondary" data-size="sm" aria-label={t('installation.disableNamed', { name: o.name })} onClick={() => setDialog({ kind: 'disable', organization: o })}>
            {t('installation.disable')}
          </Button>
        ),
    },
  ];

  return (
    <section aria-labelledby="installation-organizations" className="stack">
      <Heading level={2} data-size="sm" id="installation-organizations">
        {t('installation.organizations')}
      </Heading>
      {rowError && (
        <Alert data-color="danger">
          <Paragraph>{rowError}</Paragraph>
        </Alert>
      )}
      {organizations.isPending ? (
        <LoadingState />
      ) : organizations.isError ? (
        <ErrorState error={organizations.error} onRetry={() => void organizations.refetch()} />
      ) : (
        <DataTable caption={t('installation.caption')} captionHidden columns={columns} rows={organizations.data} rowKey={(o) => o.id} />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'disable'}
        heading={t('installation.disableHeading', { name: dialog?.organization.name ?? '' })}
        confirmLabel={t('installation.disable')}
        isPending={setDisabled.isPending}
        error={error}
        onClose={close}
        onConfirm={() => {
          const organization = dialog!.organization;
          setDisabled.mutate(
            { id: organization.id, disabled: true },
            { onSuccess: () => (close(), announce(t('installation.disabledDone', { name: organization.name }))), onError: (failure) => setError(installationProblemText(failure)) },
          );
        }}
      >
        {t('installation.disableBody')}
      </ConfirmDialog>
      <DeleteOrganizationDialog
        open={dialog?.kind === 'delete'}
        name={dialog?.organization.name ?? ''}
        isPending={remove.isPending}
        error={error}
        onClose={close}
        onConfirm={(confirmName) => {
          const organization = dialog!.organization;
          remove.mutate(
            { id: organization.id, confirmName },
            { onSuccess: () => (close(), announce(t('installation.deletion.done', { name: organization.name }))), onError: (failure) => setError(installationProblemText(failure)) },
          );
        }}
      />
    </section>
  );
}

function CreateOrganizationSection() {
  const { t } = useTranslation();
  const { create } = useInstallationMutations();
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const [created, setCreated] = useState<TCreatedInstallationOrganization | null>(null);
  const empty = { name: '', organizationNumber: '', emailDomain: '', adminName: '', adminEmail: '' };
  const form = useForm<TCreateInstallationOrganizationRequest>({
    shouldFocusError: false,
    resolver: zodResolver(ZCreateInstallationOrganizationRequest, { error: zodIssueMessage }),
    defaultValues: empty,
  });
  const { errors, submitCount } = form.formState;
  const labels = {
    name: t('installation.create.name'),
    organizationNumber: t('installation.create.organizationNumber'),
    emailDomain: t('installation.create.emailDomain'),
    adminName: t('installation.create.adminName'),
    adminEmail: t('installation.create.adminEmail'),
  };
  const summary = [...(formError ? [formError] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];

  return (
    <section aria-labelledby="installation-create" className="stack form-narrow">
      <Heading level={2} data-size="sm" id="installation-create">
        {t('installation.create.heading')}
      </Heading>
      {created && (
        <Alert data-color="success" role="status">
          <Paragraph>{t('installation.create.done', { name: created.organization.name })}</Paragraph>
          <Paragraph>
            <strong>{t('installation.create.password', { email: created.adminEmail, password: created.oneTimePassword })}</strong>
          </Paragraph>
          <Paragraph>{t('installation.create.passwordOnce')}</Paragraph>
        </Alert>
      )}
      <ErrorSummary items={summary} focusKey={`${submitCount}:${formError?.message ?? ''}`} />
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          setCreated(null);
          create.mutate(values, {
            onSuccess: (result) => {
              setCreated(result);
              form.reset(empty);
            },
            onError: (error) => {
              if (isApiError(error) && error.errors.length > 0) {
                const unmatched = applyFieldIssues(error, FIELDS, form.setError, installationIssueText);
                return setFormError(unmatched.length > 0 ? { message: installationProblemText(error) } : null);
              }
              setFormError({ message: installationProblemText(error) });
            },
          });
        })}
      >
        <TextField label={labels.name} error={errors.name?.message} {...form.register('name')} />
        <TextField label={labels.organizationNumber} description={t('installation.create.organizationNumberHint')} error={errors.organizationNumber?.message} {...form.register('organizationNumber')} />
        <TextField label={labels.emailDomain} description={t('installation.create.emailDomainHint')} error={errors.emailDomain?.message} {...form.register('emailDomain')} />
        <TextField label={labels.adminName} autoComplete="off" error={errors.adminName?.message} {...form.register('adminName')} />
        <TextField label={labels.adminEmail} description={t('installation.create.adminEmailHint')} type="email" autoComplete="off" error={errors.adminEmail?.message} {...form.register('adminEmail')} />
        <Button type="submit" loading={create.isPending}>
          {t('installation.create.submit')}
        </Button>
      </form>
    </section>
  );
}

function AuditSection() {
  const { t } = useTranslation();
  const audit = useInstallationAudit();
  const actionText = (action: string) => (action in ACTION_KEYS ? t(`installation.audit.actions.${action as keyof typeof ACTION_KEYS}`) : action);
  const columns: TColumn<TInstallationAuditEvent>[] = [
    { id: 'when', header: t('installation.audit.when'), cell: (e) => formatDateTime(e.occurredAt) },
    { id: 'who', header: t('installation.audit.who'), cell: (e) => e.actorName },
    { id: 'what', header: t('installation.audit.what'), cell: (e) => actionText(e.action), isRowHeader: true },
    { id: 'organization', header: t('installation.audit.organization'), cell: (e) => e.organizationName ?? '–' },
  ];
  return (
    <section aria-labelledby="installation-audit" className="stack">
      <Heading level={2} data-size="sm" id="installation-audit">
        {t('installation.audit.heading')}
      </Heading>
      {audit.isPending ? (
        <LoadingState />
      ) : audit.isError ? (
        <ErrorState error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <DataTable caption={t('installation.audit.caption')} captionHidden columns={columns} rows={audit.data} rowKey={(e) => e.id} emptyText={t('installation.audit.empty')} />
      )}
    </section>
  );
}

const ACTION_KEYS = {
  'installation.organization_created': true,
  'installation.organization_disabled': true,
  'installation.organization_enabled': true,
  'installation.organization_deleted': true,
  'installation.admin_granted': true,
} as const;
