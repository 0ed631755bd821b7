import { addMonths, noticeDate } from '@domain/contract-dates';
import { nextMeasurementDue, type MeasurementFrequency } from '@domain/benefit-status';
import { CLASSIFICATION_REVIEW_MONTHS } from '@domain/governance-year.contracts';
import type { EmailKind } from '@domain/email.contracts';

/**
 * When a reminder is due (pure; issue 16 item 6). Dates are calendar dates (YYYY-MM-DD) in Sweden;
 * the clock is read in Europe/Stockholm, so summer time never moves a reminder to another day.
 *
 * - A benefit measurement: on the day the next measurement is due (to the benefit's owner).
 * - A contract: 90 days before it ends, and 30 days before the last day to give notice.
 * - An information classification: on the day it is due for review, 12 months after it was made.
 *
 * A reminder goes out from 07:00 Swedish time on its day (not in the night), and is still given for
 * up to CATCH_UP_DAYS afterwards — when the app was down that morning, or the job is new — but not
 * for things long past, which would flood people with old news on the first run.
 */

/** Each kind of reminder; several may share one kind of e-mail (the user's choice). */
export const REMINDER_KINDS = ['benefit_measurement_due', 'contract_ending', 'contract_notice', 'classification_review'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** Which of the user's e-mail choices ("Mina e-postinställningar") covers each reminder. */
export const REMINDER_EMAIL_KIND: Record<ReminderKind, EmailKind> = {
  benefit_measurement_due: 'benefit_measurement_due',
  contract_ending: 'contract_ending',
  contract_notice: 'contract_ending',
  classification_review: 'classification_review',
};

export const REMINDER_HOUR = 7;
export const CATCH_UP_DAYS = 14;
export const CONTRACT_END_LEAD_DAYS = 90;
export const NOTICE_LEAD_DAYS = 30;

/** `days` added to (or taken from) a calendar date; computed on UTC midnights, so no clock shift can move it. */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

const stockholm = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' });

/** The date and hour (0–23) on a clock in Sweden at the instant `now`. */
export function swedishDateAndHour(now: Date): { date: string; hour: number } {
  const parts = stockholm.formatToParts(now);
  const part = (type: 'year' | 'month' | 'day' | 'hour') => parts.find((p) => p.type === type)!.value;
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

/** Whether a reminder given on `remindOn` is to go out at `now`: from 07:00 Swedish time that day, for CATCH_UP_DAYS. */
export function isReminderDue(remindOn: string, now: Date): boolean {
  const { date, hour } = swedishDateAndHour(now);
  const late = daysBetween(remindOn, date);
  if (late < 0 || late > CATCH_UP_DAYS) return false;
  return late > 0 || hour >= REMINDER_HOUR;
}

/** One reminder: what it is about, the date it is about (the key of "sent once"), and the day it is given. */
export type Reminder = { kind: ReminderKind; dueDate: string; remindOn: string };

/** The next measurement of a benefit, reminded on its day; none once the benefit is decided or past its target date. */
export function measurementReminder(benefit: { frequency: MeasurementFrequency; lastMeasuredOn: string | null; startedOn: string; decided: boolean; targetDate: string | null }): Reminder | null {
  const due = nextMeasurementDue(benefit);
  if (due === null || (benefit.targetDate !== null && due > benefit.targetDate)) return null;
  return { kind: 'benefit_measurement_due', dueDate: due, remindOn: due };
}

/** A contract's two reminders: 90 days before its end, and 30 days before the last day to give notice (when it has a notice period). */
export function contractReminders(contract: { contractEnd: string | null; noticeMonths: number | null }): Reminder[] {
  if (contract.contractEnd === null) return [];
  const reminders: Reminder[] = [{ kind: 'contract_ending', dueDate: contract.contractEnd, remindOn: addDays(contract.contractEnd, -CONTRACT_END_LEAD_DAYS) }];
  if (contract.noticeMonths) {
    const notice = noticeDate(contract.contractEnd, contract.noticeMonths);
    reminders.push({ kind: 'contract_notice', dueDate: notice, remindOn: addDays(notice, -NOTICE_LEAD_DAYS) });
  }
  return reminders;
}

/** The review of an information classification, 12 months after it was made (month ends clamp: 29 Feb → 28 Feb). */
export function classificationReviewReminder(classifiedOn: string): Reminder {
  const due = addMonths(classifiedOn, CLASSIFICATION_REVIEW_MONTHS);
  return { kind: 'classification_review', dueDate: due, remindOn: due };
}
