import { describe, expect, it } from 'vitest';
import { parseCostEstimateText } from '@domain/cost-estimate-text';

const estimate = (low: string | null, high: string | null, recurrence: string, note = '') => ({ ok: true, value: { low, high, recurrence, note } });

describe('reading an estimated cost as a plan document writes it', () => {
  it('reads seed 000’s amounts, ranges and recurring costs as öre', () => {
    expect(parseCostEstimateText('Ca 15 000 kr')).toEqual(estimate('1500000', null, 'one_off'));
    expect(parseCostEstimateText('Ca 40 000-60 000 kr')).toEqual(estimate('4000000', '6000000', 'one_off'));
    expect(parseCostEstimateText('40 000–60 000 kr')).toEqual(estimate('4000000', '6000000', 'one_off'));
    expect(parseCostEstimateText('150 000 kr/år')).toEqual(estimate('15000000', null, 'per_year'));
    expect(parseCostEstimateText('40–60 tkr')).toEqual(estimate('4000000', '6000000', 'one_off'));
    expect(parseCostEstimateText(15000)).toEqual(estimate('1500000', null, 'one_off'));
  });

  it('keeps what the plan wrote beside the amount as the note, so nothing is lost', () => {
    expect(parseCostEstimateText('4000 kr/skåp')).toEqual(estimate('400000', null, 'per_unit', '4000 kr/skåp'));
    expect(parseCostEstimateText('4000 kr/st plus månadskostnad')).toEqual(estimate('400000', null, 'per_unit', '4000 kr/st plus månadskostnad'));
    expect(parseCostEstimateText('Konsultarvode 1250 kr/h')).toEqual(estimate('125000', null, 'per_hour', 'Konsultarvode 1250 kr/h'));
    expect(parseCostEstimateText('Tid, lönekostnad')).toEqual(estimate(null, null, 'one_off', 'Tid, lönekostnad'));
    expect(parseCostEstimateText('Månadskostnad')).toEqual(estimate(null, null, 'per_month', 'Månadskostnad'));
    expect(parseCostEstimateText('39 500 kr + 6 000 kr/mån')).toEqual(estimate(null, null, 'one_off', '39 500 kr + 6 000 kr/mån'));
    expect(parseCostEstimateText(null)).toEqual({ ok: true, value: null });
    expect(parseCostEstimateText('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses a range that runs downwards, a negative number and a note longer than an estimate keeps', () => {
    expect(parseCostEstimateText('60 000–40 000 kr').ok).toBe(false);
    expect(parseCostEstimateText(-5).ok).toBe(false);
    expect(parseCostEstimateText('x'.repeat(301)).ok).toBe(false);
  });
});
