import { aliasedTable, and, desc, eq, gte, inArray, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DecisionOrigin, DecisionOutcome, InitiativeForm, TDecisionSnapshot } from '@domain/decisions.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { users } from '@server/modules/users/users.tables';
import { meetings } from '@server/modules/meetings/meetings.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** A decision as stored, with the name of who recorded it. */
export type DecisionRecord = {
  id: string;
  needId: string;
  outcome: DecisionOutcome;
  form: InitiativeForm | null;
  ownerName: string | null;
  plannedStartYear: number | null;
  parkedUntil: string | null;
  decisionDate: string;
  forum: string;
  rationale: string;
  snapshot: TDecisionSnapshot;
  origin: DecisionOrigin;
  reference: string | null;
  /** The decision this one corrects, and the one that corrected it ("ersatt av"). */
  supersedesId: string | null;
  supersededBy: { id: string; decisionDate: string } | null;
  /** The meeting it was taken at, when recorded from the meeting's page. */
  meeting: { id: string; title: string; meetingDate: string } | null;
  decidedBy: { id: string; name: string };
  createdAt: Date;
};

export type NewDecision = Omit<DecisionRecord, 'decidedBy' | 'createdAt' | 'origin' | 'reference' | 'supersedesId' | 'supersededBy' | 'meeting'> & {
  decidedBy: string;
  meetingId?: string | null;
  origin?: DecisionOrigin;
  reference?: string | null;
  supersedesId?: string | null;
};

const successor = aliasedTable(decisions, 'successor');

function selectDecisions(tx: Tx) {
  return tx
    .select({
      d: decisions,
      deciderName: users.name,
      successorId: successor.id,
      successorDate: successor.decisionDate,
      meetingTitle: meetings.title,
      meetingDate: meetings.meetingDate,
    })
    .from(decisions)
    .innerJoin(users, eq(users.id, decisions.decidedBy))
    .leftJoin(successor, and(eq(successor.organizationId, decisions.organizationId), eq(successor.supersedesId, decisions.id)))
    .leftJoin(meetings, and(eq(meetings.organizationId, decisions.organizationId), eq(meetings.id, decisions.meetingId)));
}

type DecisionRow = {
  d: typeof decisions.$inferSelect;
  deciderName: string;
  successorId: string | null;
  successorDate: string | null;
  meetingTitle: string | null;
  meetingDate: string | null;
};

function toRecord({ d, deciderName, successorId, successorDate, meetingTitle, meetingDate }: DecisionRow): DecisionRecord {
  return {
    id: d.id,
    needId: d.needId,
    outcome: d.outcome as DecisionOutcome,
    form: d.form as InitiativeForm | null,
    ownerName: d.ownerName,
    plannedStartYear: d.plannedStartYear,
    parkedUntil: d.parkedUntil,
    decisionDate: d.decisionDate,
    forum: d.forum,
    rationale: d.rationale,
    snapshot: d.snapshot as TDecisionSnapshot,
    origin: d.origin as DecisionOrigin,
    reference: d.reference,
    supersedesId: d.supersedesId,
    supersededBy: successorId && successorDate ? { id: successorId, decisionDate: successorDate } : null,
    meeting: d.meetingId && meetingTitle !== null && meetingDate !== null ? { id: d.meetingId, title: meetingTitle, meetingDate } : null,
    decidedBy: { id: d.decidedBy, name: deciderName },
    createdAt: d.createdAt,
  };
}

/** Stores a decision. Decisions are append-only: there is no update function, by design. */
export async function insertDecision(tx: Tx, ctx: Scope, input: NewDecision): Promise<void> {
  await tx.insert(decisions).values({ organizationId: ctx.organizationId, ...input });
}

/** Many decisions of the caller's organisation at once (an imported plan's decided rows), a few hundred per statement. */
export async function insertDecisions(tx: Tx, ctx: Scope, inputs: ReadonlyArray<NewDecision>): Promise<void> {
  const CHUNK = 500;
  for (let start = 0; start < inputs.length; start += CHUNK) {
    await tx.insert(decisions).values(inputs.slice(start, start + CHUNK).map((input) => ({ organizationId: ctx.organizationId, ...input })));
  }
}

/** One decision by id (after inserting it, to answer with what was stored). */
export async function getDecisionRecord(tx: Tx, ctx: Scope, id: string): Promise<DecisionRecord | undefined> {
  const [row] = await selectDecisions(tx).where(and(eq(decisions.organizationId, ctx.organizationId), eq(decisions.id, id)));
  return row ? toRecord(row) : undefined;
}

/** The decisions on one need, newest decision first. */
export async function findDecisionsOfNeed(tx: Tx, ctx: Scope, needId: string): Promise<DecisionRecord[]> {
  const rows = await selectDecisions(tx)
    .where(and(eq(decisions.organizationId, ctx.organizationId), eq(decisions.needId, needId)))
    .orderBy(desc(decisions.decisionDate), desc(decisions.id));
  return rows.map(toRecord);
}

export type DecisionLogCursor = { d: string; id: string };

/** One page of the decision log, newest decision date first (ties: newest recorded first). */
export async function findDecisionLog(
  tx: Tx,
  ctx: Scope,
  options: { outcome?: DecisionOutcome; year?: number; cursor?: DecisionLogCursor; limit: number },
): Promise<DecisionRecord[]> {
  const conditions: SQL[] = [eq(decisions.organizationId, ctx.organizationId)];
  if (options.outcome) conditions.push(eq(decisions.outcome, options.outcome));
  if (options.year) {
    conditions.push(gte(decisions.decisionDate, `${options.year}-01-01`), lte(decisions.decisionDate, `${options.year}-12-31`));
  }
  if (options.cursor) {
    const { d, id } = options.cursor;
    conditions.push(or(lt(decisions.decisionDate, d), and(eq(decisions.decisionDate, d), lt(decisions.id, id)))!);
  }
  const rows = await selectDecisions(tx)
    .where(and(...conditions))
    .orderBy(desc(decisions.decisionDate), desc(decisions.id))
    .limit(options.limit);
  return rows.map(toRecord);
}

/**
 * Replaces the values equal to a redacted text in the snapshots of a need's decisions (they freeze
 * its title), per JSON value so the JSON stays whole (ADR 0005). The decision itself is otherwise untouched.
 */
export async function redactDecisionSnapshots(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, needId: string, text: string, marker: string): Promise<void> {
  await tx
    .update(decisions)
    .set({ snapshot: sql`jsonb_redact_text(${decisions.snapshot}, ${text}, ${marker})` })
    .where(and(eq(decisions.organizationId, ctx.organizationId), eq(decisions.needId, needId)));
}

/** decision id → date and reference, for the decisions among `decisionIds` taken before Digiplan. */
export async function findPreDigiplanDecisions(tx: Tx, ctx: Scope, decisionIds: string[]): Promise<Map<string, { decisionDate: string; reference: string }>> {
  if (decisionIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: decisions.id, decisionDate: decisions.decisionDate, reference: decisions.reference })
    .from(decisions)
    .where(and(eq(decisions.organizationId, ctx.organizationId), inArray(decisions.id, decisionIds), eq(decisions.origin, 'pre_digiplan')));
  return new Map(rows.map((row) => [row.id, { decisionDate: row.decisionDate, reference: row.reference ?? '' }]));
}
