import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { DEFAULT_MATURITY_INDICATORS } from '@domain/maturity-indicators';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { users } from '@server/modules/users/users.tables';
import { needs } from '@server/modules/needs/needs.tables';
import { maturityAnswers, maturityAssessments, maturityIndicatorNeeds, maturityIndicators, maturitySettings } from '@server/modules/maturity/maturity.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type IndicatorRow = typeof maturityIndicators.$inferSelect;
export type AssessmentRow = typeof maturityAssessments.$inferSelect;
export type AnswerRow = typeof maturityAnswers.$inferSelect & { setByName: string };

/**
 * Copies Digiplan's default indicator set into the organisation the first time it is needed.
 * `on conflict do nothing` on (organisation, code) makes two first visits at once copy it once.
 * Returns how many were copied (0 when the organisation already had them).
 */
export async function ensureDefaultIndicators(tx: Tx, ctx: Scope): Promise<number> {
  const [existing] = await tx.select({ n: sql<number>`count(*)::int` }).from(maturityIndicators).where(eq(maturityIndicators.organizationId, ctx.organizationId));
  if ((existing?.n ?? 0) > 0) return 0;
  const rows = DEFAULT_MATURITY_INDICATORS.map((indicator, position) => ({ organizationId: ctx.organizationId, id: uuidv7(), code: indicator.code, area: indicator.area, text: indicator.text, position: position + 1 }));
  const inserted = await tx.insert(maturityIndicators).values(rows).onConflictDoNothing().returning({ id: maturityIndicators.id });
  return inserted.length;
}

export async function findIndicatorRows(tx: Tx, ctx: Scope, options: { includeRetired?: boolean } = {}) {
  const where = options.includeRetired ? eq(maturityIndicators.organizationId, ctx.organizationId) : and(eq(maturityIndicators.organizationId, ctx.organizationId), isNull(maturityIndicators.retiredAt));
  return tx.select().from(maturityIndicators).where(where).orderBy(asc(maturityIndicators.position), asc(maturityIndicators.id));
}

