import { useMemo, useState } from 'react';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { QUADRANT_LABELS, QUADRANTS } from '@domain/assessment';
import { ZMatrixQuery, type TMatrixPoint, type TMatrixQuery } from '@domain/assessment.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { formatScore, priorityLabel, quadrantTitle } from '@web/features/assessment/assessment-format';
import { useMatrix } from '@web/features/matrix/matrix.api';
import { MatrixChart } from '@web/features/matrix/matrix-chart';
import { MATRIX_FILTER_KEYS, MatrixFilters } from '@web/features/matrix/matrix-filters';
import { groupPoints, keyboardOrder, needLabel } from '@web/features/matrix/matrix-points';
import { SelectedNeed } from '@web/features/matrix/selected-need';
import '@web/features/matrix/matrix.css';

/** The filters in the address; a value the API would refuse (a mistyped id) is ignored, not an error. */
function filtersFrom(params: URLSearchParams): TMatrixQuery {
  const entries = MATRIX_FILTER_KEYS.flatMap((key) => {
    const value = params.get(key);
    return value && ZMatrixQuery.safeParse({ [key]: value }).success ? [[key, value]] : [];
  });
  return Object.fromEntries(entries) as TMatrixQuery;
}

/**
 * /prioriteringsmatris: every assessed need as a point by genomförbarhet × potential/nytta with
 * the four quadrants named, filterable through the address. Beside the chart: the chosen need and
 * how many needs each quadrant holds; below it, the same needs as a sortable table, so nothing is
 * only in the drawing.
 */
export function MatrixPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const matrix = useMatrix(filters);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const points = useMemo(() => matrix.data?.points ?? [], [matrix.data]);
  const groups = useMemo(() => groupPoints(points), [points]);
  const order = useMemo(() => keyboardOrder(points), [points]);
  const counts = QUADRANTS.map((quadrant) => ({ quadrant, count: points.filter((point) => point.quadrant === quadrant).length }));
  const summary = t('matrix.chartLabel', {
    total: points.length,
    parts: counts.map(({ quadrant, count }) => `${quadrantTitle(quadrant)}: ${t('matrix.needCount', { count })}.`).join(' '),
  });
  const selectedGroup = groups.find((group) => group.needs.some((need) => need.needId === selectedId));
  const openNeed = (needId: string) => void navigate(paths.need(needId));

  const columns: TColumn<TMatrixPoint>[] = [
    { id: 'number', header: t('matrix.number'), cell: (point) => <span className="matrix-nowrap">{needLabel(point)}</span>, sortValue: (point) => point.number },
    {
      id: 'title',
      header: t('matrix.titleColumn'),
      isRowHeader: true,
      sortValue: (point) => point.title,
      cell: (point) => (
        <Link asChild>
          <RouterLink to={paths.need(point.needId)}>{point.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'feasibility', header: t('matrix.feasibility'), align: 'end', cell: (point) => formatScore(point.feasibility), sortValue: (point) => point.feasibility },
    { id: 'potential', header: t('matrix.potential'), align: 'end', cell: (point) => formatScore(point.potential), sortValue: (point) => point.potential },
    { id: 'overall', header: t('matrix.overall'), align: 'end', cell: (point) => formatScore(point.overall), sortValue: (point) => point.overall },
    { id: 'quadrant', header: t('matrix.quadrantColumn'), cell: (point) => QUADRANT_LABELS[point.quadrant].slogan, sortValue: (point) => QUADRANTS.indexOf(point.quadrant) },
    { id: 'priority', header: t('matrix.priority'), cell: (point) => priorityLabel(point.priority), sortValue: (point) => point.priority },
  ];

  const content = () => {
    if (matrix.isPending) return <LoadingState />;
    if (matrix.isError) return <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
    return (
      <>
        {matrix.data.isTruncated && <Alert data-color="warning">{t('matrix.truncated')}</Alert>}
        <section aria-labelledby="matrix-summary-heading" className="stack">
          <Heading level={2} data-size="xs" id="matrix-summary-heading">
            {t('matrix.summaryHeading')}
          </Heading>
          <ul className="quadrant-counts">
            {counts.map(({ quadrant, count }) => (
              <li key={quadrant} className={`quadrant-counts__item quadrant-counts__item--${quadrant}`}>
                <span className="quadrant-counts__count">{t('matrix.needCount', { count })}</span>
                <span>{quadrantTitle(quadrant)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="matrix-chart-heading" className="stack">
          <Heading level={2} data-size="xs" id="matrix-chart-heading">
            {t('matrix.chartHeading')}
          </Heading>
          <Paragraph data-size="sm" id="matrix-keyboard-help">
            {t('matrix.keyboardHelp')}
          </Paragraph>
          <div className="matrix-layout">
            <MatrixChart groups={groups} order={order} selectedId={selectedId} onSelect={setSelectedId} onOpen={openNeed} summary={summary} />
            <SelectedNeed group={selectedGroup} selectedId={selectedId} />
          </div>
        </section>
        <DataTable
          caption={t('matrix.tableCaption')}
          columns={columns}
          rows={points}
          rowKey={(point) => point.needId}
          initialSort={{ columnId: 'overall', direction: 'ascending' }}
          emptyText={t('matrix.empty')}
        />
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('matrix.title')}</PageHeading>
      <Paragraph>{t('matrix.intro')}</Paragraph>
      <MatrixFilters
        filters={filters}
        onApply={(next) => {
          setSelectedId(null);
          setParams(next);
        }}
      />
      {content()}
    </>
  );
}
