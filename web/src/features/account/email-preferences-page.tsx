import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { EMAIL_KINDS, type EmailKind, type TEmailPreference } from '@domain/email.contracts';
import { useRequiredSession } from '@web/app/session';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { formatDateTime } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useEmailPreferences, useSaveEmailPreferences } from '@web/features/account/email-preferences.api';
import '@web/features/account/account.css';

type TForm = { enabled: EmailKind[] };

const enabledKinds = (items: readonly TEmailPreference[]): EmailKind[] => items.filter((item) => item.enabled).map((item) => item.kind);

function EmailPreferencesForm({ items, onReload }: { items: readonly TEmailPreference[]; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const save = useSaveEmailPreferences();
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const form = useForm<TForm>({ defaultValues: { enabled: enabledKinds(items) } });
  useEffect(() => form.reset({ enabled: enabledKinds(items) }), [items, form]);
  const options = EMAIL_KINDS.map((kind) => ({ value: kind, label: t(`account.email.kinds.${kind}`), description: t(`account.email.descriptions.${kind}`) }));
  const allOff = items.every((item) => !item.enabled);

  return (
    <>
      <ProblemSummary error={save.error} focusKey={save.failureCount} onReload={onReload} />
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit(({ enabled }) => {
          // A single checked box comes back as a string, none as false: always send every kind.
          const on = new Set<string>(Array.isArray(enabled) ? enabled : enabled ? [enabled] : []);
          setSavedAt(null);
          save.mutate(
            { items: EMAIL_KINDS.map((kind) => ({ kind, enabled: on.has(kind) })) },
            {
              onSuccess: () => {
                setSavedAt(new Date());
                announce(t('account.email.saved'));
              },
            },
          );
        })}
      >
        <CheckboxGroupField legend={t('account.email.legend')} options={options} {...form.register('enabled')} />
        <Button type="submit" loading={save.isPending}>
          {t('account.email.save')}
        </Button>
        {savedAt && (
          <Paragraph className="muted">
            {t('account.email.saved')} {t('account.email.savedAt', { time: formatDateTime(savedAt) })}
          </Paragraph>
        )}
        {allOff && <Paragraph>{t('account.email.allOff')}</Paragraph>}
      </form>
    </>
  );
}

/**
 * /mina-installningar/e-post ("Mina e-postinställningar"): a checkbox per kind of e-mail, each
 * with what it is about, for the current organisation. Every e-mail's footer links here.
 */
export function EmailPreferencesPage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const query = useEmailPreferences();

  const body = () => {
    if (query.isPending) return <LoadingState />;
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    return <EmailPreferencesForm items={query.data} onReload={() => void query.refetch()} />;
  };

  return (
    <>
      <PageHeading>{t('account.email.title')}</PageHeading>
      <Paragraph>{t('account.email.intro', { organization: session.organization?.name ?? '' })}</Paragraph>
      <Paragraph className="account-email-address">{t('account.email.address', { email: session.user.email })}</Paragraph>
      {body()}
    </>
  );
}
