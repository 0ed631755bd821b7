import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { init, use } from 'echarts/core';
import { LineChart } from 'echarts/charts';
import { GridComponent, MarkLineComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { CHART_LOCALE } from '@web/ui/charts/echarts-swedish';
import { chartDay, chartMonth, chartNumber } from '@web/ui/charts/chart-format';
import { niceExtent } from '@web/ui/charts/nice-extent';

const WEB = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // Tests and the tests' server-side renderer (which passes the Swedish locale itself) aside.
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') && name !== 'render-chart-svg.ts' ? [path] : [];
  });
}

describe('every chart speaks Swedish', () => {
  it('starts every chart through the Swedish init, so no chart can show English months', () => {
    const files = sourceFiles(WEB).map((path) => ({ path: relative(WEB, path), text: readFileSync(path, 'utf8') }));
    const setups = files.filter((file) => /^import \{[^}]*\} from 'echarts\/(charts|components)'/m.test(file.text));
    expect(setups.length).toBeGreaterThanOrEqual(5);
    for (const setup of setups) expect(setup.text, setup.path).toContain("export { init } from '@web/ui/charts/echarts-swedish';");
    const ownInit = files.filter((file) => /import \{[^}]*\binit\b[^}]*\} from 'echarts\/core'/.test(file.text)).map((file) => file.path);
    expect(ownInit).toEqual(['ui/charts/echarts-swedish.ts']);
  });

  it('writes months on a time axis as "jan", "feb" … with the Swedish locale', () => {
    use([LineChart, GridComponent, MarkLineComponent, SVGRenderer]);
    const chart = init(null as unknown as HTMLElement, null, { renderer: 'svg', ssr: true, width: 640, height: 240, locale: CHART_LOCALE });
    chart.setOption({
      animation: false,
      xAxis: { type: 'time', min: '2026-01-01', max: '2026-12-01', axisLabel: { formatter: { year: '{yyyy}', month: '{MMM}' } } },
      yAxis: { type: 'value' },
      series: [{ type: 'line', data: [['2026-01-01', 1], ['2026-12-01', 2]] }],
    });
    const svg = chart.renderToSVGString();
    chart.dispose();
    expect(svg).toMatch(/>maj</);
    expect(svg).toMatch(/>okt</);
    expect(svg).not.toMatch(/>May</);
  });

  it('formats chart numbers and dates the Swedish way', () => {
    expect(chartNumber(1234.5).replace(/\u00a0/g, ' ')).toBe('1 234,5');
    expect(chartNumber(2_500_000)).toBe('2,5 mn');
    expect(chartMonth('2026-10-15')).toBe('okt 2026');
    expect(chartDay('2026-05-03')).toBe('3 maj 2026');
  });

  it('widens an axis to hold a target beyond the data, on round numbers', () => {
    expect(niceExtent([12, 14, 15, 40])).toEqual({ min: 10, max: 40 });
    expect(niceExtent([3, 4, 0.5])).toEqual({ min: 0, max: 4 });
    expect(niceExtent([-20, 5])).toEqual({ min: -20, max: 10 });
    expect(niceExtent([])).toEqual({ min: 0, max: 1 });
  });
});
