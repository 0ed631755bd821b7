import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { CLASSIFICATION_LEVELS } from '@domain/classification';
import type { TClassificationLabels, TLevelLabels } from '@domain/information-classification.contracts';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { PageHeading } from '@web/ui/page-heading';
import { TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useLevelLabels, useSaveLevelLabels } from '@web/features/classification/classification.api';
import '@web/features/initiatives/initiative-work.css';

/** /administration/klassningsnivaer: the organisation's names for the classification levels 0–4. */
export function LevelLabelsPage() {
  const { t } = useTranslation();
  const query = useLevelLabels();
  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('classification.labels.title')}</PageHeading>
      <Paragraph>{t('classification.labels.intro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && <LabelsForm key={query.data.data.version} current={query.data.data} etag={query.data.etag} onReload={() => void query.refetch()} />}
    </>
  );
}

function LabelsForm({ current, etag, onReload }: { current: TClassificationLabels; etag: string | null; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const save = useSaveLevelLabels();
  const [labels, setLabels] = useState<TLevelLabels>(current.labels);
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState<string[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const empty = CLASSIFICATION_LEVELS.map(String).filter((level) => labels[level as keyof TLevelLabels].trim() === '');
    setMissing(empty);
    if (empty.length > 0) {
      document.getElementById(`field-${empty[0]}`)?.focus();
      return;
    }
    try {
      await save.mutateAsync({ labels, etag });
      announce(t('classification.labels.saved'));
    } catch {
      setAttempt((n) => n + 1);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" noValidate>
      {current.isDefault && <Paragraph data-size="sm">{t('classification.labels.defaults')}</Paragraph>}
      <ProblemSummary error={save.error} focusKey={attempt} onReload={onReload} />
      {CLASSIFICATION_LEVELS.map((level) => {
        const key = String(level) as keyof TLevelLabels;
        return (
          <TextField
            key={level}
            label={t('classification.labels.level', { level })}
            name={key}
            value={labels[key]}
            maxLength={60}
            onChange={(e) => setLabels((l) => ({ ...l, [key]: e.target.value }))}
            error={missing.includes(key) ? t('fieldIssue.required') : undefined}
          />
        );
      })}
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending}>
          {t('classification.labels.save')}
        </Button>
      </div>
    </form>
  );
}
