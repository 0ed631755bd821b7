import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { needGoals, needs } from '@server/modules/needs/needs.tables';
import { strategicGoals } from '@server/modules/organizations/organizations.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** The goals a need serves, by title. */
export async function findNeedGoalRows(tx: Tx, ctx: Scope, needId: string) {
  return tx
    .select({ id: strategicGoals.id, title: strategicGoals.title, focusAreaId: strategicGoals.focusAreaId, isArchived: strategicGoals.isArchived })
    .from(needGoals)
    .innerJoin(strategicGoals, and(eq(strategicGoals.organizationId, needGoals.organizationId), eq(strategicGoals.id, needGoals.goalId)))
    .where(and(eq(needGoals.organizationId, ctx.organizationId), eq(needGoals.needId, needId)))
    .orderBy(asc(strategicGoals.title));
}

/** The ids among `ids` that are goals of the organisation. */
export async function existingGoalIds(tx: Tx, ctx: Scope, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx.select({ id: strategicGoals.id }).from(strategicGoals).where(and(eq(strategicGoals.organizationId, ctx.organizationId), inArray(strategicGoals.id, [...ids])));
  return new Set(rows.map((row) => row.id));
}

export async function replaceNeedGoals(tx: Tx, ctx: Scope, needId: string, goalIds: readonly string[]): Promise<void> {
  await tx.delete(needGoals).where(and(eq(needGoals.organizationId, ctx.organizationId), eq(needGoals.needId, needId)));
  if (goalIds.length > 0) await tx.insert(needGoals).values(goalIds.map((goalId) => ({ organizationId: ctx.organizationId, needId, goalId })));
}

/** The needs serving a goal, and the initiatives those needs became. */
export async function findGoalContributionRows(tx: Tx, ctx: Scope, goalId: string) {
  const linked = await tx
    .select({ id: needs.id, number: needs.number, title: needs.title, status: needs.status, initiativeId: initiatives.id, initiativeTitle: initiatives.title, stage: initiatives.stage, initiativeStatus: initiatives.status })
    .from(needGoals)
    .innerJoin(needs, and(eq(needs.organizationId, needGoals.organizationId), eq(needs.id, needGoals.needId)))
    .leftJoin(initiatives, and(eq(initiatives.organizationId, needs.organizationId), eq(initiatives.needId, needs.id)))
    .where(and(eq(needGoals.organizationId, ctx.organizationId), eq(needGoals.goalId, goalId)))
    .orderBy(asc(needs.number));
  return linked;
}
