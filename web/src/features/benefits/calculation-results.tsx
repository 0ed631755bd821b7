import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TCalculation } from '@domain/cost-benefit.contracts';
import { formatMoney, formatRatio, MONEY_SCALES, type MoneyScale } from '@domain/money';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { SelectField } from '@web/ui/form-field';
import { Chart } from '@web/ui/charts/chart';
import type { TChartColours } from '@web/ui/charts/chart-colours';
import { calculationChartOption, cumulativeRows } from '@web/features/benefits/calculation-chart-option';

type TYear = TCalculation['result']['low']['years'][number];

/** Results per year and in total for both scenarios, in kr, tkr or mnkr (exact öre underneath). */
export function CalculationResults({ calc }: { calc: TCalculation }) {
  const { t } = useTranslation();
  const [scale, setScale] = useState<MoneyScale>('tkr');
  const money = (ore: string) => formatMoney(BigInt(ore), scale);
  const ratio = (h: string | null) => (h === null ? t('benefits.calc.noReturn') : formatRatio(BigInt(h)));
  const { low, high } = calc.result;
  const columns: TColumn<TYear>[] = [
    { id: 'year', header: t('benefits.calc.year'), isRowHeader: true, cell: (y) => (y.year === 0 ? t('benefits.calc.total') : String(y.year)) },
    { id: 'cost', header: t('benefits.calc.cost'), align: 'end', cell: (y) => money(y.cost) },
    { id: 'benefit', header: t('benefits.calc.benefit'), align: 'end', cell: (y) => money(y.benefit) },
    { id: 'net', header: t('benefits.calc.net'), align: 'end', cell: (y) => money(y.net) },
    { id: 'cumulative', header: t('benefits.calc.cumulative'), align: 'end', cell: (y) => money(y.cumulativeNet) },
  ];
  const rate = (calc.discountRateBp / 100).toLocaleString('sv-SE');
  const chartTexts = useMemo(() => ({ low: t('benefits.calc.scenarioLow'), high: t('benefits.calc.scenarioHigh'), payback: t('benefits.calc.paybackMark'), kronor: 'kr' }), [t]);
  const chartOption = useCallback((colours: TChartColours) => calculationChartOption(calc, chartTexts, colours), [calc, chartTexts]);
  type TCumulative = ReturnType<typeof cumulativeRows>[number];
  const payback = (year: number) => [low.paybackYear === year ? t('benefits.calc.scenarioLow') : null, high.paybackYear === year ? t('benefits.calc.scenarioHigh') : null].filter(Boolean).join(', ');
  const cumulativeColumns: TColumn<TCumulative>[] = [
    { id: 'year', header: t('benefits.calc.year'), isRowHeader: true, cell: (y) => String(y.year) },
    { id: 'low', header: t('benefits.calc.scenarioLow'), align: 'end', cell: (y) => money(y.low) },
    { id: 'high', header: t('benefits.calc.scenarioHigh'), align: 'end', cell: (y) => money(y.high) },
    { id: 'payback', header: t('benefits.calc.paybackColumn'), cell: (y) => payback(y.year) },
  ];
  return (
    <section aria-labelledby="calc-results-heading" className="benefit-section">
      <Heading level={2} data-size="sm" id="calc-results-heading">
        {t('benefits.calc.resultsHeading')}
      </Heading>
      <Paragraph className="benefit-summary" id="calc-summary">
        {t('benefits.calc.summary', { low: money(low.totalNet), high: money(high.totalNet), lowReturn: ratio(low.returnPerKronaHundredths), highReturn: ratio(high.returnPerKronaHundredths) })}
      </Paragraph>
      <figure className="calc-chart-figure">
        <figcaption id="calc-chart-caption">{t('benefits.calc.chartCaption')}</figcaption>
        <Chart
          loadSetup={() => import('@web/features/benefits/echarts-line-setup')}
          option={chartOption}
          className="calc-chart"
          summary={t('benefits.calc.chartSummary', { low: low.paybackYear ?? t('benefits.calc.never'), high: high.paybackYear ?? t('benefits.calc.never') })}
        />
      </figure>
      <SelectField label={t('benefits.calc.scale')} id="calc-scale" className="form-narrow" options={MONEY_SCALES.map((s) => ({ value: s, label: s }))} value={scale} onChange={(e) => setScale(e.target.value as MoneyScale)} />
      <div role="region" aria-labelledby="calc-cumulative-caption" tabIndex={0} className="table-scroll" id="calc-cumulative">
        <DataTable caption={<span id="calc-cumulative-caption">{t('benefits.calc.chartCaption')}</span>} columns={cumulativeColumns} rows={cumulativeRows(calc)} rowKey={(y) => String(y.year)} />
      </div>
      {(['low', 'high'] as const).map((scenario) => {
        const result = calc.result[scenario];
        const title = scenario === 'low' ? t('benefits.calc.scenarioLow') : t('benefits.calc.scenarioHigh');
        return (
          <div key={scenario} className="stack">
            <Heading level={3} data-size="xs">
              {title}
            </Heading>
            <DataTable caption={title} captionHidden columns={columns} rows={[...result.years, { year: 0, cost: result.totalCost, benefit: result.totalBenefit, net: result.totalNet, cumulativeNet: result.totalNet }]} rowKey={(y) => String(y.year)} />
            <dl className="assessment-facts assessment-facts--grid">
              <div>
                <dt>{t('benefits.calc.total')}</dt>
                <dd>{money(result.totalNet)}</dd>
              </div>
              <div>
                <dt>{t('benefits.calc.payback')}</dt>
                <dd>{result.paybackYear ?? t('benefits.calc.never')}</dd>
              </div>
              <div>
                <dt>{t('benefits.calc.returnPerKrona')}</dt>
                <dd>{ratio(result.returnPerKronaHundredths)}</dd>
              </div>
              <div>
                <dt>{t('benefits.calc.npv', { rate })}</dt>
                <dd>{money(result.netPresentValue)}</dd>
              </div>
            </dl>
          </div>
        );
      })}
    </section>
  );
}
