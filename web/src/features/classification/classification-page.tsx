import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { CLASSIFICATION_ASPECTS } from '@domain/classification';
import { todayInSweden, type TInitiative } from '@domain/decisions.contracts';
import type { TClassificationView, TLevelLabels } from '@domain/information-classification.contracts';
import { apiUrl } from '@web/api/client';
import { ExportLink } from '@web/ui/export-link';
import { DataTable } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { InitiativeSubpage } from '@web/features/initiatives/initiative-subpage';
import { ClassificationFields } from '@web/features/classification/classification-fields';
import { classificationDraftErrors, classificationInputOf, draftFromClassification, type TClassificationDraft, type TClassificationErrors } from '@web/features/classification/classification-draft';
import { ClassificationTable } from '@web/features/classification/classification-table';
import { useClassifyInitiative, useInitiativeClassification, useLevelLabels } from '@web/features/classification/classification.api';
import '@web/features/initiatives/initiative-work.css';

/** /initiativ/:id/klassning: the current classification, its requirements, the form and the history. */
export function ClassificationPage() {
  const { t } = useTranslation();
  return <InitiativeSubpage title={t('classification.title')}>{(initiative) => <ClassificationContent initiative={initiative} />}</InitiativeSubpage>;
}

function ClassificationContent({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const view = useInitiativeClassification(initiative.id);
  const labels = useLevelLabels();
  if (view.isPending || labels.isPending) return <LoadingState />;
  if (view.isError) return <ErrorState error={view.error} onRetry={() => void view.refetch()} />;
  if (labels.isError) return <ErrorState error={labels.error} onRetry={() => void labels.refetch()} />;
  const data = view.data.data;
  const names = labels.data.data.labels;
  return (
    <>
      <Paragraph>{t('classification.intro')}</Paragraph>
      <section aria-labelledby="current-heading" className="stack">
        <Heading level={2} data-size="sm" id="current-heading">
          {t('classification.current.heading')}
        </Heading>
        {data.current ? (
          <>
            <Paragraph data-size="sm">{t('classification.current.by', { date: formatDate(data.current.classifiedOn), name: data.current.classifiedBy })}</Paragraph>
            <ClassificationTable classification={data.current} labels={names} />
          </>
        ) : (
          <Paragraph>{t('classification.current.none')}</Paragraph>
        )}
      </section>
      {data.current && <Requirements initiativeId={initiative.id} view={data} />}
      {data.canEdit && <ClassifyForm key={data.version} initiativeId={initiative.id} view={data} etag={view.data.etag} labels={names} onReload={() => void view.refetch()} />}
      {data.history.length > 1 && <History view={data} />}
    </>
  );
}

function Requirements({ initiativeId, view }: { initiativeId: string; view: TClassificationView }) {
  const { t } = useTranslation();
  const exportUrl = (format: 'xlsx' | 'docx') => apiUrl(`/initiatives/${initiativeId}/classification/requirements/export`, { format });
  return (
    <section aria-labelledby="requirements-heading" className="stack">
      <Heading level={2} data-size="sm" id="requirements-heading">
        {t('classification.requirements.heading')}
      </Heading>
      <Paragraph>{view.requirements.length > 0 ? t('classification.requirements.intro') : t('classification.requirements.none')}</Paragraph>
      <ul className="requirement-list">
        {view.requirements.map((requirement) => (
          <li key={requirement.id}>
            <strong>{requirement.id}</strong> ({t(`classification.aspects.${requirement.aspect}`)}): {requirement.text}
          </li>
        ))}
      </ul>
      <ExportLink href={exportUrl('xlsx')} text={t('classification.requirements.exportXlsx')} hint={t('classification.requirements.exportHint')} />
      <ExportLink href={exportUrl('docx')} text={t('classification.requirements.exportDocx')} hint={t('classification.requirements.exportHint')} />
    </section>
  );
}

function ClassifyForm({ initiativeId, view, etag, labels, onReload }: { initiativeId: string; view: TClassificationView; etag: string | null; labels: TLevelLabels; onReload: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const classify = useClassifyInitiative(initiativeId);
  const [draft, setDraft] = useState<TClassificationDraft>(() => draftFromClassification(view.current));
  const [classifiedOn, setClassifiedOn] = useState(todayInSweden());
  const [errors, setErrors] = useState<TClassificationErrors>({});
  const [attempt, setAttempt] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = classificationDraftErrors(draft, t('fieldIssue.required'));
    setErrors(found);
    if (Object.keys(found).length > 0) {
      document.getElementById(`field-${Object.keys(found)[0]!.replace('.', '-')}`)?.focus();
      return;
    }
    const body = classificationInputOf(draft, classifiedOn);
    try {
      await classify.mutateAsync({ body, etag });
      announce(t('classification.form.saved'));
    } catch {
      setAttempt((n) => n + 1);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="stack" noValidate aria-labelledby="classify-heading">
      <Heading level={2} data-size="sm" id="classify-heading">
        {view.current ? t('classification.form.headingAgain') : t('classification.form.heading')}
      </Heading>
      {view.current && <Paragraph data-size="sm">{t('classification.form.againHint')}</Paragraph>}
      <ProblemSummary error={classify.error} focusKey={attempt} onReload={onReload} />
      <ClassificationFields draft={draft} onChange={setDraft} labels={labels} errors={errors} />
      <TextField label={t('classification.form.date')} name="classifiedOn" type="date" value={classifiedOn} onChange={(e) => setClassifiedOn(e.target.value)} />
      <div className="form-actions">
        <Button type="submit" disabled={classify.isPending}>
          {t('classification.form.save')}
        </Button>
      </div>
    </form>
  );
}

function History({ view }: { view: TClassificationView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-heading" className="stack">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('classification.history.heading')}
      </Heading>
      <DataTable
        caption={t('classification.history.caption')}
        captionHidden
        rows={view.history}
        rowKey={(c) => c.id}
        columns={[
          { id: 'date', header: t('classification.history.date'), cell: (c) => formatDate(c.classifiedOn), isRowHeader: true },
          { id: 'by', header: t('classification.history.by'), cell: (c) => c.classifiedBy },
          { id: 'levels', header: t('classification.history.levels'), cell: (c) => CLASSIFICATION_ASPECTS.map((a) => c[a].level).join(' / ') },
        ]}
      />
    </section>
  );
}
