/** Colours for a chart from the design system's tokens, with fallbacks for a page without them. */
export type TChartColours = { text: string; muted: string; series: readonly string[]; target: string };

export function chartColours(element: Element): TChartColours {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: token('--ds-color-neutral-text-default', '#1e2b3c'),
    muted: token('--ds-color-neutral-text-subtle', '#4e5b6c'),
    series: [token('--ds-color-accent-base-default', '#0062ba'), token('--ds-color-success-base-default', '#068718'), token('--ds-color-warning-base-default', '#b25000')],
    target: token('--ds-color-success-base-default', '#068718'),
  };
}
