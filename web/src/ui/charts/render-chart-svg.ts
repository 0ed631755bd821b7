import { init, use, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_LOCALE } from '@web/ui/charts/echarts-swedish';

/**
 * For tests: draws a chart option as the browser would (ECharts' server-side SVG, Swedish locale)
 * and returns the SVG text, so a test can read the labels a user would see.
 */
export function renderChartSvg(option: EChartsCoreOption, size = { width: 640, height: 320 }): string {
  use([LineChart, BarChart, GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent, TooltipComponent, SVGRenderer]);
  const chart = init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, ...size, locale: CHART_LOCALE });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg.replace(/\u00a0/g, ' ');
}

/** The texts drawn in an SVG, in order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!.replace(/&#x2212;|−/g, '−'));
}
