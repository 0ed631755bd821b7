import { use } from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the parts of ECharts the årshjul draws with – two pie rings, the year in the middle, the
 * tooltip and the SVG renderer. Imported with `import()` by the wheel alone, so it never reaches
 * the first page load.
 */
use([PieChart, TitleComponent, TooltipComponent, SVGRenderer]);

export { init } from '@web/ui/charts/echarts-swedish';