export async function findIndicatorRow(tx: Tx, ctx: Scope, id: string, options: { lock?: boolean } = {}) {
  const query = tx.select().from(maturityIndicators).where(and(eq(maturityIndicators.organizationId, ctx.organizationId), eq(maturityIndicators.id, id)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

export async function insertIndicatorRow(tx: Tx, ctx: Scope, values: { area: string; text: string }) {
  const [max] = await tx.select({ n: sql<number>`coalesce(max(${maturityIndicators.position}), 0)::int` }).from(maturityIndicators).where(eq(maturityIndicators.organizationId, ctx.organizationId));
  const [row] = await tx
    .insert(maturityIndicators)
    .values({ organizationId: ctx.organizationId, id: uuidv7(), code: null, area: values.area, text: values.text, position: (max?.n ?? 0) + 1 })
    .returning();
  return row!;
}

export async function updateIndicatorRow(tx: Tx, ctx: Scope, id: string, expected: number, values: { text: string; retiredAt: Date | null }) {
  const [row] = await tx
    .update(maturityIndicators)
    .set({ ...values, version: sql`${maturityIndicators.version} + 1`, updatedAt: new Date() })
    .where(and(eq(maturityIndicators.organizationId, ctx.organizationId), eq(maturityIndicators.id, id), eq(maturityIndicators.version, expected)))
    .returning();
  return row;
}

export async function findAssessmentRows(tx: Tx, ctx: Scope) {
  return tx.select().from(maturityAssessments).where(eq(maturityAssessments.organizationId, ctx.organizationId)).orderBy(desc(maturityAssessments.year), desc(maturityAssessments.createdAt), desc(maturityAssessments.id));
}

export async function findAssessmentRow(tx: Tx, ctx: Scope, id: string) {
  const [row] = await tx.select().from(maturityAssessments).where(and(eq(maturityAssessments.organizationId, ctx.organizationId), eq(maturityAssessments.id, id)));
  return row;
}

export async function insertAssessmentRow(tx: Tx, ctx: Pick<Ctx, 'organizationId' | 'actor'>, values: { year: number; label: string; operationAreas: string[] }) {
  const [row] = await tx
    .insert(maturityAssessments)
    .values({ organizationId: ctx.organizationId, id: uuidv7(), ...values, createdBy: ctx.actor.id })
    .returning();
  return row!;
}

/** The answers of the given assessments, with the name of who set each. */
export async function findAnswerRows(tx: Tx, ctx: Scope, assessmentIds: readonly string[]): Promise<AnswerRow[]> {
  if (assessmentIds.length === 0) return [];
  const rows = await tx
    .select({ answer: maturityAnswers, setByName: users.name })
    .from(maturityAnswers)
    .innerJoin(users, eq(users.id, maturityAnswers.setBy))
    .where(and(eq(maturityAnswers.organizationId, ctx.organizationId), inArray(maturityAnswers.assessmentId, [...assessmentIds])));
  return rows.map((row) => ({ ...row.answer, setByName: row.setByName }));
}

type AnswerKey = { assessmentId: string; indicatorId: string; operationArea: string };
const answerWhere = (ctx: Scope, key: AnswerKey) =>
  and(
    eq(maturityAnswers.organizationId, ctx.organizationId),
    eq(maturityAnswers.assessmentId, key.assessmentId),
    eq(maturityAnswers.indicatorId, key.indicatorId),
    eq(maturityAnswers.operationArea, key.operationArea),
  );

export async function findAnswerRow(tx: Tx, ctx: Scope, key: AnswerKey): Promise<AnswerRow | undefined> {
  const [row] = await tx.select({ answer: maturityAnswers, setByName: users.name }).from(maturityAnswers).innerJoin(users, eq(users.id, maturityAnswers.setBy)).where(answerWhere(ctx, key));
  return row ? { ...row.answer, setByName: row.setByName } : undefined;
}

type AnswerValues = { rating: string; comment: string; indicatorText: string; setBy: string };

/** The first rating of a cell; undefined when someone rated it first (the caller answers 412). */
export async function insertAnswerRow(tx: Tx, ctx: Scope, key: AnswerKey, values: AnswerValues) {
  const [row] = await tx
    .insert(maturityAnswers)
    .values({ organizationId: ctx.organizationId, ...key, ...values })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** A changed rating, only if nobody changed it since `expected` (the caller answers 412 otherwise). */
export async function updateAnswerRow(tx: Tx, ctx: Scope, key: AnswerKey, expected: number, values: AnswerValues) {
  const [row] = await tx
    .update(maturityAnswers)
    .set({ ...values, setAt: new Date(), version: sql`${maturityAnswers.version} + 1` })
    .where(and(answerWhere(ctx, key), eq(maturityAnswers.version, expected)))
    .returning();
  return row;
}

/** The needs made from indicators, with their current status. */
export async function findLinkedNeeds(tx: Tx, ctx: Scope, options: { needId?: string } = {}) {
  const where = options.needId
    ? and(eq(maturityIndicatorNeeds.organizationId, ctx.organizationId), eq(maturityIndicatorNeeds.needId, options.needId))
    : eq(maturityIndicatorNeeds.organizationId, ctx.organizationId);
  return tx
    .select({
      indicatorId: maturityIndicatorNeeds.indicatorId,
      operationArea: maturityIndicatorNeeds.operationArea,
      assessmentId: maturityIndicatorNeeds.assessmentId,
      needId: needs.id,
      number: needs.number,
      title: needs.title,
      status: needs.status,
    })
    .from(maturityIndicatorNeeds)
    .innerJoin(needs, and(eq(needs.organizationId, maturityIndicatorNeeds.organizationId), eq(needs.id, maturityIndicatorNeeds.needId)))
    .where(where)
    .orderBy(asc(needs.number));
}

export async function insertIndicatorNeed(tx: Tx, ctx: Scope, values: { indicatorId: string; needId: string; operationArea: string; assessmentId: string }) {
  await tx.insert(maturityIndicatorNeeds).values({ organizationId: ctx.organizationId, ...values });
}

export async function findSettingsRow(tx: Tx, ctx: Scope) {
  const [row] = await tx.select().from(maturitySettings).where(eq(maturitySettings.organizationId, ctx.organizationId));
  return row ?? { organizationId: ctx.organizationId, compareOptIn: false, version: 0, updatedAt: new Date(0) };
}

/** Saves the opt-in if nobody changed it since `expected` (0: never saved). */
export async function saveSettingsRow(tx: Tx, ctx: Scope, expected: number, compareOptIn: boolean) {
  if (expected === 0) {
    const [row] = await tx.insert(maturitySettings).values({ organizationId: ctx.organizationId, compareOptIn }).onConflictDoNothing().returning();
    return row;
  }
  const [row] = await tx
    .update(maturitySettings)
    .set({ compareOptIn, version: sql`${maturitySettings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(maturitySettings.organizationId, ctx.organizationId), eq(maturitySettings.version, expected)))
    .returning();
  return row;
}

/**
 * Platform read (deliberately across organisations, run in `inPlatform`): for every OTHER
 * organisation that opted in to the comparison, the answers of its latest assessment in `year`.
 * Only area and rating leave this function — no comments, no indicator texts, no names.
 */
export async function platformComparisonAnswers(tx: Tx, viewerOrganizationId: string, year: number) {
  const result = await tx.execute(sql`
    with latest as (
      select distinct on (a.organization_id) a.organization_id, a.id
      from maturity_assessments a
      join maturity_settings s on s.organization_id = a.organization_id and s.compare_opt_in
      where a.year = ${year} and a.organization_id <> ${viewerOrganizationId}
      order by a.organization_id, a.created_at desc, a.id desc
    )
    select l.organization_id as "organizationId", i.area, ans.rating
    from latest l
    join maturity_answers ans on ans.organization_id = l.organization_id and ans.assessment_id = l.id
    join maturity_indicators i on i.organization_id = ans.organization_id and i.id = ans.indicator_id`);
  return result.rows as { organizationId: string; area: string; rating: string }[];
}
