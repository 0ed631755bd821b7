import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { ZLoginRequest, type TLoginRequest } from '@domain/auth.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { logIn } from '@web/api/session';
import { paths } from '@web/app/paths';
import type { TLoginState } from '@web/app/require-auth';
import { isSessionExpired, useSession, useStoreSession } from '@web/app/session';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { fieldId, TextField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';

const FIELDS = ['email', 'password'] as const;

/** Only paths inside the app: never send a user on to another site after login. */
function safeReturnPath(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && from !== paths.login ? from : paths.start;
}

/**
 * /logga-in: e-mail and password, with an error summary, "Fel e-postadress eller lösenord." for
 * wrong credentials and a clear message when the login rate limit answers 429. Afterwards the
 * user continues to the page they were going to (or must first change a one-time password).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const storeSession = useStoreSession();
  const state = (location.state ?? {}) as TLoginState;
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const form = useForm<TLoginRequest>({
    // The error summary takes focus on a failed submit; react-hook-form must not move it to a field.
    shouldFocusError: false,
    resolver: zodResolver(ZLoginRequest, { error: zodIssueMessage }),
    defaultValues: { email: '', password: '' },
  });
  const { errors, submitCount } = form.formState;

  const login = useMutation({
    mutationFn: logIn,
    onSuccess: async (next) => {
      storeSession(next);
      await navigate(next.mustChangePassword ? paths.changePassword : safeReturnPath(state.from), { replace: true, state: { from: state.from } });
    },
    onError: (error) => {
      if (isApiError(error, 'invalid_credentials')) return setFormError({ fieldId: fieldId('email'), message: t('auth.login.invalidCredentials') });
      if (isApiError(error, 'too_many_requests')) return setFormError({ message: t('auth.login.tooManyAttempts') });
      if (isApiError(error, 'validation_failed')) {
        applyFieldIssues(error, FIELDS, form.setError, fieldIssueText);
        return setFormError(null);
      }
      setFormError({ message: problemText(error) });
    },
  });

  if (session && !login.isPending) return <Navigate to={session.mustChangePassword ? paths.changePassword : safeReturnPath(state.from)} replace />;

  const labels = { email: t('auth.login.email'), password: t('auth.login.password') };
  const summary = [
    ...(formError ? [formError] : []),
    ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] }))),
  ];

  return (
    <div className="form-narrow">
      <PageHeading>{t('auth.login.title')}</PageHeading>
      {(state.expired || isSessionExpired()) && !state.loggedOut && <Alert data-color="warning">{t('auth.login.expired')}</Alert>}
      {state.loggedOut && <Alert data-color="success">{t('auth.login.loggedOut')}</Alert>}
      <Paragraph>{t('auth.login.intro')}</Paragraph>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${login.failureCount}:${formError?.message ?? ''}`} />
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          login.mutate(values);
        })}
      >
        <TextField label={labels.email} type="email" autoComplete="username" spellCheck={false} error={errors.email?.message} {...form.register('email')} />
        <TextField label={labels.password} type="password" autoComplete="current-password" error={errors.password?.message} {...form.register('password')} />
        <Button type="submit" loading={login.isPending}>
          {t('auth.login.submit')}
        </Button>
      </form>
    </div>
  );
}
