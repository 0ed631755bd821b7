import { describe, expect, it } from 'vitest';
import { endOfSwedishDay, isCalendarDate, startOfSwedishDay } from '@web/features/audit/audit-dates';

describe('audit log date filters in Swedish time', () => {
  it('starts a winter day at midnight Swedish time (UTC+1)', () => {
    expect(startOfSwedishDay('2026-03-01')).toBe('2026-03-01T00:00:00+01:00');
  });

  it('starts a summer day at midnight Swedish time (UTC+2)', () => {
    expect(startOfSwedishDay('2026-07-01')).toBe('2026-07-01T00:00:00+02:00');
  });

  it('ends a day at the next midnight, across the change to summer time', () => {
    expect(endOfSwedishDay('2026-03-28')).toBe('2026-03-29T00:00:00+01:00');
    expect(endOfSwedishDay('2026-03-29')).toBe('2026-03-30T00:00:00+02:00');
    expect(endOfSwedishDay('2026-12-31')).toBe('2027-01-01T00:00:00+01:00');
  });

  it('covers the day the clocks go back', () => {
    expect(startOfSwedishDay('2026-10-25')).toBe('2026-10-25T00:00:00+02:00');
    expect(endOfSwedishDay('2026-10-25')).toBe('2026-10-26T00:00:00+01:00');
  });

  it('accepts only real calendar dates', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('1 mars')).toBe(false);
  });
});
