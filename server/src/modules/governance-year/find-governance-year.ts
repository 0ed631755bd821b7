import { FREQUENCY_MONTHS, nextMeasurementDue, type MeasurementFrequency } from '@domain/benefit-status';
import { addMonths, noticeDate } from '@domain/contract-dates';
import { occurrencesInYear } from '@domain/governance-recurrence';
import { inYear, measurementDatesInYear, monthOf } from '@domain/governance-year';
import { CLASSIFICATION_REVIEW_MONTHS, GOVERNANCE_ENTRY_KIND_LABELS_SV, type TGovernanceEntry, type TGovernanceYear } from '@domain/governance-year.contracts';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAllBenefits, findLatestMeasurements } from '@server/modules/benefits/benefits.repository';
import { findInitiativeTitles } from '@server/modules/benefits/initiative-titles';
import { findLatestClassificationDates } from '@server/modules/classification/classification.repository';
import { findPlanRows } from '@server/modules/plans/plans.repository';
import { findSystemRows } from '@server/modules/systems/systems.repository';
import { findRecurringEventRows } from '@server/modules/governance-year/governance-year.repository';
import { findMeetingRows } from '@server/modules/meetings/meetings.repository';
import { presentRecurringEvent } from '@server/modules/governance-year/present-recurring-event';

type Scope = Pick<Ctx, 'organizationId'>;

async function recurringEntries(tx: Tx, ctx: Scope, year: number): Promise<TGovernanceEntry[]> {
  return (await findRecurringEventRows(tx, ctx)).map(presentRecurringEvent).flatMap((event) =>
    occurrencesInYear(event, year).map(({ month, date }) => ({
      key: `recurring:${event.id}:${month}`,
      kind: event.kind,
      source: 'recurring' as const,
      title: event.name,
      month,
      date,
      responsibleRole: event.responsibleRole,
      responsibleName: null,
      subject: null,
    })),
  );
}

const dataEntry = (entry: Omit<TGovernanceEntry, 'source' | 'month' | 'responsibleRole'> & { date: string }): TGovernanceEntry => ({
  ...entry,
  source: 'data',
  month: monthOf(entry.date),
  responsibleRole: null,
});

async function benefitEntries(tx: Tx, ctx: Scope, year: number): Promise<TGovernanceEntry[]> {
  const rows = await findAllBenefits(tx, ctx);
  const latest = await findLatestMeasurements(tx, ctx);
  const titles = await findInitiativeTitles(tx, ctx);
  return rows.flatMap((row) => {
    const frequency = row.frequency as MeasurementFrequency;
    const firstDue = nextMeasurementDue({
      frequency,
      lastMeasuredOn: latest.get(row.id)?.measuredOn ?? null,
      startedOn: row.baselineDate ?? row.createdAt.toISOString().slice(0, 10),
      decided: row.decision !== null,
    });
    if (firstDue === null) return [];
    const initiative = titles.get(row.initiativeId)?.title ?? '';
    return measurementDatesInYear(firstDue, FREQUENCY_MONTHS[frequency], year, row.targetDate).map((date) =>
      dataEntry({
        key: `benefit:${row.id}:${date}`,
        kind: 'benefit_measurement',
        title: initiative ? `${row.description} (${initiative})` : row.description,
        date,
        responsibleName: row.ownerName,
        subject: { type: 'initiative_benefits', id: row.initiativeId },
      }),
    );
  });
}

