import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TPlanResources } from '@domain/plans.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatNumber } from '@web/ui/format';
import { moneyRangeText } from '@web/features/plans/plan-labels';

type TSum = { low: string; high: string; staffHours: number; itemsWithoutAmount: number };
type TYearRow = TSum & { key: string; label: string };

/**
 * Resurser per år: cost as a range, staff hours and items without an amount for each year and in
 * total, and the cost per focus area — tables, each in a labelled scroll region at 320 px.
 */
export function PlanResources({ resources }: { resources: TPlanResources }) {
  const { t } = useTranslation();
  const hours = (n: number) => t('plans.resources.hours', { hours: formatNumber(n, 0) });
  const rows: TYearRow[] = [
    ...resources.years.map((y) => ({ ...y, key: String(y.year), label: String(y.year) })),
    { ...resources.total, key: 'total', label: t('plans.resources.total') },
  ];
  const columns: TColumn<TYearRow>[] = [
    { id: 'year', header: t('plans.resources.year'), isRowHeader: true, cell: (r) => r.label },
    { id: 'cost', header: t('plans.resources.cost'), align: 'end', cell: (r) => moneyRangeText(r.low, r.high) },
    { id: 'hours', header: t('plans.resources.staffHours'), align: 'end', cell: (r) => hours(r.staffHours) },
    { id: 'without', header: t('plans.resources.withoutAmount'), align: 'end', cell: (r) => r.itemsWithoutAmount },
  ];
  type TAreaRow = TPlanResources['byFocusArea'][number];
  const areaColumns: TColumn<TAreaRow>[] = [
    { id: 'area', header: t('plans.resources.focusArea'), isRowHeader: true, cell: (a) => a.focusAreaName ?? t('plans.resources.noFocusArea') },
    ...resources.years.map((y, index): TColumn<TAreaRow> => ({ id: String(y.year), header: String(y.year), align: 'end', cell: (a) => (a.years[index] ? moneyRangeText(a.years[index].low, a.years[index].high) : '–') })),
    { id: 'total', header: t('plans.resources.total'), align: 'end', cell: (a) => moneyRangeText(a.total.low, a.total.high) },
  ];
  return (
    <section className="stack plan-section" aria-labelledby="plan-resources-heading">
      <Heading level={2} data-size="sm" id="plan-resources-heading">
        {t('plans.resources.heading')}
      </Heading>
      <Paragraph>{t('plans.resources.intro')}</Paragraph>
      <DataTable caption={t('plans.resources.caption')} captionHidden columns={columns} rows={rows} rowKey={(r) => r.key} />
      {resources.byFocusArea.length > 0 && (
        <DataTable caption={t('plans.resources.byFocusArea')} columns={areaColumns} rows={resources.byFocusArea} rowKey={(a) => a.focusAreaId ?? 'none'} />
      )}
    </section>
  );
}
