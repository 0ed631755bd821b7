import { and, asc, count, desc, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { MeetingItemKind } from '@domain/meetings.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { users } from '@server/modules/users/users.tables';
import { forums, meetingItems, meetings } from '@server/modules/meetings/meetings.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingItemRow = typeof meetingItems.$inferSelect;
export type MeetingListRow = MeetingRow & { forumName: string; itemCount: number; approverName: string | null };

const inOrg = (ctx: Scope) => eq(meetings.organizationId, ctx.organizationId);

export async function findMeetingRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}): Promise<MeetingRow | undefined> {
  const query = tx.select().from(meetings).where(and(inOrg(ctx), eq(meetings.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The organisation's meetings (of one forum), latest date first, with the forum's name and item count. */
export async function findMeetingRows(tx: Tx, ctx: Scope, forumId?: string): Promise<MeetingListRow[]> {
  const items = tx
    .select({ meetingId: meetingItems.meetingId, n: count().as('n') })
    .from(meetingItems)
    .where(eq(meetingItems.organizationId, ctx.organizationId))
    .groupBy(meetingItems.meetingId)
    .as('items');
  const rows = await tx
    .select({ m: meetings, forumName: forums.name, n: items.n, approverName: users.name })
    .from(meetings)
    .innerJoin(forums, and(eq(forums.organizationId, meetings.organizationId), eq(forums.id, meetings.forumId)))
    .leftJoin(items, eq(items.meetingId, meetings.id))
    .leftJoin(users, eq(users.id, meetings.minutesApprovedBy))
    .where(and(inOrg(ctx), forumId ? eq(meetings.forumId, forumId) : undefined))
    .orderBy(desc(meetings.meetingDate), desc(meetings.id));
  return rows.map((row) => ({ ...row.m, forumName: row.forumName, itemCount: Number(row.n ?? 0), approverName: row.approverName }));
}

/** A user's name (who approved a meeting's minutes). */
export async function findUserName(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** The latest date before `date` on which the forum met (the start of a compilation's window). */
export async function previousMeetingDate(tx: Tx, ctx: Scope, forumId: string, date: string): Promise<string | null> {
  const [row] = await tx
    .select({ date: meetings.meetingDate })
    .from(meetings)
    .where(and(inOrg(ctx), eq(meetings.forumId, forumId), lt(meetings.meetingDate, date)))
    .orderBy(desc(meetings.meetingDate))
    .limit(1);
  return row?.date ?? null;
}

export async function insertMeetingRow(
  tx: Tx,
  ctx: Scope,
  values: { id: string; forumId: string; meetingDate: string; title: string; place: string; createdBy: string },
): Promise<MeetingRow> {
  const [row] = await tx.insert(meetings).values({ organizationId: ctx.organizationId, ...values }).returning();
  return row!;
}

/** Bumps the meeting's version (If-Match already checked under the row lock) and sets `values`. */
export async function updateMeetingRow(
  tx: Tx,
  ctx: Scope,
  id: string,
  values: Partial<Pick<MeetingRow, 'title' | 'place' | 'meetingDate' | 'agendaSentAt' | 'minutesApprovedAt' | 'minutesApprovedBy'>>,
): Promise<MeetingRow> {
  const [row] = await tx
    .update(meetings)
    .set({ ...values, version: sql`${meetings.version} + 1`, updatedAt: new Date() })
    .where(and(inOrg(ctx), eq(meetings.id, id)))
    .returning();
  return row!;
}

export async function findItemRows(tx: Tx, ctx: Scope, meetingId: string): Promise<MeetingItemRow[]> {
  return tx
    .select()
    .from(meetingItems)
    .where(and(eq(meetingItems.organizationId, ctx.organizationId), eq(meetingItems.meetingId, meetingId)))
    .orderBy(asc(meetingItems.position));
}

export type NewItem = { id: string; kind: MeetingItemKind; needId: string | null; initiativeId: string | null; title: string; analysis: string; proposal: string };

/** Replaces a meeting's agenda with `items` in this order (positions 1, 2, …). */
export async function replaceItems(tx: Tx, ctx: Scope, meetingId: string, items: readonly NewItem[]): Promise<void> {
  await tx.delete(meetingItems).where(and(eq(meetingItems.organizationId, ctx.organizationId), eq(meetingItems.meetingId, meetingId)));
  if (items.length === 0) return;
  await tx.insert(meetingItems).values(items.map((item, i) => ({ organizationId: ctx.organizationId, meetingId, position: i + 1, ...item })));
}

export type CompilationNeedRow = { id: string; title: string; status: string; submittedAt: Date; updatedAt: Date };

/** The organisation's assessed, undecided needs, best overall first: what a compilation chooses from. */
export async function findAssessedUndecidedNeeds(tx: Tx, ctx: Scope, exceptIds: readonly string[] = []): Promise<(CompilationNeedRow & { number: number })[]> {
  return tx
    .select({ id: needs.id, number: needs.number, title: needs.title, status: needs.status, submittedAt: needs.submittedAt, updatedAt: needs.updatedAt })
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.status, 'assessed'), exceptIds.length > 0 ? notInArray(needs.id, [...exceptIds]) : undefined))
    .orderBy(asc(needs.overall), asc(needs.number));
}

export type AgendaNeedRow = {
  id: string;
  number: number;
  title: string;
  problem: string;
  status: string;
  version: number;
  feasibility: number | null;
  potential: number | null;
  overall: number | null;
  quadrant: string | null;
};

export async function findAgendaNeeds(tx: Tx, ctx: Scope, ids: readonly string[]): Promise<Map<string, AgendaNeedRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({
      id: needs.id,
      number: needs.number,
      title: needs.title,
      problem: needs.problem,
      status: needs.status,
      version: needs.version,
      feasibility: needs.feasibility,
      potential: needs.potential,
      overall: needs.overall,
      quadrant: needs.quadrant,
    })
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), inArray(needs.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row]));
}

