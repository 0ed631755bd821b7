import { use } from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the parts of ECharts the start page's small charts use – bars on a grid, tooltip, legend
 * and the SVG renderer. Imported with `import()` by those charts alone, so they never reach the
 * first page load.
 */
use([BarChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init } from '@web/ui/charts/echarts-swedish';
