import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { problemText } from '@web/i18n/error-text';
import { SelectField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorSummary } from '@web/ui/error-summary';
import { usePortfolio } from '@web/features/process/process.api';
import { useCopyPlan } from '@web/features/benefits/benefits.api';

/** "Kopiera från ett annat initiativ": another initiative's benefits and calculation as a start. */
export function CopyPlanForm({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const initiatives = usePortfolio({});
  const copy = useCopyPlan(initiativeId);
  const [from, setFrom] = useState('');
  const [error, setError] = useState<string | null>(null);
  const options = (initiatives.data ?? []).filter((i) => i.id !== initiativeId).map((i) => ({ value: i.id, label: i.title }));
  return (
    <form
      noValidate
      className="stack form-narrow"
      onSubmit={(event) => {
        event.preventDefault();
        if (!from) return;
        setError(null);
        copy.mutate(from, { onSuccess: ({ data }) => announce(t('benefits.plan.copied', { count: data.benefitsCopied })), onError: (e) => setError(problemText(e)) });
      }}
    >
      <ErrorSummary items={error ? [{ message: error }] : []} focusKey={error ?? ''} />
      <Paragraph data-size="sm">{t('benefits.plan.copyHint')}</Paragraph>
      <SelectField label={t('benefits.plan.copyFrom')} name="fromInitiativeId" options={options} placeholder={t('benefits.plan.catalogueNone')} value={from} onChange={(e) => setFrom(e.target.value)} />
      <div>
        <Button type="submit" variant="secondary" disabled={copy.isPending || !from}>
          {t('benefits.plan.copy')}
        </Button>
      </div>
    </form>
  );
}
