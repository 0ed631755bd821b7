import { use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the parts of ECharts the roadmap draws with – stacked bars on a grid, tooltip, legend and
 * the SVG renderer. Imported with `import()` by the roadmap chart alone, so it never reaches the
 * first page load.
 */
use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init } from '@web/ui/charts/echarts-swedish';
