import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { z } from 'zod';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { SSO_DEFAULT_ROLES, SSO_NEW_USER_MODES, type TSaveSsoSettingsRequest, type TSsoSettings } from '@domain/sso.contracts';
import type { TApiFieldIssue } from '@web/api/api-error';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { RadioGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { adminIssueText, adminProblemText } from '@web/features/admin/admin-errors';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { useSsoMutations, useSsoSettings } from '@web/features/admin/sso.api';
import '@web/features/admin/admin.css';

const FIELDS = ['issuer', 'clientId', 'clientSecret', 'emailDomains', 'newUsers', 'defaultRole'] as const;

/** The domains as typed: one per line (commas and spaces also separate them). */
const splitDomains = (text: string) => text.split(/[\s,;]+/).map((domain) => domain.trim().toLowerCase()).filter(Boolean);

/** The form as typed; the secret may be left empty once one is stored. */
const ZSsoForm = z.object({
  issuer: z.string().trim().min(1).max(500),
  clientId: z.string().trim().min(1).max(200),
  clientSecret: z.string().max(1000),
  emailDomains: z.string().max(20_000),
  newUsers: z.enum(SSO_NEW_USER_MODES),
  defaultRole: z.enum(SSO_DEFAULT_ROLES),
});
type TSsoForm = z.infer<typeof ZSsoForm>;

const formValues = (settings: TSsoSettings): TSsoForm => ({
  issuer: settings.issuer,
  clientId: settings.clientId,
  clientSecret: '',
  emailDomains: settings.emailDomains.join('\n'),
  newUsers: settings.newUsers,
  defaultRole: settings.defaultRole,
});

/** The settings' own refusals in words an administrator can act on; the rest as in all administration. */
function ssoIssueText(issue: TApiFieldIssue): string {
  if (issue.code === 'issuer_invalid') return i18next.t('sso.settings.issuerInvalid');
  if (issue.code === 'domain_not_owned') return i18next.t('sso.settings.domainNotOwned');
  if (issue.code === 'required' && issue.path === 'body.clientSecret') return i18next.t('sso.settings.clientSecretRequired');
  if (issue.path.startsWith('body.emailDomains')) return i18next.t('sso.settings.domainInvalid');
  return adminIssueText(issue);
}

function SsoForm({ settings, etag, onReload }: { settings: TSsoSettings; etag: string | null; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { save, remove } = useSsoMutations();
  const [failure, setFailure] = useState<{ conflict: boolean; summary: TErrorSummaryItem | null }>({ conflict: false, summary: null });
  const [confirmRemove, setConfirmRemove] = useState(false);
  const form = useForm<TSsoForm>({ shouldFocusError: false, resolver: zodResolver(ZSsoForm, { error: zodIssueMessage }), defaultValues: formValues(settings) });
  const { errors, submitCount } = form.formState;
  useEffect(() => form.reset(formValues(settings)), [settings, form]);

  const labels = {
    issuer: t('sso.settings.issuer'),
    clientId: t('sso.settings.clientId'),
    clientSecret: t('sso.settings.clientSecret'),
    emailDomains: t('sso.settings.emailDomains'),
    newUsers: t('sso.settings.newUsers'),
    defaultRole: t('sso.settings.defaultRole'),
  };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];

  const onError = (error: unknown) => {
    if (isApiError(error, 'precondition_failed')) return setFailure({ conflict: true, summary: null });
    if (isApiError(error) && error.errors.some((issue) => issue.code === 'secret_key_missing')) return setFailure({ conflict: false, summary: { message: t('sso.settings.noSecretKey') } });
    if (isApiError(error) && error.errors.length > 0) {
      const unmatched = applyFieldIssues(error, FIELDS, form.setError, ssoIssueText);
      if (unmatched.length === 0) return setFailure({ conflict: false, summary: null });
    }
    setFailure({ conflict: false, summary: { message: adminProblemText(error) } });
  };

  const submit = form.handleSubmit((values) => {
    setFailure({ conflict: false, summary: null });
    const emailDomains = splitDomains(values.emailDomains);
    if (emailDomains.length === 0) return form.setError('emailDomains', { type: 'required', message: t('sso.settings.emailDomainsRequired') });
    if (!settings.hasClientSecret && values.clientSecret === '') return form.setError('clientSecret', { type: 'required', message: t('sso.settings.clientSecretRequired') });
    const body: TSaveSsoSettingsRequest = {
      issuer: values.issuer,
      clientId: values.clientId,
      ...(values.clientSecret !== '' ? { clientSecret: values.clientSecret } : {}),
      emailDomains,
      newUsers: values.newUsers,
      defaultRole: values.defaultRole,
    };
    save.mutate({ body, etag }, { onSuccess: () => announce(t('sso.settings.saved')), onError });
  });

  const newUsers = form.watch('newUsers');
  return (
    <>
      <Alert data-color={settings.configured ? 'success' : 'info'}>
        <Paragraph>{settings.configured ? t('sso.settings.statusOn', { domains: settings.emailDomains.join(', ') }) : t('sso.settings.statusOff')}</Paragraph>
      </Alert>
      {!settings.secretKeyConfigured && (
        <Alert data-color="warning">
          <Paragraph>{t('sso.settings.noSecretKey')}</Paragraph>
        </Alert>
      )}
      <TextField label={t('sso.settings.redirectUri')} description={t('sso.settings.redirectUriHint')} readOnly value={settings.redirectUri} name="redirectUri" spellCheck={false} />
      {failure.conflict && (
        <ConflictNotice
          onReload={() => {
            setFailure({ conflict: false, summary: null });
            void onReload();
          }}
        />
      )}
      <ErrorSummary items={summary} focusKey={`${submitCount}:${save.failureCount}:${failure.summary?.message ?? ''}`} />
      <form noValidate className="stack" onSubmit={(event) => void submit(event)}>
        <TextField label={labels.issuer} description={t('sso.settings.issuerHint')} type="url" spellCheck={false} error={errors.issuer?.message} {...form.register('issuer')} />
        <TextField label={labels.clientId} spellCheck={false} autoComplete="off" error={errors.clientId?.message} {...form.register('clientId')} />
        <TextField
          label={labels.clientSecret}
          description={settings.hasClientSecret ? t('sso.settings.clientSecretSaved') : t('sso.settings.clientSecretHint')}
          optional={settings.hasClientSecret}
          type="password"
          autoComplete="new-password"
          error={errors.clientSecret?.message}
          {...form.register('clientSecret')}
        />
        <TextareaField label={labels.emailDomains} description={t('sso.settings.emailDomainsHint')} rows={3} spellCheck={false} error={errors.emailDomains?.message} {...form.register('emailDomains')} />
        <RadioGroupField
          legend={labels.newUsers}
          options={[
            { value: 'invite', label: t('sso.settings.newUsersInvite') },
            { value: 'create', label: t('sso.settings.newUsersCreate') },
          ]}
          error={errors.newUsers?.message}
          {...form.register('newUsers')}
        />
        {newUsers === 'create' && (
          <SelectField
            label={labels.defaultRole}
            options={SSO_DEFAULT_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            error={errors.defaultRole?.message}
            {...form.register('defaultRole')}
          />
        )}
        <div className="button-row">
          <Button type="submit" loading={save.isPending}>
            {t('sso.settings.save')}
          </Button>
          {settings.configured && (
            <Button type="button" variant="secondary" data-color="danger" onClick={() => setConfirmRemove(true)}>
              {t('sso.settings.remove')}
            </Button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirmRemove}
        heading={t('sso.settings.removeTitle')}
        confirmLabel={t('sso.settings.removeConfirm')}
        isPending={remove.isPending}
        error={remove.error ? (isApiError(remove.error, 'precondition_failed') ? t('conflict.body') : adminProblemText(remove.error)) : null}
        onClose={() => {
          setConfirmRemove(false);
          remove.reset();
        }}
        onConfirm={() =>
          remove.mutate(
            { etag },
            {
              onSuccess: () => {
                setConfirmRemove(false);
                announce(t('sso.settings.removed'));
              },
            },
          )
        }
      >
        {t('sso.settings.removeBody')}
      </ConfirmDialog>
    </>
  );
}

/** /administration/inloggning: the organisation's single sign-on (OpenID Connect, e.g. Microsoft Entra ID), for its administrators. */
export function SsoPage() {
  const { t } = useTranslation();
  const query = useSsoSettings();
  return (
    <div className="sso-settings">
      <AdminBackLink />
      <PageHeading>{t('sso.settings.title')}</PageHeading>
      <Paragraph>{t('sso.settings.intro')}</Paragraph>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="stack form-narrow sso-settings">
          <SsoForm settings={query.data.data} etag={query.data.etag} onReload={() => query.refetch()} />
        </div>
      )}
    </div>
  );
}
