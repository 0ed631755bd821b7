import { useCallback } from 'react';
import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import { Chart } from '@web/ui/charts/chart';
import { benefitChartColours, benefitChartOption } from '@web/features/benefits/benefit-chart-option';

/**
 * A benefit's progress as a line chart with its target (ECharts, loaded lazily). One image to
 * screen readers, named by `summary`; the data table beside it carries the values.
 */
export function BenefitChart({ benefit, measurements, summary, texts }: { benefit: TBenefit; measurements: readonly TMeasurement[]; summary: string; texts: { value: string; baseline: string; target: string } }) {
  const option = useCallback((colours: Parameters<typeof benefitChartColours>[0]) => benefitChartOption(benefit, measurements, texts, benefitChartColours(colours)), [benefit, measurements, texts]);
  return <Chart loadSetup={() => import('@web/features/benefits/echarts-line-setup')} option={option} summary={summary} className="benefit-chart" />;
}
