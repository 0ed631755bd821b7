import { useRef, useState, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import i18next from 'i18next';
import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { ZLoginRequest, type TLoginRequest } from '@domain/auth.contracts';
import { SSO_REFUSALS, ZLoginMethodRequest, type TSsoRefusal } from '@domain/sso.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { logIn, loginMethod } from '@web/api/session';
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

/** `email`: the first question. `password`: the address logs in with a password. `admin`: `?losenord`, password straight away. */
type TStep = 'email' | 'password' | 'admin';

/** Only paths inside the app: never send a user on to another site after login. */
function safeReturnPath(from: string | undefined): string {
  return from && from.startsWith('/') && !from.startsWith('//') && from !== paths.login ? from : paths.start;
}

/** The Swedish reason for a refused single sign-on (`/logga-in?sso=<reason>`, set by the server's callback). */
function refusalText(code: string | null): string | null {
  if (code === null) return null;
  return (SSO_REFUSALS as readonly string[]).includes(code) ? i18next.t(`sso.login.refusals.${code as TSsoRefusal}`) : i18next.t('sso.login.unknownRefusal');
}

const emailStepResolver = zodResolver(ZLoginMethodRequest, { error: zodIssueMessage }) as unknown as Resolver<TLoginRequest>;
const passwordStepResolver = zodResolver(ZLoginRequest, { error: zodIssueMessage });

/**
 * /logga-in: first the e-mail address (POST /auth/login-method). People whose organisation logs in
 * with single sign-on are sent to their identity provider; everyone else is asked for the password.
 * `?sso=<reason>` shows why a single sign-on was refused; `?losenord` asks for the password at once
 * (administrators of an SSO organisation keep their password). Wrong credentials, the rate limit
 * (429) and `sso_required` (403) each have their own sentence in the error summary.
 */
export function LoginPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const session = useSession();
  const storeSession = useStoreSession();
  const state = (location.state ?? {}) as TLoginState;
  const search = new URLSearchParams(location.search);
  const [step, setStep] = useState<TStep>(search.has('losenord') ? 'admin' : 'email');
  const [refusal, setRefusal] = useState(() => refusalText(search.get('sso')));
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const stepRef = useRef(step);
  stepRef.current = step;
  const form = useForm<TLoginRequest>({
    // The error summary takes focus on a failed submit; react-hook-form must not move it to a field.
    shouldFocusError: false,
    resolver: (values, context, options) => (stepRef.current === 'email' ? emailStepResolver : passwordStepResolver)(values, context, options),
    defaultValues: { email: '', password: '' },
  });
  const { errors, submitCount } = form.formState;

  // The password field takes focus when it appears, so the keyboard flow goes on where it was.
  const { setFocus } = form;
  useEffect(() => {
    if (step === 'password') setFocus('password');
  }, [step, setFocus]);

  const onFailure = (error: unknown) => {
    if (isApiError(error, 'invalid_credentials')) return setFormError({ fieldId: fieldId('email'), message: t('auth.login.invalidCredentials') });
    if (isApiError(error, 'too_many_requests')) return setFormError({ message: t('auth.login.tooManyAttempts') });
    if (isApiError(error, 'sso_required')) return setFormError({ message: t('sso.login.ssoRequired') });
    if (isApiError(error, 'validation_failed')) {
      applyFieldIssues(error, FIELDS, form.setError, fieldIssueText);
      return setFormError(null);
    }
    setFormError({ message: problemText(error) });
  };

  const method = useMutation({
    mutationFn: loginMethod,
    onSuccess: (answer) => {
      if (answer.method === 'password') return setStep('password');
      // To the identity provider (or back here with the reason it was refused): a full page load.
      if (answer.redirectUrl) window.location.assign(answer.redirectUrl);
    },
    onError: onFailure,
  });

  const login = useMutation({
    mutationFn: logIn,
    onSuccess: async (next) => {
      storeSession(next);
      await navigate(next.mustChangePassword ? paths.changePassword : safeReturnPath(state.from), { replace: true, state: { from: state.from } });
    },
    onError: onFailure,
  });

  if (session && !login.isPending) return <Navigate to={session.mustChangePassword ? paths.changePassword : safeReturnPath(state.from)} replace />;

  const changeEmail = async () => {
    setFormError(null);
    form.setValue('password', '');
    form.clearErrors();
    if (step === 'admin') await navigate(paths.login, { replace: true, state: location.state });
    setStep('email');
    setTimeout(() => form.setFocus('email'));
  };

  const redirecting = method.isSuccess && method.data.method === 'sso';
  const labels = { email: t('auth.login.email'), password: t('auth.login.password') };
  const summary = [
    ...(refusal ? [{ message: refusal }] : []),
    ...(formError ? [formError] : []),
    ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] }))),
  ];
  const email = form.watch('email');

  return (
    <div className="form-narrow">
      <PageHeading>{t('auth.login.title')}</PageHeading>
      {(state.expired || isSessionExpired()) && !state.loggedOut && <Alert data-color="warning">{t('auth.login.expired')}</Alert>}
      {state.loggedOut && <Alert data-color="success">{t('auth.login.loggedOut')}</Alert>}
      <Paragraph>
        {step === 'email' ? t('sso.login.intro') : step === 'password' ? t('sso.login.passwordIntro', { email }) : t('sso.login.usePasswordIntro')}
      </Paragraph>
      <ErrorSummary
        items={summary}
        heading={refusal && !formError ? t('sso.login.refusedHeading') : undefined}
        focusKey={`${submitCount}:${login.failureCount}:${method.failureCount}:${formError?.message ?? ''}:${refusal ?? ''}`}
      />
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit((values) => {
          setFormError(null);
          setRefusal(null);
          if (step === 'email') method.mutate({ email: values.email });
          else login.mutate(values);
        })}
      >
        <TextField
          label={labels.email}
          type="email"
          autoComplete="username"
          spellCheck={false}
          readOnly={step === 'password'}
          error={errors.email?.message}
          {...form.register('email')}
        />
        {step !== 'email' && (
          <TextField label={labels.password} type="password" autoComplete="current-password" error={errors.password?.message} {...form.register('password')} />
        )}
        <Button type="submit" loading={method.isPending || login.isPending || redirecting}>
          {step === 'email' ? t('sso.login.continue') : t('auth.login.submit')}
        </Button>
        {redirecting && <Paragraph role="status">{t('sso.login.redirecting')}</Paragraph>}
      </form>
      <div className="stack">
        {step === 'email' ? (
          <Link href={`${paths.login}?losenord`} onClick={(event) => {
            event.preventDefault();
            setFormError(null);
            setRefusal(null);
            form.clearErrors();
            void navigate(`${paths.login}?losenord`, { replace: true, state: location.state });
            setStep('admin');
          }}>
            {t('sso.login.usePassword')}
          </Link>
        ) : (
          <Button type="button" variant="tertiary" onClick={() => void changeEmail()}>
            {t('sso.login.changeEmail')}
          </Button>
        )}
      </div>
    </div>
  );
}
