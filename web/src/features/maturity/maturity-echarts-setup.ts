import { use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

/** Only what the maturity chart draws with (lines on a grid); loaded with `import()` by that chart alone. */
use([LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

export { init } from '@web/ui/charts/echarts-swedish';
