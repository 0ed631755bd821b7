import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import i18next from 'i18next';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ZInstallationSetupRequest, type TInstallationSetupRequest, type TInstallationSetupResponse } from '@domain/installation.contracts';
import { isApiError } from '@web/api/api-error';
import { api } from '@web/api/client';
import { applyFieldIssues } from '@web/api/field-errors';
import { paths } from '@web/app/paths';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';

const FIELDS = ['organizationName', 'adminName', 'adminEmail', 'password'] as const;
const SETUP_ISSUES = ['domain_owned', 'account_exists', 'name_taken'] as const;

/** The server's refusals of the first organisation, in words the installer can act on. */
function setupIssueText(issue: { code: string }): string {
  return (SETUP_ISSUES as readonly string[]).includes(issue.code) ? i18next.t(`setup.issues.${issue.code as (typeof SETUP_ISSUES)[number]}`) : fieldIssueText(issue);
}
type TSetupForm = Omit<TInstallationSetupRequest, 'token'>;

/**
 * /installera#<token>: the first start of an installation without demo data. The console printed
 * this link once; the token travels in the fragment (never sent in the address to a server) and is
 * posted with the form that creates the first organisation and its administrator.
 */
export function SetupPage() {
  const { t } = useTranslation();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const form = useForm<TSetupForm>({
    shouldFocusError: false,
    resolver: zodResolver(ZInstallationSetupRequest.omit({ token: true }), { error: zodIssueMessage }),
    defaultValues: { organizationName: '', adminName: '', adminEmail: '', password: '' },
  });
  const { errors, submitCount } = form.formState;
  const setup = useMutation({
    mutationFn: async (values: TSetupForm) => (await api.post<TInstallationSetupResponse>('/installation/setup', { ...values, token })).data,
    onError: (error) => {
      if (isApiError(error, 'not_found')) return setFormError({ message: t('setup.linkInvalid') });
      if (isApiError(error, 'invalid_state')) return setFormError({ message: t('setup.alreadySetUp') });
      if (isApiError(error) && error.errors.length > 0) {
        const unmatched = applyFieldIssues(error, FIELDS, form.setError, setupIssueText);
        return setFormError(unmatched.length > 0 ? { message: problemText(error) } : null);
      }
      setFormError({ message: problemText(error) });
    },
  });
  const labels = { organizationName: t('setup.organizationName'), adminName: t('setup.adminName'), adminEmail: t('setup.adminEmail'), password: t('setup.password') };
  const summary = [...(formError ? [formError] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];

  if (setup.data) {
    return (
      <div className="form-narrow stack">
        <PageHeading>{t('setup.doneTitle')}</PageHeading>
        <Alert data-color="success">
          <Paragraph>{t('setup.done', { email: setup.data.adminEmail })}</Paragraph>
        </Alert>
        <Link asChild>
          <RouterLink to={paths.login}>{t('setup.logIn')}</RouterLink>
        </Link>
      </div>
    );
  }
  return (
    <div className="form-narrow stack">
      <PageHeading>{t('setup.title')}</PageHeading>
      {token === '' && (
        <Alert data-color="warning">
          <Paragraph>{t('setup.noToken')}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="setup-about" className="stack">
        <Heading level={2} data-size="xs" id="setup-about">
          {t('setup.aboutHeading')}
        </Heading>
        <Paragraph>{t('setup.about')}</Paragraph>
      </section>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${formError?.message ?? ''}`} />
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          setup.mutate(values);
        })}
      >
        <TextField label={labels.organizationName} description={t('setup.organizationNameHint')} error={errors.organizationName?.message} {...form.register('organizationName')} />
        <TextField label={labels.adminName} autoComplete="name" error={errors.adminName?.message} {...form.register('adminName')} />
        <TextField label={labels.adminEmail} description={t('setup.adminEmailHint')} type="email" autoComplete="username" error={errors.adminEmail?.message} {...form.register('adminEmail')} />
        <TextField label={labels.password} description={t('setup.passwordHint')} type="password" autoComplete="new-password" error={errors.password?.message} {...form.register('password')} />
        <Button type="submit" loading={setup.isPending} disabled={token === ''}>
          {t('setup.submit')}
        </Button>
      </form>
    </div>
  );
}
