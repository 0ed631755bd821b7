import { describe, expect, it } from 'vitest';
import { daysInMonth, nextOccurrence, occurrencesInYear, QUARTER_END_MONTHS } from '@domain/governance-recurrence';

describe('recurring events of the årshjul', () => {
  it('falls on the named day in every chosen month, in calendar order', () => {
    expect(occurrencesInYear({ months: [11, 2, 2], dayOfMonth: 15 }, 2027)).toEqual([
      { month: 2, date: '2027-02-15' },
      { month: 11, date: '2027-11-15' },
    ]);
  });

  it('moves a day the month lacks to its last day, leap years included', () => {
    const rule = { months: [1, 2, 4, 12], dayOfMonth: 31 };
    expect(occurrencesInYear(rule, 2027).map((o) => o.date)).toEqual(['2027-01-31', '2027-02-28', '2027-04-30', '2027-12-31']);
    expect(occurrencesInYear(rule, 2028).map((o) => o.date)).toEqual(['2028-01-31', '2028-02-29', '2028-04-30', '2028-12-31']);
    expect(occurrencesInYear({ months: [2], dayOfMonth: 29 }, 2100)[0]!.date).toBe('2100-02-28');
    expect([daysInMonth(2000, 2), daysInMonth(1900, 2)]).toEqual([29, 28]);
  });

  it('gives a quarterly event four occurrences and an event without a day only its month', () => {
    expect(occurrencesInYear({ months: QUARTER_END_MONTHS, dayOfMonth: null }, 2027)).toEqual([3, 6, 9, 12].map((month) => ({ month, date: null })));
    expect(occurrencesInYear({ months: [0, 13, 5], dayOfMonth: null }, 2027)).toEqual([{ month: 5, date: null }]);
  });

  it('takes today in Swedish time across the change to and from summer time', () => {
    const rule = { months: [3, 10], dayOfMonth: 28 };
    // 2027-03-28 is the Sunday summer time starts: 00:30 UTC is 01:30 CET, 01:30 UTC is 03:30 CEST.
    expect(nextOccurrence(rule, new Date('2027-03-27T22:59:00Z'))).toEqual({ year: 2027, month: 3, date: '2027-03-28' });
    expect(nextOccurrence(rule, new Date('2027-03-28T21:59:00Z'))).toEqual({ year: 2027, month: 3, date: '2027-03-28' });
    // 23:00 UTC on the 28th is already the 29th in Stockholm (CEST, +2).
    expect(nextOccurrence(rule, new Date('2027-03-28T22:00:00Z'))).toEqual({ year: 2027, month: 10, date: '2027-10-28' });
    // 2027-10-31 summer time ends: 22:30 UTC on the 30th is 00:30 CEST on the 31st.
    expect(nextOccurrence({ months: [10], dayOfMonth: 30 }, new Date('2027-10-30T21:59:00Z'))).toEqual({ year: 2027, month: 10, date: '2027-10-30' });
    expect(nextOccurrence({ months: [10], dayOfMonth: 30 }, new Date('2027-10-30T22:00:00Z'))).toEqual({ year: 2028, month: 10, date: '2028-10-30' });
  });

  it('crosses the year boundary at Swedish midnight, not UTC midnight', () => {
    const rule = { months: [1, 12], dayOfMonth: 31 };
    expect(nextOccurrence(rule, new Date('2026-12-31T22:59:00Z'))).toEqual({ year: 2026, month: 12, date: '2026-12-31' });
    expect(nextOccurrence(rule, new Date('2026-12-31T23:00:00Z'))).toEqual({ year: 2027, month: 1, date: '2027-01-31' });
    expect(nextOccurrence({ months: [12], dayOfMonth: null }, new Date('2027-12-31T22:59:00Z'))).toEqual({ year: 2027, month: 12, date: null });
    expect(nextOccurrence({ months: [12], dayOfMonth: null }, new Date('2027-12-31T23:00:00Z'))).toEqual({ year: 2028, month: 12, date: null });
    expect(nextOccurrence({ months: [], dayOfMonth: 1 }, new Date('2027-01-01T00:00:00Z'))).toBeNull();
  });
});
