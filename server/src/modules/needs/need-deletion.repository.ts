import { and, count, eq, exists, inArray, ne, or, sql } from 'drizzle-orm';
import type { TFieldIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { assessments, raterScores } from '@server/modules/assessments/assessments.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { planItems } from '@server/modules/plans/plans.tables';
import { supplierDemoNeeds } from '@server/modules/supplier-demos/supplier-demos.tables';
import { needComments, needs, needSupporters } from '@server/modules/needs/needs.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/**
 * What depends on a need and forbids deleting it, one field issue per kind of dependant with how
 * many there are: decisions, scored assessment rounds, an initiative, plan items, supplier demos
 * and needs merged into it. Empty when the need may go. Reads the other modules' tables directly
 * (read-only, like need-goals.repository) because it only counts rows pointing at the need.
 */
export async function needDependants(tx: Tx, ctx: Scope, needId: string): Promise<TFieldIssue[]> {
  const org = ctx.organizationId;
  const [[decided], [scored], [initiative], [planned], [demos], [merged]] = await Promise.all([
    tx.select({ n: count() }).from(decisions).where(and(eq(decisions.organizationId, org), eq(decisions.needId, needId))),
    // A round counts once it holds scores: a rater's own, or the agreed ones of a fixed round.
    tx
      .select({ n: count() })
      .from(assessments)
      .where(
        and(
          eq(assessments.organizationId, org),
          eq(assessments.needId, needId),
          or(
            ne(assessments.status, 'open'),
            exists(tx.select({ one: sql`1` }).from(raterScores).where(and(eq(raterScores.organizationId, org), eq(raterScores.assessmentId, assessments.id)))),
          ),
        ),
      ),
    tx.select({ n: count() }).from(initiatives).where(and(eq(initiatives.organizationId, org), eq(initiatives.needId, needId))),
    tx.select({ n: count() }).from(planItems).where(and(eq(planItems.organizationId, org), eq(planItems.needId, needId))),
    tx.select({ n: count() }).from(supplierDemoNeeds).where(and(eq(supplierDemoNeeds.organizationId, org), eq(supplierDemoNeeds.needId, needId))),
    tx.select({ n: count() }).from(needs).where(and(eq(needs.organizationId, org), eq(needs.mergedIntoId, needId))),
  ]);
  const kinds: [string, number][] = [
    ['decisions', decided?.n ?? 0],
    ['assessments', scored?.n ?? 0],
    ['initiative', initiative?.n ?? 0],
    ['planItems', planned?.n ?? 0],
    ['supplierDemos', demos?.n ?? 0],
    ['mergedNeeds', merged?.n ?? 0],
  ];
  return kinds.filter(([, n]) => n > 0).map(([path, n]) => ({ path, code: 'has_dependants', message: `${n} depend on this need.` }));
}

/**
 * Deletes a need with what only it owns: supporters, comments, goal links (cascade) and assessment
 * rounds nobody scored. The caller has checked `needDependants` first.
 */
export async function deleteNeedRows(tx: Tx, ctx: Scope, needId: string): Promise<void> {
  const org = ctx.organizationId;
  await tx.delete(needSupporters).where(and(eq(needSupporters.organizationId, org), eq(needSupporters.needId, needId)));
  await tx.delete(needComments).where(and(eq(needComments.organizationId, org), eq(needComments.needId, needId)));
  const rounds = await tx.select({ id: assessments.id }).from(assessments).where(and(eq(assessments.organizationId, org), eq(assessments.needId, needId)));
  if (rounds.length > 0) {
    await tx.delete(assessments).where(and(eq(assessments.organizationId, org), inArray(assessments.id, rounds.map((round) => round.id))));
  }
  await tx.delete(needs).where(and(eq(needs.organizationId, org), eq(needs.id, needId)));
}
