import { use } from 'echarts/core';
import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/** Only the graph series, tooltip and SVG renderer: loaded with `import()` by the integrations page alone. */
use([GraphChart, TooltipComponent, SVGRenderer]);

export { init } from '@web/ui/charts/echarts-swedish';
