import { describe, expect, it } from 'vitest';
import { costLinesFromEstimate } from '@domain/cost-estimate-start';
import type { CostEstimate } from '@domain/cost-estimate';

const estimate = (over: Partial<CostEstimate>): CostEstimate => ({ low: null, high: null, recurrence: 'one_off', note: '', ...over });

describe('the nyttokalkyl starting from a need’s estimated cost', () => {
  it('starts a one-off cost as an investment in the start year only', () => {
    expect(costLinesFromEstimate(estimate({ low: 1_500_000n, note: 'licens' }), 2027, 5)).toEqual([
      { kind: 'investment', label: 'licens', fromYear: 2027, toYear: 2027, quantity: 1, unitAmount: 1_500_000n },
    ]);
  });

  it('runs a yearly or monthly cost through every year of the period, from the high end of a range', () => {
    expect(costLinesFromEstimate(estimate({ low: 4_000_000n, high: 6_000_000n, recurrence: 'per_year', note: 'beroende på lösning' }), 2027, 5)).toEqual([
      { kind: 'running_yearly', label: 'beroende på lösning', fromYear: 2027, toYear: 2031, quantity: 1, unitAmount: 6_000_000n },
    ]);
    expect(costLinesFromEstimate(estimate({ low: 50_000n, recurrence: 'per_month' }), 2026, 3)[0]).toMatchObject({ kind: 'running_monthly', fromYear: 2026, toYear: 2028 });
  });

  it('starts a cost per unit or per hour at quantity 1, labelled with the estimate when there is no note', () => {
    expect(costLinesFromEstimate(estimate({ low: 400_000n, recurrence: 'per_unit' }), 2027, 2)).toEqual([
      { kind: 'per_unit', label: 'Uppskattad kostnad: Ca 4\u00a0000\u00a0kr/enhet', fromYear: 2027, toYear: 2028, quantity: 1, unitAmount: 400_000n },
    ]);
    expect(costLinesFromEstimate(estimate({ low: 125_000n, recurrence: 'per_hour', note: 'konsultarvode' }), 2027, 1)[0]).toMatchObject({ kind: 'internal_hours', quantity: 1, label: 'konsultarvode' });
  });

  it('starts with no line when nothing or only a note is known', () => {
    expect(costLinesFromEstimate(null, 2027, 5)).toEqual([]);
    expect(costLinesFromEstimate(estimate({ note: 'tid, lönekostnad' }), 2027, 5)).toEqual([]);
  });
});
