import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlanItems, type DiffItem } from '@domain/plan-diff';

const base = (key: string, over: Partial<DiffItem> = {}): DiffItem => ({
  key,
  title: `Post ${key}`,
  timing: { kind: 'year', year: 2023 },
  horizon: 'short',
  cost: { low: 1_500_000n, high: null, recurrence: 'one_off', note: '' },
  priority: '1',
  ...over,
});

describe('comparing two versions of a plan', () => {
  it('tells added, removed, moved, re-costed and re-prioritised items apart', () => {
    const before = [base('a'), base('b'), base('c'), base('d')];
    const after = [
      base('a'),
      base('b', { timing: { kind: 'year', year: 2024 } }),
      base('c', { cost: { low: 4_000_000n, high: 6_000_000n, recurrence: 'one_off', note: '' }, priority: '2' }),
      base('e'),
    ];
    const diff = diffPlanItems(before, after);
    expect(diff.added.map((i) => i.key)).toEqual(['e']);
    expect(diff.removed.map((i) => i.key)).toEqual(['d']);
    expect(diff.changed.map((c) => [c.key, c.kinds])).toEqual([
      ['b', ['moved']],
      ['c', ['recosted', 'reprioritised']],
    ]);
    expect(diff.unchangedCount).toBe(1);
  });

  it('finds nothing changed between a version and itself, and accounts for every item', () => {
    const keys = fc.uniqueArray(fc.constantFrom(...'abcdefghij'.split('')), { maxLength: 10 });
    fc.assert(
      fc.property(keys, keys, (k1, k2) => {
        const before = k1.map((k) => base(k));
        const after = k2.map((k) => base(k));
        expect(diffPlanItems(before, before)).toEqual({ added: [], removed: [], changed: [], unchangedCount: before.length });
        const diff = diffPlanItems(before, after);
        expect(diff.added.length + diff.changed.length + diff.unchangedCount).toBe(after.length);
        expect(diff.removed.length + diff.changed.length + diff.unchangedCount).toBe(before.length);
      }),
    );
  });
});
