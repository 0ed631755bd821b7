import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { MATURITY_AREAS, MATURITY_RATINGS, canBecomeNeed, type MaturityArea, type MaturityRating, type OperationArea } from '@domain/maturity';
import type { TMaturityAssessment, TMaturityIndicator, TMaturityResults } from '@domain/maturity.contracts';
import { isApiError } from '@web/api/api-error';
import { apiUrl } from '@web/api/client';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ExportLink } from '@web/ui/export-link';
import { SelectField, TextareaField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { assessmentName } from '@web/features/maturity/maturity-page';
import { useMakeNeedFromIndicator, useMaturityAssessment, useMaturityResults, useSetMaturityAnswer } from '@web/features/maturity/maturity.api';
import '@web/features/maturity/maturity.css';

/** /mognad/:id: the results (shares, index with its formula, changes, comparison) and the form, indicator by indicator. */
export function MaturityAssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useMaturityAssessment(id);
  const results = useMaturityResults(id);
  if (assessment.isPending) return <LoadingState />;
  if (assessment.isError) return <ErrorState error={assessment.error} onRetry={() => void assessment.refetch()} />;
  const a = assessment.data;
  return (
    <>
      <PageHeading>{t('maturity.assessmentTitle', { name: assessmentName(a) })}</PageHeading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.maturity}>{t('maturity.backToList')}</RouterLink>
        </Link>
      </Paragraph>
      {results.data && <Results results={results.data} assessment={a} />}
      <ExportLink href={apiUrl(`/maturity-assessments/${a.id}/export`, { format: 'xlsx' })} text={t('maturity.export')} hint="Excel" />
      <Heading level={2} data-size="sm">
        {t('maturity.fillIn')}
      </Heading>
      {MATURITY_AREAS.map((area) => (
        <AreaSection key={area} area={area} assessment={a} />
      ))}
    </>
  );
}

const percent = (value: number) => `${value.toLocaleString('sv-SE')} %`;

function Results({ results, assessment }: { results: TMaturityResults; assessment: TMaturityAssessment }) {
  const { t } = useTranslation();
  type TRow = { key: string; name: string; group: TMaturityResults['overall']; comparison?: TMaturityResults['comparison']['overall'] };
  const rows: TRow[] = [
    { key: 'overall', name: t('maturity.overall'), group: results.overall, comparison: results.comparison.overall },
    ...MATURITY_AREAS.map((area) => ({ key: area, name: t(`maturity.areas.${area}`), group: results.byArea[area], comparison: results.comparison.byArea[area] })),
    ...assessment.operationAreas.flatMap((op) => (results.byOperationArea[op] ? [{ key: op, name: t(`maturity.operationAreas.${op}`), group: results.byOperationArea[op] }] : [])),
    ...results.cells.map((cell) => ({ key: `${cell.area}-${cell.operationArea}`, name: `${t(`maturity.areas.${cell.area}`)} – ${t(`maturity.operationAreas.${cell.operationArea}`)}`, group: cell.summary })),
  ];
  const comparisonText = (figure: TRow['comparison']) =>
    !figure ? '' : figure.average !== null ? String(figure.average) : figure.reason === 'not_opted_in' ? t('maturity.comparisonNotOptedIn') : t('maturity.comparisonTooFew', { count: figure.organizations });
  const columns: TColumn<TRow>[] = [
    { id: 'name', header: t('maturity.group'), isRowHeader: true, cell: (r) => r.name },
    { id: 'index', header: t('maturity.index'), align: 'end', cell: (r) => r.group.index ?? t('maturity.noIndex') },
    ...MATURITY_RATINGS.map((rating): TColumn<TRow> => ({ id: rating, header: t(`maturity.ratings.${rating}`), align: 'end', cell: (r) => percent(r.group.shares[rating]) })),
    { id: 'answered', header: t('maturity.answered'), align: 'end', cell: (r) => r.group.answered },
    { id: 'comparison', header: t('maturity.comparison'), cell: (r) => comparisonText(r.comparison) },
  ];
  const textOf = new Map(assessment.indicators.map((i) => [i.id, i.text]));
  type TChange = TMaturityResults['changes'][number];
  const changeColumns: TColumn<TChange>[] = [
    { id: 'indicator', header: t('maturity.indicator'), isRowHeader: true, cell: (c) => c.indicatorText || textOf.get(c.indicatorId) || '' },
    { id: 'op', header: t('maturity.operationArea'), cell: (c) => t(`maturity.operationAreas.${c.operationArea}`) },
    { id: 'before', header: t('maturity.before'), cell: (c) => (c.before ? t(`maturity.ratings.${c.before}`) : t('maturity.notRated')) },
    { id: 'after', header: t('maturity.after'), cell: (c) => (c.after ? t(`maturity.ratings.${c.after}`) : t('maturity.notRated')) },
    { id: 'direction', header: '', cell: (c) => t(`maturity.direction.${c.direction}`) },
  ];
  return (
    <section aria-labelledby="maturity-results">
      <Heading level={2} data-size="sm" id="maturity-results">
        {t('maturity.results')}
      </Heading>
      <DataTable caption={t('maturity.resultsCaption')} columns={columns} rows={rows} rowKey={(r) => r.key} emptyText={t('table.noRows')} />
      <Heading level={3} data-size="xs">
        {t('maturity.formula')}
      </Heading>
      <Paragraph className="maturity-formula">{results.formula}</Paragraph>
      <Paragraph data-size="sm" className="maturity-formula">
        {t('maturity.comparisonRule')}
      </Paragraph>
      <Heading level={3} data-size="xs">
        {results.previous ? t('maturity.changes', { name: assessmentName(results.previous) }) : t('maturity.results')}
      </Heading>
      {!results.previous ? (
        <Paragraph>{t('maturity.noPrevious')}</Paragraph>
      ) : results.changes.length === 0 ? (
        <Paragraph>{t('maturity.noChanges')}</Paragraph>
      ) : (
        <DataTable caption={t('maturity.changesCaption')} captionHidden columns={changeColumns} rows={results.changes} rowKey={(c) => `${c.indicatorId}-${c.operationArea}`} emptyText={t('table.noRows')} />
      )}
    </section>
  );
}

