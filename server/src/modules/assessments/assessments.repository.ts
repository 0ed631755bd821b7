import { and, desc, eq, inArray, isNotNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { v7 as uuidv7 } from 'uuid';
import { CRITERION_KEYS, type Scores } from '@domain/assessment';
import type { AssessmentStatus } from '@domain/assessment.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { staleVersion } from '@server/platform/http/etag';
import { assessments, raterScores } from '@server/modules/assessments/assessments.tables';
import { users } from '@server/modules/users/users.tables';

type Scope = Pick<Ctx, 'organizationId'>;
type ScoreColumns = { [K in keyof Scores]: number | null };

/** An assessment round with the names of who opened and fixed it. */
export type AssessmentRound = {
  id: string;
  needId: string;
  status: AssessmentStatus;
  agreedScores: Scores | null;
  rationale: string;
  openedBy: { id: string; name: string };
  openedAt: Date;
  fixedBy: { id: string; name: string } | null;
  fixedAt: Date | null;
  version: number;
};

/** One rater's saved scores in a round. */
export type RaterScore = { assessmentId: string; rater: { id: string; name: string }; scores: Scores; comment: string; updatedAt: Date };

/** Scores from the eight columns; null unless all eight are set (agreed scores before fixing). */
export function scoresFromColumns(row: ScoreColumns): Scores | null {
  if (CRITERION_KEYS.some((key) => row[key] === null)) return null;
  return Object.fromEntries(CRITERION_KEYS.map((key) => [key, row[key]])) as Scores;
}

const opener = alias(users, 'opener');
const fixer = alias(users, 'fixer');

function roundQuery(tx: Tx) {
  return tx
    .select({ a: assessments, openerName: opener.name, fixerName: fixer.name })
    .from(assessments)
    .innerJoin(opener, eq(opener.id, assessments.openedBy))
    .leftJoin(fixer, eq(fixer.id, assessments.fixedBy));
}

function toRound(row: { a: typeof assessments.$inferSelect; openerName: string; fixerName: string | null }): AssessmentRound {
  const { a } = row;
  return {
    id: a.id,
    needId: a.needId,
    status: a.status as AssessmentStatus,
    agreedScores: scoresFromColumns(a),
    rationale: a.rationale,
    openedBy: { id: a.openedBy, name: row.openerName },
    openedAt: a.createdAt,
    fixedBy: a.fixedBy ? { id: a.fixedBy, name: row.fixerName ?? '' } : null,
    fixedAt: a.fixedAt,
    version: a.version,
  };
}

const ofNeed = (ctx: Scope, needId: string) => and(eq(assessments.organizationId, ctx.organizationId), eq(assessments.needId, needId));

/** The need's current round (open, or fixed and not yet superseded), if any. */
export async function findCurrentRound(tx: Tx, ctx: Scope, needId: string): Promise<AssessmentRound | undefined> {
  const [row] = await roundQuery(tx).where(and(ofNeed(ctx, needId), ne(assessments.status, 'superseded')));
  return row ? toRound(row) : undefined;
}

/** Every round of the need, newest first: the assessment history. */
export async function findRoundsOfNeed(tx: Tx, ctx: Scope, needId: string): Promise<AssessmentRound[]> {
  const rows = await roundQuery(tx).where(ofNeed(ctx, needId)).orderBy(desc(assessments.createdAt), desc(assessments.id));
  return rows.map(toRound);
}

/** The newest round that was fixed (possibly superseded since by a round still open). */
export async function findLatestFixedRound(tx: Tx, ctx: Scope, needId: string): Promise<AssessmentRound | undefined> {
  const [row] = await roundQuery(tx)
    .where(and(ofNeed(ctx, needId), isNotNull(assessments.fixedAt)))
    .orderBy(desc(assessments.fixedAt), desc(assessments.id))
    .limit(1);
  return row ? toRound(row) : undefined;
}

/** Opens a new round. The partial unique index refuses a second current round of the same need. */
export async function insertRound(tx: Tx, ctx: Scope, input: { needId: string; openedBy: string }): Promise<string> {
  const id = uuidv7();
  await tx.insert(assessments).values({ organizationId: ctx.organizationId, id, needId: input.needId, openedBy: input.openedBy });
  return id;
}

/** Marks the current round as history, provided it is still at the version the caller saw. */
export async function supersedeRound(tx: Tx, ctx: Scope, id: string, expectedVersion: number): Promise<void> {
  const rows = await tx
    .update(assessments)
    .set({ status: 'superseded', version: sql`${assessments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(assessments.organizationId, ctx.organizationId), eq(assessments.id, id), eq(assessments.version, expectedVersion)))
    .returning({ id: assessments.id });
  if (rows.length === 0) throw staleVersion();
}

/** Writes the agreed scores and closes the round, provided it is still at the expected version. */
export async function fixRound(
  tx: Tx,
  ctx: Scope,
  id: string,
  expectedVersion: number,
  input: { scores: Scores; rationale: string; fixedBy: string },
): Promise<void> {
  const rows = await tx
    .update(assessments)
    .set({
      ...input.scores,
      rationale: input.rationale,
      status: 'fixed',
      fixedBy: input.fixedBy,
      fixedAt: new Date(),
      version: sql`${assessments.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(eq(assessments.organizationId, ctx.organizationId), eq(assessments.id, id), eq(assessments.version, expectedVersion), eq(assessments.status, 'open')),
    )
    .returning({ id: assessments.id });
  if (rows.length === 0) throw staleVersion();
}

/**
 * Bumps the round's version when a rater saves, so a coordinator who fixes from an older view
 * (without the new scores) gets 412 instead of silently ignoring them.
 */
export async function touchRound(tx: Tx, ctx: Scope, id: string): Promise<void> {
  await tx
    .update(assessments)
    .set({ version: sql`${assessments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(assessments.organizationId, ctx.organizationId), eq(assessments.id, id)));
}

/** The raters' scores of the given rounds, in the order the raters first scored. */
export async function findRaterScores(tx: Tx, ctx: Scope, assessmentIds: string[]): Promise<RaterScore[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await tx
    .select({ r: raterScores, raterName: users.name })
    .from(raterScores)
    .innerJoin(users, eq(users.id, raterScores.raterId))
    .where(and(eq(raterScores.organizationId, ctx.organizationId), inArray(raterScores.assessmentId, assessmentIds)))
    .orderBy(raterScores.createdAt, raterScores.id);
  return rows.map(({ r, raterName }) => ({
    assessmentId: r.assessmentId,
    rater: { id: r.raterId, name: raterName },
    scores: scoresFromColumns(r)!,
    comment: r.comment,
    updatedAt: r.updatedAt,
  }));
}

/** Inserts or replaces one rater's scores in a round (one row per rater and round). */
export async function upsertRaterScore(tx: Tx, ctx: Scope, input: { assessmentId: string; raterId: string; scores: Scores; comment: string }): Promise<void> {
  await tx
    .insert(raterScores)
    .values({ organizationId: ctx.organizationId, id: uuidv7(), assessmentId: input.assessmentId, raterId: input.raterId, ...input.scores, comment: input.comment })
    .onConflictDoUpdate({
      target: [raterScores.organizationId, raterScores.assessmentId, raterScores.raterId],
      set: { ...input.scores, comment: input.comment, version: sql`${raterScores.version} + 1`, updatedAt: new Date() },
    });
}
