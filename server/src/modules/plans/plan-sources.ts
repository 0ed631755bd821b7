import { and, asc, eq, inArray } from 'drizzle-orm';
import { QUADRANTS, type Quadrant } from '@domain/assessment';
import type { TPlanCandidate } from '@domain/plans.contracts';
import { suggestedPriority } from '@domain/plan-priority';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { needs } from '@server/modules/needs/needs.tables';
import { firstFocusAreaIdOfNeed } from '@server/modules/needs/needs.repository';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { planItems } from '@server/modules/plans/plans.tables';

type Scope = Pick<Ctx, 'organizationId'>;

const asQuadrant = (value: string | null): Quadrant | null => (value !== null && (QUADRANTS as readonly string[]).includes(value) ? (value as Quadrant) : null);

export type PlanSource = { needId: string; initiativeId: string | null; title: string; problem: string; expectedBenefit: string; focusAreaId: string | null; quadrant: Quadrant | null; costEstimate: unknown };

/**
 * What an item plans, looked up in the caller's organisation: an initiative (through its need) or a
 * need. Undefined when the id is not the organisation's — the caller answers with a field error.
 */
export async function findPlanSource(tx: Tx, ctx: Scope, ref: { needId: string | null; initiativeId: string | null }): Promise<PlanSource | undefined> {
  if (ref.initiativeId) {
    const [row] = await tx
      .select({ needId: initiatives.needId, initiativeId: initiatives.id, title: initiatives.title, problem: needs.problem, expectedBenefit: needs.expectedBenefit, focusAreaId: firstFocusAreaIdOfNeed(needs.organizationId, needs.id), quadrant: needs.quadrant, costEstimate: needs.costEstimate })
      .from(initiatives)
      .innerJoin(needs, and(eq(needs.organizationId, initiatives.organizationId), eq(needs.id, initiatives.needId)))
      .where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.id, ref.initiativeId)));
    return row ? { ...row, quadrant: asQuadrant(row.quadrant) } : undefined;
  }
  if (ref.needId) {
    const [row] = await tx
      .select({ needId: needs.id, title: needs.title, problem: needs.problem, expectedBenefit: needs.expectedBenefit, focusAreaId: firstFocusAreaIdOfNeed(needs.organizationId, needs.id), quadrant: needs.quadrant, costEstimate: needs.costEstimate, initiativeId: initiatives.id })
      .from(needs)
      .leftJoin(initiatives, and(eq(initiatives.organizationId, needs.organizationId), eq(initiatives.needId, needs.id)))
      .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, ref.needId)));
    return row ? { ...row, quadrant: asQuadrant(row.quadrant) } : undefined;
  }
  return undefined;
}

/**
 * What may still go in the plan: running initiatives, and needs that are assessed but not yet
 * decided or parked (seed 000's "möjliga förändringar", some "på sikt") — minus what the plan
 * already holds.
 */
export async function findPlanCandidates(tx: Tx, ctx: Scope, planId: string): Promise<TPlanCandidate[]> {
  const held = await tx
    .select({ needId: planItems.needId, initiativeId: planItems.initiativeId })
    .from(planItems)
    .where(and(eq(planItems.organizationId, ctx.organizationId), eq(planItems.planId, planId)));
  const heldNeeds = new Set(held.flatMap((row) => (row.needId ? [row.needId] : [])));
  const heldInitiatives = new Set(held.flatMap((row) => (row.initiativeId ? [row.initiativeId] : [])));

  const running = await tx
    .select({ id: initiatives.id, needId: initiatives.needId, needNumber: needs.number, title: initiatives.title, focusAreaId: firstFocusAreaIdOfNeed(needs.organizationId, needs.id), quadrant: needs.quadrant, plannedStartYear: initiatives.plannedStartYear })
    .from(initiatives)
    .innerJoin(needs, and(eq(needs.organizationId, initiatives.organizationId), eq(needs.id, initiatives.needId)))
    .where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.status, 'active')))
    .orderBy(asc(needs.number));
  const assessed = await tx
    .select({ id: needs.id, needNumber: needs.number, title: needs.title, focusAreaId: firstFocusAreaIdOfNeed(needs.organizationId, needs.id), quadrant: needs.quadrant })
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), inArray(needs.status, ['assessed', 'parked'])))
    .orderBy(asc(needs.number));

  const candidates: TPlanCandidate[] = [];
  for (const row of running) {
    if (heldInitiatives.has(row.id) || heldNeeds.has(row.needId)) continue;
    const quadrant = asQuadrant(row.quadrant);
    candidates.push({ kind: 'initiative', id: row.id, needNumber: row.needNumber, title: row.title, focusAreaId: row.focusAreaId, quadrant, prioritySuggestion: suggestedPriority(quadrant), plannedStartYear: row.plannedStartYear });
  }
  for (const row of assessed) {
    if (heldNeeds.has(row.id)) continue;
    const quadrant = asQuadrant(row.quadrant);
    candidates.push({ kind: 'need', id: row.id, needNumber: row.needNumber, title: row.title, focusAreaId: row.focusAreaId, quadrant, prioritySuggestion: suggestedPriority(quadrant), plannedStartYear: null });
  }
  return candidates;
}