async function contractEntries(tx: Tx, ctx: Scope, year: number): Promise<TGovernanceEntry[]> {
  return (await findSystemRows(tx, ctx)).flatMap((row) => {
    if (!row.contractEnd) return [];
    const entries: TGovernanceEntry[] = [];
    const name = row.supplier ? `${row.name} (${row.supplier})` : row.name;
    const notice = noticeDate(row.contractEnd, row.noticeMonths);
    if (row.noticeMonths && inYear(notice, year)) {
      entries.push(dataEntry({ key: `notice:${row.id}`, kind: 'contract_notice', title: name, date: notice, responsibleName: row.ownerName || null, subject: { type: 'system', id: row.id } }));
    }
    if (inYear(row.contractEnd, year)) {
      entries.push(dataEntry({ key: `contract:${row.id}`, kind: 'contract_end', title: name, date: row.contractEnd, responsibleName: row.ownerName || null, subject: { type: 'system', id: row.id } }));
    }
    return entries;
  });
}

async function classificationEntries(tx: Tx, ctx: Scope, year: number): Promise<TGovernanceEntry[]> {
  const latest = await findLatestClassificationDates(tx, ctx);
  if (latest.length === 0) return [];
  const titles = await findInitiativeTitles(tx, ctx);
  return latest.flatMap((row) => {
    const title = row.subjectType === 'initiative' ? titles.get(row.subjectId)?.title : undefined;
    const due = addMonths(row.classifiedOn, CLASSIFICATION_REVIEW_MONTHS);
    if (title === undefined || !inYear(due, year)) return [];
    return [dataEntry({ key: `classification:${row.subjectId}`, kind: 'classification_review', title, date: due, responsibleName: null, subject: { type: 'initiative_classification', id: row.subjectId } })];
  });
}

async function planEntries(tx: Tx, ctx: Scope, year: number): Promise<TGovernanceEntry[]> {
  return (await findPlanRows(tx, ctx)).flatMap((row) =>
    row.fixedOn && inYear(row.fixedOn, year)
      ? [dataEntry({ key: `plan:${row.id}`, kind: 'plan_fixed', title: `${row.title} (version ${row.versionNumber})`, date: row.fixedOn, responsibleName: null, subject: { type: 'plan', id: row.id } })]
      : [],
  );
}

/** The decision forums' meetings in the year; the forum's chair is responsible for the minutes. */
async function meetingEntries(tx: Tx, ctx: Scope, year: number): Promise<TGovernanceEntry[]> {
  return (await findMeetingRows(tx, ctx)).flatMap((row) =>
    inYear(row.meetingDate, year)
      ? [dataEntry({ key: `meeting:${row.id}`, kind: 'meeting', title: row.title.includes(row.forumName) ? row.title : `${row.title} (${row.forumName})`, date: row.meetingDate, responsibleName: null, subject: { type: 'meeting', id: row.id } })]
      : [],
  );
}

const byWhen = (a: TGovernanceEntry, b: TGovernanceEntry) =>
  a.month - b.month ||
  (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
  GOVERNANCE_ENTRY_KIND_LABELS_SV[a.kind].localeCompare(GOVERNANCE_ENTRY_KIND_LABELS_SV[b.kind], 'sv') ||
  a.title.localeCompare(b.title, 'sv') ||
  a.key.localeCompare(b.key);

/** Every entry of the organisation's governance year in `tx`, by month and date. */
export async function governanceYearIn(tx: Tx, ctx: Scope, year: number): Promise<TGovernanceYear> {
  const entries = [
    ...(await recurringEntries(tx, ctx, year)),
    ...(await benefitEntries(tx, ctx, year)),
    ...(await contractEntries(tx, ctx, year)),
    ...(await classificationEntries(tx, ctx, year)),
    ...(await planEntries(tx, ctx, year)),
    ...(await meetingEntries(tx, ctx, year)),
  ];
  return { year, entries: entries.sort(byWhen) };
}

/**
 * The årshjul of a year: the recurring events set by the administrator, plus benefit measurements
 * due, system contracts ending and their last notice days, reviews of information classification
 * (a year after the latest), plans fixed in the year and the decision forums' meetings.
 */
export async function findGovernanceYear(ctx: Ctx, year: number): Promise<TGovernanceYear> {
  return inTenantRead(ctx, (tx) => governanceYearIn(tx, ctx, year));
}