export async function findInitiativeTitles(tx: Tx, ctx: Scope, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: initiatives.id, title: initiatives.title })
    .from(initiatives)
    .where(and(eq(initiatives.organizationId, ctx.organizationId), inArray(initiatives.id, [...ids])));
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** need id → its latest decision in force (not superseded): outcome and date. */
export async function findLatestDecisions(tx: Tx, ctx: Scope, needIds: readonly string[]): Promise<Map<string, { outcome: string; decisionDate: string }>> {
  if (needIds.length === 0) return new Map();
  const rows = await tx
    .selectDistinctOn([decisions.needId], { needId: decisions.needId, outcome: decisions.outcome, decisionDate: decisions.decisionDate })
    .from(decisions)
    .where(and(eq(decisions.organizationId, ctx.organizationId), inArray(decisions.needId, [...needIds])))
    .orderBy(decisions.needId, desc(decisions.decisionDate), desc(decisions.id));
  return new Map(rows.map((row) => [row.needId, { outcome: row.outcome, decisionDate: row.decisionDate }]));
}

export type MeetingDecisionRow = {
  id: string;
  needId: string;
  outcome: string;
  form: string | null;
  ownerName: string | null;
  rationale: string;
  decisionDate: string;
  initiativeId: string | null;
};

/** The decisions taken at a meeting and still in force (a correction supersedes one), by need. */
export async function findMeetingDecisions(tx: Tx, ctx: Scope, meetingId: string): Promise<Map<string, MeetingDecisionRow>> {
  const rows = await tx
    .select({
      id: decisions.id,
      needId: decisions.needId,
      outcome: decisions.outcome,
      form: decisions.form,
      ownerName: decisions.ownerName,
      rationale: decisions.rationale,
      decisionDate: decisions.decisionDate,
      initiativeId: initiatives.id,
    })
    .from(decisions)
    .leftJoin(initiatives, and(eq(initiatives.organizationId, decisions.organizationId), eq(initiatives.decisionId, decisions.id)))
    .where(
      and(
        eq(decisions.organizationId, ctx.organizationId),
        eq(decisions.meetingId, meetingId),
        sql`not exists (select 1 from decisions s where s.organization_id = ${decisions.organizationId} and s.supersedes_id = ${decisions.id})`,
      ),
    )
    .orderBy(asc(decisions.createdAt));
  return new Map(rows.map((row) => [row.needId, row]));
}
