/** ECharts' own Swedish locale (month and day names, legend and toolbox texts); it ships without types. */
declare module 'echarts/lib/i18n/langSV.js' {
  import type { EChartsInitOpts } from 'echarts/core';
  const locale: Exclude<EChartsInitOpts['locale'], string | undefined>;
  export default locale;
}
