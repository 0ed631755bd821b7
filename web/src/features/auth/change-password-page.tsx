import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import i18next from 'i18next';
import { z } from 'zod';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ZChangePasswordRequest } from '@domain/auth.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { changePassword } from '@web/api/session';
import { paths } from '@web/app/paths';
import type { TLoginState } from '@web/app/require-auth';
import { useRequiredSession, useStoreSession } from '@web/app/session';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';

/** The server's contract plus "repeat the new password", which only the form needs. */
const ZChangePasswordForm = ZChangePasswordRequest.extend({ repeatPassword: z.string() }).refine((values) => values.newPassword === values.repeatPassword, {
  path: ['repeatPassword'],
  error: () => i18next.t('auth.changePassword.mismatch'),
});
type TChangePasswordForm = z.infer<typeof ZChangePasswordForm>;

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'] as const;

/**
 * /byt-losenord: required after a one-time password, available from the user menu otherwise.
 * Explains why length beats complexity; the new password needs at least 12 characters. The
 * server ends all other sessions, so the page says so.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const announce = useAnnounce();
  const session = useRequiredSession();
  const storeSession = useStoreSession();
  const from = ((location.state ?? {}) as TLoginState).from;
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const form = useForm<TChangePasswordForm>({
    // The error summary takes focus on a failed submit; react-hook-form must not move it to a field.
    shouldFocusError: false,
    resolver: zodResolver(ZChangePasswordForm, { error: zodIssueMessage }),
    defaultValues: { currentPassword: '', newPassword: '', repeatPassword: '' },
  });
  const { errors, submitCount } = form.formState;

  const mutation = useMutation({
    mutationFn: changePassword,
    onSuccess: async (next) => {
      storeSession(next);
      announce(`${t('auth.changePassword.done')} ${t('auth.changePassword.otherSessions')}`);
      await navigate(from && from.startsWith('/') && !from.startsWith('//') ? from : paths.start, { replace: true });
    },
    onError: (error) => {
      if (isApiError(error, 'validation_failed') && error.errors.length > 0) {
        const unmatched = applyFieldIssues(error, FIELDS, form.setError, fieldIssueText);
        return setFormError(unmatched.length > 0 ? { message: problemText(error) } : null);
      }
      setFormError({ message: problemText(error) });
    },
  });

  const labels = {
    currentPassword: t('auth.changePassword.current'),
    newPassword: t('auth.changePassword.new'),
    repeatPassword: t('auth.changePassword.repeat'),
  };
  const summary = [...(formError ? [formError] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];

  return (
    <div className="form-narrow">
      <PageHeading>{t('auth.changePassword.title')}</PageHeading>
      {session.mustChangePassword && <Alert data-color="info">{t('auth.changePassword.required')}</Alert>}
      <section aria-labelledby="password-advice">
        <Heading level={2} data-size="xs" id="password-advice">
          {t('auth.changePassword.whyHeading')}
        </Heading>
        <Paragraph>{t('auth.changePassword.why')}</Paragraph>
      </section>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${formError?.message ?? ''}`} />
      <form
        noValidate
        className="stack"
        onSubmit={form.handleSubmit(({ currentPassword, newPassword }) => {
          setFormError(null);
          mutation.mutate({ currentPassword, newPassword });
        })}
      >
        {/* Lets password managers tie the new password to the right account. */}
        <input type="email" name="username" autoComplete="username" value={session.user.email} readOnly hidden />
        <TextField label={labels.currentPassword} type="password" autoComplete="current-password" error={errors.currentPassword?.message} {...form.register('currentPassword')} />
        <TextField
          label={labels.newPassword}
          description={t('auth.changePassword.newDescription')}
          type="password"
          autoComplete="new-password"
          error={errors.newPassword?.message}
          {...form.register('newPassword')}
        />
        <TextField label={labels.repeatPassword} type="password" autoComplete="new-password" error={errors.repeatPassword?.message} {...form.register('repeatPassword')} />
        <Button type="submit" loading={mutation.isPending}>
          {t('auth.changePassword.submit')}
        </Button>
      </form>
    </div>
  );
}