function AreaSection({ area, assessment }: { area: MaturityArea; assessment: TMaturityAssessment }) {
  const { t } = useTranslation();
  const indicators = assessment.indicators.filter((i) => i.area === area);
  return (
    <section aria-labelledby={`maturity-area-${area}`}>
      <Heading level={3} data-size="xs" id={`maturity-area-${area}`}>
        {t(`maturity.areas.${area}`)}
      </Heading>
      {indicators.map((indicator) => (
        <div key={indicator.id} className="maturity-indicator">
          <Paragraph>
            <strong>{indicator.code ? `${indicator.code} ` : ''}</strong>
            {indicator.text}
          </Paragraph>
          <div className="maturity-cells">
            {assessment.operationAreas.map((op) => (
              <AnswerCell key={op} assessment={assessment} indicator={indicator} operationArea={op} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}

function AnswerCell({ assessment, indicator, operationArea }: { assessment: TMaturityAssessment; indicator: TMaturityIndicator; operationArea: OperationArea }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const answer = assessment.answers.find((a) => a.indicatorId === indicator.id && a.operationArea === operationArea);
  const before = assessment.previous?.answers.find((a) => a.indicatorId === indicator.id && a.operationArea === operationArea);
  const needs = assessment.linkedNeeds.filter((l) => l.indicatorId === indicator.id && l.operationArea === operationArea);
  const [rating, setRating] = useState<string>(answer?.rating ?? '');
  const [comment, setComment] = useState(answer?.comment ?? '');
  const [seenVersion, setSeenVersion] = useState(answer?.version ?? 0);
  const save = useSetMaturityAnswer(assessment.id);
  const makeNeed = useMakeNeedFromIndicator(assessment.id);
  const name = `${indicator.id}-${operationArea}`;
  const conflict = isApiError(save.error, 'precondition_failed');
  const editable = can('maturity:rate') && !indicator.retired;
  const onSave = () =>
    save.mutate(
      { body: { indicatorId: indicator.id, operationArea, rating: rating as MaturityRating, comment }, version: seenVersion },
      { onSuccess: (saved) => setSeenVersion(saved.version) },
    );
  const takeTheirs = () => {
    if (!answer) return;
    setRating(answer.rating);
    setComment(answer.comment);
    setSeenVersion(answer.version);
    save.reset();
  };
  return (
    <div className="maturity-cell">
      <strong>{t(`maturity.operationAreas.${operationArea}`)}</strong>
      {editable ? (
        <>
          <SelectField
            label={t('maturity.rating')}
            name={`rating-${name}`}
            value={rating}
            placeholder={t('maturity.notRated')}
            options={MATURITY_RATINGS.map((r) => ({ value: r, label: t(`maturity.ratings.${r}`) }))}
            onChange={(e) => setRating(e.target.value)}
          />
          <TextareaField label={t('maturity.comment')} name={`comment-${name}`} optional rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
          {conflict ? (
            <Alert data-color="warning">
              <Paragraph>{t('maturity.conflict')}</Paragraph>
              {answer && (
                <Paragraph>
                  {t(`maturity.ratings.${answer.rating}`)}
                  {answer.comment ? ` – ${answer.comment}` : ''} ({answer.setBy.name})
                </Paragraph>
              )}
              <Button variant="secondary" onClick={takeTheirs}>
                OK
              </Button>
            </Alert>
          ) : (
            save.isError && <ProblemSummary error={save.error} onReload={() => save.reset()} />
          )}
          <Button variant="secondary" disabled={!rating || save.isPending || conflict} onClick={onSave}>
            {t('maturity.save')}
          </Button>
          {save.isSuccess && <Paragraph data-size="sm">{t('maturity.saved')}</Paragraph>}
        </>
      ) : (
        <Paragraph>{answer ? t(`maturity.ratings.${answer.rating}`) : t('maturity.notRated')}</Paragraph>
      )}
      {answer && (
        <Paragraph data-size="sm" className="muted">
          {t('maturity.setBy', { name: answer.setBy.name, when: new Date(answer.setAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'short', timeStyle: 'short' }) })}
        </Paragraph>
      )}
      {before && <Paragraph data-size="sm">{t('maturity.lastTime', { rating: t(`maturity.ratings.${before.rating}`) })}</Paragraph>}
      {needs.map((link) => (
        <Paragraph key={link.need.id} data-size="sm">
          <Link asChild>
            <RouterLink to={paths.need(link.need.id)}>{t('maturity.linkedNeed', { number: link.need.number, status: t(`needStatus.${link.need.status}`, { defaultValue: link.need.status }) })}</RouterLink>
          </Link>
        </Paragraph>
      ))}
      {can('maturity:rate') && can('need:submit') && answer && canBecomeNeed(answer.rating) && !needs.some((l) => l.assessmentId === assessment.id) && (
        <Button variant="tertiary" disabled={makeNeed.isPending} onClick={() => makeNeed.mutate({ indicatorId: indicator.id, operationArea })}>
          {t('maturity.makeNeed')}
        </Button>
      )}
      {makeNeed.data && <Paragraph data-size="sm">{t('maturity.needCreated', { number: makeNeed.data.number })}</Paragraph>}
    </div>
  );
}
