import { use } from 'echarts/core';
import { ScatterChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';

/**
 * Only the parts of ECharts the matrix draws with — scatter, grid, tooltip, mark areas and lines,
 * label layout and the SVG renderer — so the chart chunk stays small. Imported with `import()`
 * from the matrix chart alone: never part of the first page load.
 */
use([ScatterChart, GridComponent, TooltipComponent, MarkAreaComponent, MarkLineComponent, LabelLayout, SVGRenderer]);

export { init } from '@web/ui/charts/echarts-swedish';
