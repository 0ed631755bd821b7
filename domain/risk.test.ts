import { describe, expect, it } from 'vitest';
import { RISK_SCALE, riskLevel, riskValue } from '@domain/risk';

describe('risk values', () => {
  it('multiplies likelihood by consequence', () => {
    expect(riskValue(1, 1)).toBe(1);
    expect(riskValue(2, 3)).toBe(6);
    expect(riskValue(4, 4)).toBe(16);
  });

  it('refuses ratings outside 1–4', () => {
    expect(() => riskValue(0, 2)).toThrow(RangeError);
    expect(() => riskValue(2, 5)).toThrow(RangeError);
    expect(() => riskValue(1.5, 2)).toThrow(RangeError);
  });

  it('puts every cell of the 4×4 matrix in the expected level band', () => {
    const levels = RISK_SCALE.map((l) => RISK_SCALE.map((c) => riskLevel(riskValue(l, c))));
    expect(levels).toEqual([
      ['low', 'low', 'low', 'medium'],
      ['low', 'medium', 'medium', 'high'],
      ['low', 'medium', 'high', 'very_high'],
      ['medium', 'high', 'very_high', 'very_high'],
    ]);
  });

  it('never gives a lower level to a larger value', () => {
    const order = ['low', 'medium', 'high', 'very_high'];
    for (let v = 1; v < 16; v++) expect(order.indexOf(riskLevel(v + 1))).toBeGreaterThanOrEqual(order.indexOf(riskLevel(v)));
  });
});
