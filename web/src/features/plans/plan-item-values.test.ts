import { describe, expect, it } from 'vitest';
import type { TPlanItem } from '@domain/plans.contracts';
import { formFieldOfPath, itemFormOf, itemInputFromForm, moveInputFromForm, timingFormOf, withCandidate, type TItemForm } from '@web/features/plans/plan-item-values';

const period = { startYear: 2026, endYear: 2028 };
const form = (over: Partial<TItemForm> = {}): TItemForm => ({ ...itemFormOf(undefined, period), title: 'Digital nattillsyn', ...over });

describe('the plan item form', () => {
  it('sends a cost range typed the Swedish way as öre strings, and staff hours only for the years filled in', () => {
    const result = itemInputFromForm(form({ costKind: 'range', low: '40 000', high: '60\u00a0000,50', recurrence: 'per_year', staffHours: [{ year: 2026, hours: '120' }, { year: 2027, hours: '' }, { year: 2028, hours: '' }] }), period);
    expect(result).toMatchObject({ ok: true, value: { cost: { low: '4000000', high: '6000050', recurrence: 'per_year' }, staffHours: [{ year: 2026, hours: 120 }], priority: null, needId: null } });
  });

  it('tells the coordinator which field is wrong when the range runs backwards or an amount is not kronor', () => {
    const inverted = itemInputFromForm(form({ costKind: 'range', low: '60 000', high: '40 000' }), period);
    expect(inverted).toEqual({ ok: false, issues: [{ field: 'high', code: 'rangeInverted' }] });
    const text = itemInputFromForm(form({ costKind: 'amount', low: 'ca 5000' }), period);
    expect(text).toEqual({ ok: false, issues: [{ field: 'low', code: 'kronor' }] });
  });

  it('asks for the year fields the chosen kind of time needs, within the plan’s period', () => {
    expect(itemInputFromForm(form({ timingKind: 'years', fromYear: '2027', toYear: '2029' }), period)).toEqual({ ok: false, issues: [{ field: 'toYear', code: 'outsidePeriod' }] });
    expect(itemInputFromForm(form({ timingKind: 'quarter', year: '27' }), period)).toEqual({ ok: false, issues: [{ field: 'year', code: 'yearInvalid' }] });
    expect(itemInputFromForm(form({ timingKind: 'eventually', year: '' }), period)).toMatchObject({ ok: true, value: { timing: { kind: 'eventually' } } });
    expect(itemInputFromForm(form({ title: ' ' }), period)).toEqual({ ok: false, issues: [{ field: 'title', code: 'required' }] });
  });

  it('refuses a move without a reason', () => {
    const move = { ...timingFormOf(null, period), year: '2027', horizon: 'medium' as const, reason: '' };
    expect(moveInputFromForm(move, period)).toEqual({ ok: false, issues: [{ field: 'reason', code: 'required' }] });
    expect(moveInputFromForm({ ...move, reason: 'Budgeten räcker inte.' }, period)).toMatchObject({ ok: true, value: { timing: { kind: 'year', year: 2027 }, horizon: 'medium' } });
  });

  it('fills in a candidate’s title, year and single suggested priority, but leaves 2 or 3 to the coordinator', () => {
    const base = { kind: 'need' as const, id: '0190a0a0-0000-7000-8000-000000000001', needNumber: 12, title: 'Talenheter', focusAreaId: null, quadrant: 'doWhenOpportune' as const, plannedStartYear: 2027 };
    expect(withCandidate(form(), { ...base, prioritySuggestion: '2-3' }, period)).toMatchObject({ source: `need:${base.id}`, title: 'Talenheter', year: '2027', priority: '' });
    expect(withCandidate(form(), { ...base, prioritySuggestion: '1' }, period).priority).toBe('1');
  });

  it('shows a stored range in kronor and maps the server’s field paths onto the form', () => {
    const item = { title: 'X', what: '', why: '', how: '', expectedBenefit: '', timing: { kind: 'years', fromYear: 2026, toYear: 2027 }, horizon: 'short', priority: '3', cost: { low: '4000000', high: '6000000', recurrence: 'one_off', note: '' }, staffHours: [{ year: 2027, hours: 40 }], focusAreaId: null, needId: null, initiativeId: null } as unknown as TPlanItem;
    expect(itemFormOf(item, period)).toMatchObject({ timingKind: 'years', fromYear: '2026', toYear: '2027', costKind: 'range', low: '40\u00a0000', high: '60\u00a0000', staffHours: [{ year: 2026, hours: '' }, { year: 2027, hours: '40' }, { year: 2028, hours: '' }] });
    expect(['body.timing.year', 'body.cost.high', 'body.staffHours.1.year', 'body.needId', 'body.reason'].map(formFieldOfPath)).toEqual(['year', 'high', 'staffHours.1.hours', 'source', 'reason']);
  });
});
