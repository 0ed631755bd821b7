import { classificationReviewReminder, contractReminders, isReminderDue, measurementReminder, type Reminder } from '@domain/reminders';
import type { MeasurementFrequency } from '@domain/benefit-status';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { findAllBenefits, findLatestMeasurements } from '@server/modules/benefits/benefits.repository';
import { findInitiativeTitles } from '@server/modules/benefits/initiative-titles';
import { findLatestClassificationDates } from '@server/modules/classification/classification.repository';
import { findSystemRows, findSystemTaskRows } from '@server/modules/systems/systems.repository';
import { findActiveMemberPeople } from '@server/modules/members/active-member-people';

/** A reminder to give now: to whom, about what (its title is the organisation's own words), and where in Digiplan. */
export type DueReminder = Reminder & { subjectId: string; userId: string; title: string; link: string };

type Scope = Pick<Ctx, 'organizationId'>;

/**
 * The förvaltning task whose person answers for a system's contract: the system administrator
 * first, then whoever sets the requirements on the supplier, then anyone with a task on it.
 */
const CONTRACT_TASK_ORDER = ['administration', 'supplier_requirements'];

/**
 * Every reminder of the organisation that is due at `now` (domain/reminders.ts), each to one person
 * who is an active member: a benefit's owner, the person with a förvaltning task on the system, the
 * person who made the classification. Whether it was already given is decided by the caller.
 */
export async function findDueReminders(tx: Tx, ctx: Scope, now: Date): Promise<DueReminder[]> {
  const active = new Set((await findActiveMemberPeople(tx, ctx)).map((person) => person.id));
  const due: DueReminder[] = [];

  const benefits = await findAllBenefits(tx, ctx);
  if (benefits.length > 0) {
    const latest = await findLatestMeasurements(tx, ctx);
    for (const row of benefits) {
      const reminder = measurementReminder({
        frequency: row.frequency as MeasurementFrequency,
        lastMeasuredOn: latest.get(row.id)?.measuredOn ?? null,
        startedOn: row.baselineDate ?? row.createdAt.toISOString().slice(0, 10),
        decided: row.decision !== null,
        targetDate: row.targetDate,
      });
      if (reminder && isReminderDue(reminder.remindOn, now) && active.has(row.ownerId)) {
        due.push({ ...reminder, subjectId: row.id, userId: row.ownerId, title: row.description, link: `/initiativ/${row.initiativeId}/nytta/${row.id}` });
      }
    }
  }

  for (const system of await findSystemRows(tx, ctx)) {
    const reminders = contractReminders({ contractEnd: system.contractEnd, noticeMonths: system.noticeMonths }).filter((reminder) => isReminderDue(reminder.remindOn, now));
    if (reminders.length === 0) continue;
    const tasks = (await findSystemTaskRows(tx, ctx, system.id)).filter((task) => task.assigneeUserId !== null && active.has(task.assigneeUserId));
    const rank = (task: string) => (CONTRACT_TASK_ORDER.includes(task) ? CONTRACT_TASK_ORDER.indexOf(task) : CONTRACT_TASK_ORDER.length);
    const responsible = tasks.sort((a, b) => rank(a.task) - rank(b.task) || a.task.localeCompare(b.task))[0]?.assigneeUserId;
    if (!responsible) continue;
    const title = system.supplier ? `${system.name} (${system.supplier})` : system.name;
    for (const reminder of reminders) due.push({ ...reminder, subjectId: system.id, userId: responsible, title, link: `/systemlista/${system.id}` });
  }

  const classifications = (await findLatestClassificationDates(tx, ctx)).filter((row) => row.subjectType === 'initiative');
  const reviews = classifications.map((row) => ({ row, reminder: classificationReviewReminder(row.classifiedOn) })).filter(({ row, reminder }) => isReminderDue(reminder.remindOn, now) && active.has(row.classifiedById));
  if (reviews.length > 0) {
    const titles = await findInitiativeTitles(tx, ctx);
    for (const { row, reminder } of reviews) {
      const title = titles.get(row.subjectId)?.title;
      if (title !== undefined) due.push({ ...reminder, subjectId: row.subjectId, userId: row.classifiedById, title, link: `/initiativ/${row.subjectId}/klassning` });
    }
  }
  return due;
}
