import { describe, expect, it } from 'vitest';
import { addDays, classificationReviewReminder, contractReminders, daysBetween, isReminderDue, measurementReminder, swedishDateAndHour } from '@domain/reminders';

const at = (iso: string) => new Date(iso);

describe('when a reminder is due', () => {
  it('reminds a benefit owner on the day the next measurement is due, one interval after the last one, clamping month ends', () => {
    expect(measurementReminder({ frequency: 'quarterly', lastMeasuredOn: '2026-03-15', startedOn: '2025-01-01', decided: false, targetDate: null })).toEqual({
      kind: 'benefit_measurement_due',
      dueDate: '2026-06-15',
      remindOn: '2026-06-15',
    });
    // Measured on 31 January, monthly: due on the last day of February, in leap years too.
    expect(measurementReminder({ frequency: 'monthly', lastMeasuredOn: '2026-01-31', startedOn: '2025-01-01', decided: false, targetDate: null })?.dueDate).toBe('2026-02-28');
    expect(measurementReminder({ frequency: 'monthly', lastMeasuredOn: '2028-01-31', startedOn: '2025-01-01', decided: false, targetDate: null })?.dueDate).toBe('2028-02-29');
    // Never measured: one interval after the baseline.
    expect(measurementReminder({ frequency: 'half_yearly', lastMeasuredOn: null, startedOn: '2026-08-31', decided: false, targetDate: null })?.dueDate).toBe('2027-02-28');
  });

  it('gives no measurement reminder once the benefit is decided or the next measurement falls after its target date', () => {
    expect(measurementReminder({ frequency: 'monthly', lastMeasuredOn: '2026-01-10', startedOn: '2025-01-01', decided: true, targetDate: null })).toBeNull();
    expect(measurementReminder({ frequency: 'yearly', lastMeasuredOn: '2026-01-10', startedOn: '2025-01-01', decided: false, targetDate: '2026-12-31' })).toBeNull();
    expect(measurementReminder({ frequency: 'yearly', lastMeasuredOn: '2026-01-10', startedOn: '2025-01-01', decided: false, targetDate: '2027-01-10' })?.dueDate).toBe('2027-01-10');
  });

  it('reminds 90 days before a contract ends and 30 days before the last day to give notice, across month and year ends', () => {
    expect(contractReminders({ contractEnd: '2027-03-31', noticeMonths: 6 })).toEqual([
      { kind: 'contract_ending', dueDate: '2027-03-31', remindOn: '2026-12-31' },
      // Six months before 31 March is 30 September (no 31st), and 30 days before that 31 August.
      { kind: 'contract_notice', dueDate: '2026-09-30', remindOn: '2026-08-31' },
    ]);
    expect(contractReminders({ contractEnd: '2028-05-29', noticeMonths: 3 })).toEqual([
      { kind: 'contract_ending', dueDate: '2028-05-29', remindOn: '2028-02-29' },
      { kind: 'contract_notice', dueDate: '2028-02-29', remindOn: '2028-01-30' },
    ]);
    expect(contractReminders({ contractEnd: '2027-01-15', noticeMonths: null })).toEqual([{ kind: 'contract_ending', dueDate: '2027-01-15', remindOn: '2026-10-17' }]);
    expect(contractReminders({ contractEnd: null, noticeMonths: 3 })).toEqual([]);
  });

  it('reminds of an information classification 12 months after it was made, 29 February giving 28 February', () => {
    expect(classificationReviewReminder('2026-04-30')).toEqual({ kind: 'classification_review', dueDate: '2027-04-30', remindOn: '2027-04-30' });
    expect(classificationReviewReminder('2028-02-29').dueDate).toBe('2029-02-28');
  });

  it('counts days on the calendar, not in hours, so the summer-time changes never move a date', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-01', '2026-11-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
  });

  it('reads the date and hour on a Swedish clock around both summer-time changes', () => {
    // Spring forward: 29 March 2026, 02:00 CET becomes 03:00 CEST.
    expect(swedishDateAndHour(at('2026-03-28T22:59:00Z'))).toEqual({ date: '2026-03-28', hour: 23 });
    expect(swedishDateAndHour(at('2026-03-28T23:00:00Z'))).toEqual({ date: '2026-03-29', hour: 0 });
    expect(swedishDateAndHour(at('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', hour: 3 });
    expect(swedishDateAndHour(at('2026-03-29T22:00:00Z'))).toEqual({ date: '2026-03-30', hour: 0 });
    // Fall back: 25 October 2026, 03:00 CEST becomes 02:00 CET.
    expect(swedishDateAndHour(at('2026-10-24T21:59:00Z'))).toEqual({ date: '2026-10-24', hour: 23 });
    expect(swedishDateAndHour(at('2026-10-24T22:00:00Z'))).toEqual({ date: '2026-10-25', hour: 0 });
    expect(swedishDateAndHour(at('2026-10-25T22:59:00Z'))).toEqual({ date: '2026-10-25', hour: 23 });
    expect(swedishDateAndHour(at('2026-10-25T23:00:00Z'))).toEqual({ date: '2026-10-26', hour: 0 });
  });

  it('sends a reminder from 07:00 Swedish time on its day, in summer time (05:00 UTC) and in winter time (06:00 UTC)', () => {
    // The day summer time starts: 07:00 CEST is 05:00 UTC.
    expect(isReminderDue('2026-03-29', at('2026-03-29T04:59:00Z'))).toBe(false);
    expect(isReminderDue('2026-03-29', at('2026-03-29T05:00:00Z'))).toBe(true);
    // The day before, 07:00 CET was 06:00 UTC.
    expect(isReminderDue('2026-03-28', at('2026-03-28T05:59:00Z'))).toBe(false);
    expect(isReminderDue('2026-03-28', at('2026-03-28T06:00:00Z'))).toBe(true);
    // The day summer time ends: 07:00 CET is 06:00 UTC.
    expect(isReminderDue('2026-10-25', at('2026-10-25T05:59:00Z'))).toBe(false);
    expect(isReminderDue('2026-10-25', at('2026-10-25T06:00:00Z'))).toBe(true);
    // Late on the evening before in Sweden, already the day in UTC? No: 23:30 on 24 October in Sweden is 21:30 UTC.
    expect(isReminderDue('2026-10-25', at('2026-10-24T21:30:00Z'))).toBe(false);
    // Just after midnight in Sweden it is the day, but before 07:00.
    expect(isReminderDue('2026-10-25', at('2026-10-24T22:30:00Z'))).toBe(false);
  });

  it('still gives a missed reminder for 14 days after its day, but not for things long past, and never early', () => {
    expect(isReminderDue('2026-06-15', at('2026-06-16T01:00:00Z'))).toBe(true); // 03:00 the next day: late, so any hour
    expect(isReminderDue('2026-06-15', at('2026-06-29T12:00:00Z'))).toBe(true);
    expect(isReminderDue('2026-06-15', at('2026-06-30T12:00:00Z'))).toBe(false);
    expect(isReminderDue('2026-06-15', at('2026-06-14T12:00:00Z'))).toBe(false);
    // Across a month end: 31 January + 14 days is 14 February.
    expect(isReminderDue('2026-01-31', at('2026-02-14T12:00:00Z'))).toBe(true);
    expect(isReminderDue('2026-01-31', at('2026-02-15T12:00:00Z'))).toBe(false);
  });
});
