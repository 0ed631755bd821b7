import type { TIntegration } from '@domain/integrations.contracts';

/**
 * The ECharts graph option: one node per system, one edge per integration. Double entry is drawn
 * dashed and in the danger colour and named in the edge label, so it is not told by colour alone.
 */
export function integrationGraphOption(integrations: readonly TIntegration[], texts: { doubleEntry: string }, colours: { edge: string; danger: string; node: string; text: string }) {
  const names = [...new Set(integrations.flatMap((i) => [i.fromSystemName, i.toSystemName]))].sort((a, b) => a.localeCompare(b, 'sv'));
  return {
    animation: false,
    tooltip: { trigger: 'item', formatter: (params: { dataType?: string; name: string; value?: unknown }) => (params.dataType === 'edge' ? String(params.value) : params.name) },
    series: [
      {
        type: 'graph',
        layout: 'circular',
        circular: { rotateLabel: false },
        roam: false,
        symbolSize: 44,
        label: { show: true, position: 'bottom', color: colours.text, fontSize: 14 },
        itemStyle: { color: colours.node },
        edgeSymbol: ['none', 'arrow'],
        edgeSymbolSize: 10,
        edgeLabel: { show: false },
        data: names.map((name) => ({ name })),
        links: integrations.map((i) => ({
          source: i.fromSystemName,
          target: i.toSystemName,
          value: i.doubleEntry ? `${i.information} (${texts.doubleEntry})` : i.information,
          symbol: i.direction === 'two_way' ? ['arrow', 'arrow'] : ['none', 'arrow'],
          lineStyle: { color: i.doubleEntry ? colours.danger : colours.edge, width: 2, type: i.doubleEntry ? 'dashed' : 'solid', curveness: 0.15 },
        })),
      },
    ],
  };
}

/** The graph's colours from the design tokens, so it follows the theme. */
export function graphColours(element: HTMLElement) {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    edge: token('--ds-color-neutral-text-subtle', '#555'),
    danger: token('--ds-color-danger-base-default', '#c22'),
    node: token('--ds-color-accent-base-default', '#0062ba'),
    text: token('--ds-color-neutral-text-default', '#1e2b3c'),
  };
}
