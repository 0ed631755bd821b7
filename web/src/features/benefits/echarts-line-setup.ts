import { use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the parts of ECharts a benefit's progress chart uses – line, grid, tooltip, mark lines and
 * the SVG renderer. Imported with `import()` from the chart alone (as the matrix does), so it
 * never reaches the first page load.
 */
use([LineChart, GridComponent, TooltipComponent, LegendComponent, MarkLineComponent, SVGRenderer]);

export { init } from '@web/ui/charts/echarts-swedish';
