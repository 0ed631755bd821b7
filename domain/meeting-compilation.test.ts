import { describe, expect, it } from 'vitest';
import { belongsToCompilation, compilationWindow, nextDate, startOfSwedishDay } from '@domain/meeting-compilation';

const need = (status: 'assessed' | 'submitted' | 'parked' | 'approved' | 'rejected' | 'merged', changed: string, submitted = '2020-01-01T00:00:00Z') => ({
  status,
  submittedAt: new Date(submitted),
  updatedAt: new Date(changed),
});

describe('which needs a coordinator finds on the proposed agenda of a meeting', () => {
  it('starts a Swedish day at midnight Stockholm time, winter and summer', () => {
    expect(startOfSwedishDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfSwedishDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it('gets the day right on the days summer time starts and ends', () => {
    // 29 March 2026: clocks go 02:00 → 03:00, midnight is still winter time.
    expect(startOfSwedishDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfSwedishDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // 25 October 2026: clocks go 03:00 → 02:00, midnight is still summer time.
    expect(startOfSwedishDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfSwedishDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('moves to the next day across month ends, leap days and the new year', () => {
    expect(nextDate('2026-01-31')).toBe('2026-02-01');
    expect(nextDate('2026-02-28')).toBe('2026-03-01');
    expect(nextDate('2028-02-28')).toBe('2028-02-29');
    expect(nextDate('2026-12-31')).toBe('2027-01-01');
  });

  it('takes assessed needs changed since the previous meeting up to the end of the meeting day', () => {
    const window = compilationWindow('2026-03-31', '2026-06-30');
    expect(belongsToCompilation(need('assessed', '2026-04-15T10:00:00Z'), window)).toBe(true);
    // Changed on the previous meeting's day itself (10:00 Swedish time) and not decided there.
    expect(belongsToCompilation(need('assessed', '2026-03-31T08:00:00Z'), window)).toBe(true);
    // 23:30 Swedish time on 30 March: before the previous meeting's day.
    expect(belongsToCompilation(need('assessed', '2026-03-30T21:30:00Z'), window)).toBe(false);
    // 23:59 Swedish time on the meeting day (summer time: UTC+2) still belongs.
    expect(belongsToCompilation(need('assessed', '2026-06-30T21:59:00Z'), window)).toBe(true);
    // 00:30 Swedish time the day after belongs to the next meeting.
    expect(belongsToCompilation(need('assessed', '2026-06-30T22:30:00Z'), window)).toBe(false);
  });

  it('counts a need by whichever is later, when it was submitted or when it was last changed', () => {
    const window = compilationWindow('2026-03-31', '2026-06-30');
    expect(belongsToCompilation(need('assessed', '2026-01-01T00:00:00Z', '2026-05-01T00:00:00Z'), window)).toBe(true);
  });

  it('uses the summer-time change when a meeting falls on it', () => {
    const window = compilationWindow(null, '2026-10-25');
    expect(window.until.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(belongsToCompilation(need('assessed', '2026-10-25T22:30:00Z'), window)).toBe(true);
    expect(belongsToCompilation(need('assessed', '2026-10-25T23:00:00Z'), window)).toBe(false);
  });

  it('leaves out needs that are not assessed or already decided', () => {
    const window = compilationWindow(null, '2026-06-30');
    for (const status of ['submitted', 'parked', 'approved', 'rejected', 'merged'] as const) {
      expect(belongsToCompilation(need(status, '2026-04-15T10:00:00Z'), window)).toBe(false);
    }
    expect(belongsToCompilation(need('assessed', '2019-04-15T10:00:00Z'), window)).toBe(true);
  });
});
