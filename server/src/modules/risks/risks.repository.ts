import { and, asc, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import type { TRiskInput } from '@domain/risks.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiativeRisks, riskAnalyses } from '@server/modules/risks/risks.tables';

type Scope = Pick<Ctx, 'organizationId'>;
export type RiskRow = typeof initiativeRisks.$inferSelect;
export type RiskAnalysisRow = typeof riskAnalyses.$inferSelect;

/** The initiative's risks, oldest first (the order they were identified). */
export async function findRisks(tx: Tx, ctx: Scope, initiativeId: string): Promise<RiskRow[]> {
  return tx
    .select()
    .from(initiativeRisks)
    .where(and(eq(initiativeRisks.organizationId, ctx.organizationId), eq(initiativeRisks.initiativeId, initiativeId)))
    .orderBy(asc(initiativeRisks.createdAt), asc(initiativeRisks.id));
}

/** One risk of the initiative, locked for update when asked. */
export async function findRisk(tx: Tx, ctx: Scope, initiativeId: string, riskId: string, options: { forUpdate?: boolean } = {}): Promise<RiskRow | undefined> {
  const query = tx
    .select()
    .from(initiativeRisks)
    .where(and(eq(initiativeRisks.organizationId, ctx.organizationId), eq(initiativeRisks.initiativeId, initiativeId), eq(initiativeRisks.id, riskId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertRisk(tx: Tx, ctx: Scope, initiativeId: string, input: TRiskInput): Promise<RiskRow> {
  const [row] = await tx.insert(initiativeRisks).values({ organizationId: ctx.organizationId, id: uuidv7(), initiativeId, ...input }).returning();
  return row!;
}

/** Writes the risk only if nobody saved since `expectedVersion`; undefined otherwise. */
export async function updateRiskVersioned(tx: Tx, ctx: Scope, riskId: string, expectedVersion: number, input: TRiskInput): Promise<RiskRow | undefined> {
  const [row] = await tx
    .update(initiativeRisks)
    .set({ ...input, version: sql`${initiativeRisks.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(initiativeRisks.organizationId, ctx.organizationId), eq(initiativeRisks.id, riskId), eq(initiativeRisks.version, expectedVersion)))
    .returning();
  return row;
}

export async function deleteRisk(tx: Tx, ctx: Scope, riskId: string): Promise<void> {
  await tx.delete(initiativeRisks).where(and(eq(initiativeRisks.organizationId, ctx.organizationId), eq(initiativeRisks.id, riskId)));
}

/** The initiative's analysis row (union consultation, ethics), if anything was recorded. */
export async function findAnalysis(tx: Tx, ctx: Scope, initiativeId: string, options: { forUpdate?: boolean } = {}): Promise<RiskAnalysisRow | undefined> {
  const query = tx
    .select()
    .from(riskAnalyses)
    .where(and(eq(riskAnalyses.organizationId, ctx.organizationId), eq(riskAnalyses.initiativeId, initiativeId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export type AnalysisChanges = Partial<Omit<typeof riskAnalyses.$inferInsert, 'organizationId' | 'initiativeId' | 'version' | 'createdAt' | 'updatedAt'>>;

/**
 * Saves part of the analysis if its version is still `expectedVersion` (0 = not yet created).
 * Returns undefined when someone else saved first.
 */
export async function saveAnalysisVersioned(
  tx: Tx,
  ctx: Scope,
  initiativeId: string,
  expectedVersion: number,
  changes: AnalysisChanges,
): Promise<RiskAnalysisRow | undefined> {
  if (expectedVersion === 0) {
    const [row] = await tx
      .insert(riskAnalyses)
      .values({ organizationId: ctx.organizationId, initiativeId, ...changes })
      .onConflictDoNothing()
      .returning();
    return row;
  }
  const [row] = await tx
    .update(riskAnalyses)
    .set({ ...changes, version: sql`${riskAnalyses.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(riskAnalyses.organizationId, ctx.organizationId), eq(riskAnalyses.initiativeId, initiativeId), eq(riskAnalyses.version, expectedVersion)))
    .returning();
  return row;
}
