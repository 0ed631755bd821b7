import { focusAreasLabel } from '@domain/need-scope';
import { useMemo, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TPortfolioGroup, TPortfolioRow } from '@domain/benefit-follow-up.contracts';
import { formatMoney, MONEY_SCALES, type MoneyScale } from '@domain/money';
import { apiUrl } from '@web/api/client';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ExportLink } from '@web/ui/export-link';
import { SelectField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { usePortfolio } from '@web/features/benefits/benefits.api';
import { HomeChart } from '@web/features/home/home-chart';
import { axisNumber } from '@web/features/home/home-chart-option';
import { portfolioYears, type TPortfolioYear } from '@web/features/benefits/portfolio-years';
import '@web/features/benefits/benefits.css';

const kronor = (ore: string) => Number(BigInt(ore) / 100n);
const moneyAxis = (value: number) => `${axisNumber(value)} kr`;

/** Planned (low) vs realised benefit per year as bars, with the same figures in a table beside them. */
function PortfolioYearsFigure({ years, money }: { years: readonly TPortfolioYear[]; money: (ore: string) => string }) {
  const { t } = useTranslation();
  const bars = useMemo(() => years.map((y) => ({ label: String(y.year), values: [kronor(y.plannedLow), kronor(y.actual)] })), [years]);
  const series = useMemo(() => [t('benefits.portfolio.chartPlanned'), t('benefits.portfolio.chartRealised')], [t]);
  const columns: TColumn<TPortfolioYear>[] = [
    { id: 'year', header: t('benefits.portfolio.year'), isRowHeader: true, cell: (y) => String(y.year) },
    { id: 'planned', header: t('benefits.portfolio.plannedBenefit'), align: 'end', cell: (y) => `${money(y.plannedLow)} – ${money(y.plannedHigh)}` },
    { id: 'actual', header: t('benefits.portfolio.chartRealised'), align: 'end', cell: (y) => money(y.actual) },
  ];
  if (years.length === 0) return null;
  return (
    <section aria-labelledby="portfolio-years-heading" className="benefit-section">
      <Heading level={2} data-size="sm" id="portfolio-years-heading">
        {t('benefits.portfolio.chartCaption')}
      </Heading>
      <figure className="portfolio-chart-figure">
        <HomeChart bars={bars} seriesNames={series} summary={t('benefits.portfolio.chartSummary', { count: years.length })} format={moneyAxis} />
      </figure>
      <div role="region" aria-labelledby="portfolio-years-caption" tabIndex={0} className="table-scroll" id="portfolio-years">
        <DataTable caption={<span id="portfolio-years-caption">{t('benefits.portfolio.chartCaption')}</span>} captionHidden columns={columns} rows={years} rowKey={(y) => String(y.year)} />
      </div>
    </section>
  );
}


/** /nyttorealisering: planned vs realised benefit and cost for all initiatives; filters, gaps, export. */
export function PortfolioPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = { focusAreaId: params.get('fokusomrade') ?? undefined, year: params.get('ar') ?? undefined };
  const [draft, setDraft] = useState({ focusAreaId: filters.focusAreaId ?? '', year: filters.year ?? '' });
  const [scale, setScale] = useState<MoneyScale>('tkr');
  const money = (ore: string) => formatMoney(BigInt(ore), scale);
  const all = usePortfolio({});
  const query = usePortfolio(filters);
  const years = useMemo(() => portfolioYears(query.data?.groups ?? []), [query.data]);
  const focusAreas = new Map((all.data?.rows ?? []).flatMap((r) => r.focusAreas.map((area) => [area.id, area.name] as const)));
  const rowColumns: TColumn<TPortfolioRow>[] = [
    {
      id: 'title',
      header: t('benefits.portfolio.initiative'),
      isRowHeader: true,
      sortValue: (r) => r.title,
      cell: (r) => (
        <Link asChild>
          <RouterLink to={paths.initiativeFollowUp(r.initiativeId)}>{r.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'focus', header: t('benefits.portfolio.focusArea'), sortValue: (r) => focusAreasLabel(r.focusAreas), cell: (r) => focusAreasLabel(r.focusAreas) || t('benefits.portfolio.noFocusArea') },
    { id: 'plannedCost', header: t('benefits.portfolio.plannedCost'), align: 'end', sortValue: (r) => Number(r.plannedCost), cell: (r) => money(r.plannedCost) },
    { id: 'plannedBenefit', header: t('benefits.portfolio.plannedBenefit'), align: 'end', sortValue: (r) => Number(r.plannedBenefitLow), cell: (r) => `${money(r.plannedBenefitLow)} – ${money(r.plannedBenefitHigh)}` },
    { id: 'actualCost', header: t('benefits.portfolio.actualCost'), align: 'end', sortValue: (r) => Number(r.actualCost), cell: (r) => money(r.actualCost) },
    { id: 'actualBenefit', header: t('benefits.portfolio.actualBenefit'), align: 'end', sortValue: (r) => Number(r.actualBenefit), cell: (r) => money(r.actualBenefit) },
    { id: 'gap', header: t('benefits.portfolio.gap'), align: 'end', sortValue: (r) => Number(r.gap), cell: (r) => money(r.gap) },
    { id: 'benefits', header: t('benefits.portfolio.benefits'), align: 'end', cell: (r) => `${r.benefitCount} (${r.realisedCount})` },
    { id: 'atRisk', header: t('benefits.portfolio.atRisk'), align: 'end', sortValue: (r) => r.atRiskCount, cell: (r) => String(r.atRiskCount) },
    { id: 'due', header: t('benefits.portfolio.due'), align: 'end', sortValue: (r) => r.dueCount, cell: (r) => String(r.dueCount) },
  ];
  const groupColumns: TColumn<TPortfolioGroup>[] = [
    { id: 'area', header: t('benefits.portfolio.focusArea'), isRowHeader: true, cell: (g) => `${g.focusAreaName} ${g.year}` },
    { id: 'plannedCost', header: t('benefits.portfolio.plannedCost'), align: 'end', cell: (g) => money(g.plannedCost) },
    { id: 'plannedBenefit', header: t('benefits.portfolio.plannedBenefit'), align: 'end', cell: (g) => `${money(g.plannedBenefitLow)} – ${money(g.plannedBenefitHigh)}` },
    { id: 'actualCost', header: t('benefits.portfolio.actualCost'), align: 'end', cell: (g) => money(g.actualCost) },
    { id: 'actualBenefit', header: t('benefits.portfolio.actualBenefit'), align: 'end', cell: (g) => money(g.actualBenefit) },
  ];
  return (
    <>
      <PageHeading>{t('benefits.portfolio.title')}</PageHeading>
      <Paragraph>{t('benefits.portfolio.intro')}</Paragraph>
      <ul className="benefit-links">
        <li>
          <Link asChild>
            <RouterLink to={paths.dueMeasurements}>{t('benefits.portfolio.dueLink')}</RouterLink>
          </Link>
        </li>
        <li>
          <Link asChild>
            <RouterLink to={paths.lessons}>{t('benefits.portfolio.lessonsLink')}</RouterLink>
          </Link>
        </li>
      </ul>
      <form
        className="benefit-inline"
        aria-label={t('benefits.portfolio.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          const next = new URLSearchParams();
          if (draft.focusAreaId) next.set('fokusomrade', draft.focusAreaId);
          if (draft.year) next.set('ar', draft.year);
          setParams(next);
        }}
      >
        <SelectField
          label={t('benefits.portfolio.focusArea')}
          id="portfolio-focus"
          options={[...focusAreas].map(([value, label]) => ({ value, label }))}
          placeholder={t('benefits.portfolio.all')}
          value={draft.focusAreaId}
          onChange={(e) => setDraft({ ...draft, focusAreaId: e.target.value })}
        />
        <SelectField
          label={t('benefits.portfolio.year')}
          id="portfolio-year"
          options={(all.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) }))}
          placeholder={t('benefits.portfolio.all')}
          value={draft.year}
          onChange={(e) => setDraft({ ...draft, year: e.target.value })}
        />
        <Button type="submit" variant="secondary">
          {t('benefits.portfolio.apply')}
        </Button>
      </form>
      <ExportLink href={apiUrl('/benefit-portfolio/export', filters)} text={t('benefits.portfolio.export')} hint={t('benefits.portfolio.exportHint')} />
      <SelectField label={t('benefits.calc.scale')} id="portfolio-scale" className="form-narrow" options={MONEY_SCALES.map((s) => ({ value: s, label: s }))} value={scale} onChange={(e) => setScale(e.target.value as MoneyScale)} />
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <PortfolioYearsFigure years={years} money={money} />
          <DataTable caption={t('benefits.portfolio.caption')} columns={rowColumns} rows={query.data.rows} rowKey={(r) => r.initiativeId} emptyText={t('benefits.portfolio.empty')} />
          <section aria-labelledby="portfolio-groups-heading" className="benefit-section">
            <Heading level={2} data-size="sm" id="portfolio-groups-heading">
              {t('benefits.portfolio.groupsCaption')}
            </Heading>
            <DataTable caption={t('benefits.portfolio.groupsCaption')} captionHidden columns={groupColumns} rows={query.data.groups} rowKey={(g) => `${g.focusAreaName}|${g.year}`} emptyText={t('benefits.portfolio.empty')} />
          </section>
        </>
      )}
    </>
  );
}
