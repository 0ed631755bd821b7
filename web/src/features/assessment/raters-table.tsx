import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import { CRITERIA, type CriterionKey } from '@domain/assessment';
import type { TAssessment } from '@domain/assessment.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatScore } from '@web/features/assessment/assessment-format';

type TRaterEntry = TAssessment['raters'][number];
type TRow = { kind: 'rater'; entry: TRaterEntry } | { kind: 'mean' | 'spread' | 'agreement' };

/** A column header with a short visible name; screen readers hear the criterion's full name. */
export function CriterionHeader({ criterion }: { criterion: CriterionKey }) {
  const { t } = useTranslation();
  const full = CRITERIA.find((c) => c.key === criterion)!.label;
  return (
    <>
      <span aria-hidden="true">{t(`assessment.short.${criterion}`)}</span>
      <span className="visually-hidden">{full}</span>
    </>
  );
}

/**
 * Every rater of a round as a row with her eight scores, then the mean, the spread and the
 * agreement per criterion in words (Hög/Medel/Låg), and the overall agreement under the table.
 * A blinded rater sees who has scored, not what.
 */
export function RatersTable({ assessment }: { assessment: TAssessment }) {
  const { t } = useTranslation();
  const statistics = assessment.statistics;
  const hasComparison = (statistics?.raterCount ?? 0) >= 2;
  const statOf = (key: CriterionKey) => statistics?.criteria.find((c) => c.criterion === key);

  const rows: TRow[] = [
    ...assessment.raters.map((entry): TRow => ({ kind: 'rater', entry })),
    ...(statistics && statistics.raterCount > 0 ? (['mean', 'spread'] as const).map((kind): TRow => ({ kind })) : []),
    ...(hasComparison ? [{ kind: 'agreement' } as const] : []),
  ];

  const cellOf = (row: TRow, key: CriterionKey) => {
    switch (row.kind) {
      case 'rater':
        return row.entry.scores ? row.entry.scores[key] : t('assessment.raters.hidden');
      case 'mean':
        return formatScore(statOf(key)?.mean);
      case 'spread':
        return formatScore(statOf(key)?.spread);
      case 'agreement': {
        const agreement = statOf(key)?.agreement;
        return agreement ? t(`assessment.agreementShort.${agreement}`) : '';
      }
    }
  };

  const columns: TColumn<TRow>[] = [
    {
      id: 'rater',
      header: t('assessment.raters.rater'),
      isRowHeader: true,
      cell: (row) => (row.kind === 'rater' ? row.entry.rater.name : t(`assessment.raters.${row.kind}`)),
    },
    ...CRITERIA.map(
      (criterion): TColumn<TRow> => ({
        id: criterion.key,
        header: <CriterionHeader criterion={criterion.key} />,
        align: 'end',
        cell: (row) => cellOf(row, criterion.key),
      }),
    ),
  ];

  const comments = assessment.raters.filter((entry) => entry.comment);
  return (
    <div className="stack">
      {assessment.isBlinded && <Paragraph data-size="sm">{t('assessment.raters.blinded')}</Paragraph>}
      {assessment.raters.length === 0 ? (
        <Paragraph>{t('assessment.raters.none')}</Paragraph>
      ) : (
        <div className="assessment-compact">
          <DataTable
            caption={t('assessment.raters.caption')}
            columns={columns}
            rows={rows}
            rowKey={(row) => (row.kind === 'rater' ? row.entry.rater.id : row.kind)}
          />
        </div>
      )}
      {statistics && statistics.raterCount > 0 && (
        <Paragraph>
          <strong>
            {statistics.agreement
              ? t('assessment.raters.overall', { agreement: t(`assessment.agreement.${statistics.agreement}`) })
              : t('assessment.raters.overallNone')}
          </strong>
        </Paragraph>
      )}
      {comments.length > 0 && (
        <dl className="assessment-facts">
          {comments.map((entry) => (
            <div key={entry.rater.id}>
              <dt>{t('assessment.raters.commentBy', { name: entry.rater.name })}</dt>
              <dd>{entry.comment}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
