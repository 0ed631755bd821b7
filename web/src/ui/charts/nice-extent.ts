/**
 * An axis range that holds every value given (data, target, baseline) on round numbers, so a
 * target outside the measured values is still drawn and the axis does not end at the data. A
 * range of non-negative values starts at 0 or above, never below.
 */
export function niceExtent(values: readonly number[], ticks = 4): { min: number; max: number } {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return { min: 0, max: 1 };
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    const pad = low === 0 ? 1 : Math.abs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const rough = (high - low) / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * magnitude >= rough) ?? 10) * magnitude;
  const nonNegative = Math.min(...finite) >= 0;
  const min = Math.floor(low / step) * step;
  return { min: nonNegative ? Math.max(0, min) : min, max: Math.ceil(high / step) * step };
}
