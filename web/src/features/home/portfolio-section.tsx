import { useMemo, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { THomePortfolio } from '@domain/home.contracts';
import { formatMoney } from '@domain/money';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatNumber } from '@web/ui/format';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { HomeChart } from '@web/features/home/home-chart';
import { axisNumber } from '@web/features/home/home-chart-option';

type TCountRow = { key: string; label: string; count: number; to: string };
type TMoneyRow = { key: string; label: string; ore: string };

const kronor = (ore: string) => Number(BigInt(ore) / 100n);
const moneyAxis = (value: number) => `${axisNumber(value)} kr`;

/** One figure: a heading, a small chart and its data table (or a sentence when there is nothing). */
function Figure({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="home-figure stack">
      <Heading level={3} data-size="2xs" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A count per category, each row linking to the list behind it. */
function CountFigure({ id, title, rows }: { id: string; title: string; rows: readonly TCountRow[] }) {
  const { t } = useTranslation();
  const bars = useMemo(() => rows.map((row) => ({ label: row.label, values: [row.count] })), [rows]);
  const series = useMemo(() => [t('start.portfolio.count')], [t]);
  const columns: TColumn<TCountRow>[] = [
    {
      id: 'label',
      header: t('start.portfolio.kind'),
      isRowHeader: true,
      cell: (row) => (
        <Link asChild>
          <RouterLink to={row.to}>{row.label}</RouterLink>
        </Link>
      ),
    },
    { id: 'count', header: t('start.portfolio.count'), align: 'end', cell: (row) => formatNumber(row.count, 0) },
  ];
  const summary = t('start.portfolio.chartSummary', { title, values: rows.map((row) => `${row.label} ${formatNumber(row.count, 0)}`).join(', ') });
  return (
    <Figure id={id} title={title}>
      {rows.length === 0 ? (
        <Paragraph>{t('start.portfolio.empty')}</Paragraph>
      ) : (
        <>
          <HomeChart bars={bars} seriesNames={series} summary={summary} />
          <DataTable caption={title} captionHidden columns={columns} rows={rows} rowKey={(row) => row.key} />
        </>
      )}
    </Figure>
  );
}

function MoneyTable({ caption, rows }: { caption: string; rows: readonly TMoneyRow[] }) {
  const { t } = useTranslation();
  const columns: TColumn<TMoneyRow>[] = [
    { id: 'label', header: t('start.portfolio.kind'), isRowHeader: true, cell: (row) => row.label },
    { id: 'amount', header: t('start.portfolio.amount'), align: 'end', cell: (row) => formatMoney(BigInt(row.ore), 'kr') },
  ];
  return <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(row) => row.key} />;
}

/**
 * For the coordinator, OLG, the förvaltningschef and viewers: the portfolio in figures – needs by
 * status, running initiatives by stage and by form, benefit planned vs realised and this year's
 * money – each a small chart with a data table whose rows lead to the list behind them.
 */
export function PortfolioSection({ portfolio }: { portfolio: THomePortfolio }) {
  const { t } = useTranslation();
  const needs = useMemo<TCountRow[]>(
    () => portfolio.needsByStatus.map((row) => ({ key: row.key, label: t(`needStatus.${row.key}`), count: row.count, to: `${paths.needs}?status=${row.key}` })),
    [portfolio, t],
  );
  const stages = useMemo<TCountRow[]>(
    () => portfolio.initiativesByStage.map((row) => ({ key: String(row.key), label: stageLabel(row.key), count: row.count, to: `${paths.initiatives}?stage=${row.key}&status=active` })),
    [portfolio],
  );
  const forms = useMemo<TCountRow[]>(
    () => portfolio.initiativesByForm.map((row) => ({ key: row.key, label: t(`decisions.forms.${row.key}`), count: row.count, to: `${paths.initiatives}?form=${row.key}&status=active` })),
    [portfolio, t],
  );
  const { benefits, thisYear } = portfolio;
  const benefitBars = useMemo(
    () => [
      { label: t('start.portfolio.benefitBar'), values: [kronor(benefits.plannedBenefit), kronor(benefits.realisedBenefit)] },
      { label: t('start.portfolio.costBar'), values: [kronor(benefits.plannedCost), kronor(benefits.realisedCost)] },
    ],
    [benefits, t],
  );
  const benefitSeries = useMemo(() => [t('start.portfolio.planned'), t('start.portfolio.realised')], [t]);
  const benefitRows: TMoneyRow[] = [
    { key: 'plannedBenefit', label: t('start.portfolio.plannedBenefit'), ore: benefits.plannedBenefit },
    { key: 'realisedBenefit', label: t('start.portfolio.realisedBenefit'), ore: benefits.realisedBenefit },
    { key: 'plannedCost', label: t('start.portfolio.plannedCost'), ore: benefits.plannedCost },
    { key: 'realisedCost', label: t('start.portfolio.realisedCost'), ore: benefits.realisedCost },
  ];
  const benefitSummary = t('start.portfolio.chartSummary', {
    title: t('start.portfolio.benefit'),
    values: benefitRows.map((row) => `${row.label} ${formatMoney(BigInt(row.ore), 'kr')}`).join(', '),
  });
  const yearTitle = t('start.portfolio.thisYear', { year: thisYear.year });

  return (
    <section aria-labelledby="portfolio-heading" className="stack">
      <Heading level={2} data-size="sm" id="portfolio-heading">
        {t('start.portfolio.heading')}
      </Heading>
      <div className="home-figures">
        <CountFigure id="figure-needs" title={t('start.portfolio.needsByStatus')} rows={needs} />
        <CountFigure id="figure-stages" title={t('start.portfolio.initiativesByStage')} rows={stages} />
        <CountFigure id="figure-forms" title={t('start.portfolio.initiativesByForm')} rows={forms} />
        <Figure id="figure-benefit" title={t('start.portfolio.benefit')}>
          <HomeChart bars={benefitBars} seriesNames={benefitSeries} summary={benefitSummary} format={moneyAxis} />
          <MoneyTable caption={t('start.portfolio.benefit')} rows={benefitRows} />
          <Paragraph data-size="sm">
            {t('start.portfolio.benefitsRealised', { realised: benefits.realisedCount, count: benefits.benefitCount })} {t('start.portfolio.fromCalculations')}
          </Paragraph>
          <Link asChild>
            <RouterLink to={paths.benefitPortfolio}>{t('start.portfolio.toBenefitPortfolio')}</RouterLink>
          </Link>
        </Figure>
        <Figure id="figure-year" title={yearTitle}>
          <MoneyTable
            caption={yearTitle}
            rows={[
              { key: 'cost', label: t('start.portfolio.plannedCostThisYear'), ore: thisYear.plannedCost },
              { key: 'benefit', label: t('start.portfolio.plannedBenefitThisYear'), ore: thisYear.plannedBenefit },
            ]}
          />
          <Paragraph data-size="sm">{t('start.portfolio.fromCalculations')}</Paragraph>
          <Link asChild>
            <RouterLink to={`${paths.benefitPortfolio}?ar=${thisYear.year}`}>{t('start.portfolio.toBenefitYear', { year: thisYear.year })}</RouterLink>
          </Link>
        </Figure>
      </div>
    </section>
  );
}
