import { useTranslation } from 'react-i18next';
import { Details, DetailsContent, DetailsSummary, Paragraph } from '@digdir/designsystemet-react';
import type { TAssessment } from '@domain/assessment.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useAssessmentHistory } from '@web/features/assessment/assessment.api';
import { formatScore, quadrantTitle } from '@web/features/assessment/assessment-format';

/**
 * "Tidigare bedömningar": the rounds a newer round replaced, in a disclosure, each with when it
 * was fixed, by how many raters, and what it came to. Earlier results are kept, never rewritten.
 */
export function AssessmentHistory({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const history = useAssessmentHistory(needId);
  const earlier = history.data?.items.filter((round) => round.status === 'superseded') ?? [];

  const columns: TColumn<TAssessment>[] = [
    { id: 'openedAt', header: t('assessment.history.opened'), isRowHeader: true, cell: (round) => formatDate(round.openedAt) },
    { id: 'fixedAt', header: t('assessment.history.fixed'), cell: (round) => (round.fixedAt ? formatDate(round.fixedAt) : t('assessment.history.notFixed')) },
    { id: 'raters', header: t('assessment.history.raters'), align: 'end', cell: (round) => round.raters.length },
    { id: 'feasibility', header: t('assessment.result.feasibility'), align: 'end', cell: (round) => formatScore(round.derived?.feasibility) },
    { id: 'potential', header: t('assessment.result.potential'), align: 'end', cell: (round) => formatScore(round.derived?.potential) },
    { id: 'overall', header: t('assessment.result.overall'), align: 'end', cell: (round) => formatScore(round.derived?.overall) },
    { id: 'quadrant', header: t('assessment.result.quadrant'), cell: (round) => (round.derived ? quadrantTitle(round.derived.quadrant) : '') },
    { id: 'rationale', header: t('assessment.result.rationale'), cell: (round) => round.rationale },
  ];

  const content = () => {
    if (history.isPending) return <LoadingState />;
    if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
    if (earlier.length === 0) return <Paragraph>{t('assessment.history.none')}</Paragraph>;
    return (
      <div className="assessment-compact">
        <DataTable caption={t('assessment.history.caption')} captionHidden columns={columns} rows={earlier} rowKey={(round) => round.id} />
      </div>
    );
  };

  return (
    <Details className="assessment-history">
      <DetailsSummary>{history.isSuccess ? t('assessment.history.headingCount', { count: earlier.length }) : t('assessment.history.heading')}</DetailsSummary>
      <DetailsContent>{content()}</DetailsContent>
    </Details>
  );
}
