import { init as initECharts, registerLocale, type EChartsType } from 'echarts/core';
import swedish from 'echarts/lib/i18n/langSV.js';

/** The name every Digiplan chart is initialised with: ECharts' Swedish locale. */
export const CHART_LOCALE = 'SV';

registerLocale(CHART_LOCALE, swedish);

/**
 * `init` for every chart's setup module (re-exported from there): the ECharts instance speaks
 * Swedish – months `jan`, `feb` … `okt` on time axes, Swedish legend and toolbox texts – whatever
 * options the caller passes. Numbers are Swedish through the formatters in `chart-format.ts`.
 */
export function init(element: HTMLElement, theme: null, options: { renderer: 'svg' }): EChartsType {
  return initECharts(element, theme, { ...options, locale: CHART_LOCALE });
}
