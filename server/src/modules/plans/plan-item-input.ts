import { costEstimateIssues } from '@domain/cost-estimate';
import type { TCostEstimate, TPlanItemInput, TPlanTiming } from '@domain/plans.contracts';
import { initialPriority, suggestedPriority } from '@domain/plan-priority';
import { timingIssues } from '@domain/plan-timing';
import type { TFieldIssue } from '@domain/problem';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { focusAreas } from '@server/modules/organizations/organizations.tables';
import type { PlanItemValues, PlanRow } from '@server/modules/plans/plans.repository';
import { costFromWire } from '@server/modules/plans/present-plan';
import { findPlanSource } from '@server/modules/plans/plan-sources';

type Scope = Pick<Ctx, 'organizationId'>;

const isEmptyCost = (cost: TCostEstimate) => cost.low === null && cost.high === null && cost.note === '';

/** Field issues of a timing against the plan's period, under `prefix` (e.g. `body.timing`). */
export function timingFieldIssues(timing: TPlanTiming, plan: PlanRow, prefix: string): TFieldIssue[] {
  return timingIssues(timing, { startYear: plan.startYear, endYear: plan.endYear }).map((issue) => ({ path: `${prefix}.${issue.path}`, code: issue.code }));
}

/** Throws the collected field issues as one 400, so the form can mark every field at once. */
export function throwIfIssues(issues: TFieldIssue[]): void {
  if (issues.length > 0) throw new AppError('validation_failed', 'The plan item has errors.', issues);
}

/**
 * Checks an item against its plan and organisation — the time within the plan's period, a cost
 * range that runs upwards, staff hours in the plan's years, a focus area, need or initiative of the
 * organisation, no personnummer in any text — and returns the columns to write.
 */
export async function planItemValues(tx: Tx, ctx: Scope, plan: PlanRow, input: TPlanItemInput): Promise<PlanItemValues> {
  assertNoPersonalData({ title: input.title, what: input.what, why: input.why, how: input.how, expectedBenefit: input.expectedBenefit, 'cost.note': input.cost.note });
  const issues: TFieldIssue[] = [...timingFieldIssues(input.timing, plan, 'body.timing')];
  for (const issue of costEstimateIssues(costFromWire(input.cost))) issues.push({ path: `body.cost.${issue.path}`, code: issue.code });
  input.staffHours.forEach((entry, index) => {
    if (entry.year < plan.startYear || entry.year > plan.endYear) issues.push({ path: `body.staffHours.${index}.year`, code: 'outside_period' });
  });
  if (input.focusAreaId) {
    const [area] = await tx.select({ id: focusAreas.id }).from(focusAreas).where(and(eq(focusAreas.organizationId, ctx.organizationId), eq(focusAreas.id, input.focusAreaId)));
    if (!area) issues.push({ path: 'body.focusAreaId', code: 'not_found' });
  }
  const source = input.needId || input.initiativeId ? await findPlanSource(tx, ctx, input) : undefined;
  if ((input.needId || input.initiativeId) && !source) issues.push({ path: input.initiativeId ? 'body.initiativeId' : 'body.needId', code: 'not_found' });
  if (source && input.needId && input.needId !== source.needId) issues.push({ path: 'body.needId', code: 'mismatch' });
  throwIfIssues(issues);
  const suggestion = source ? suggestedPriority(source.quadrant) : null;
  return {
    needId: source?.needId ?? null,
    initiativeId: source?.initiativeId ?? null,
    title: input.title,
    what: input.what,
    // Varför and the benefit start from the need's own words, so they are not typed twice.
    why: input.why || source?.problem || '',
    how: input.how,
    expectedBenefit: input.expectedBenefit || source?.expectedBenefit || '',
    timing: input.timing,
    horizon: input.horizon,
    priority: input.priority ?? initialPriority(suggestion),
    prioritySuggestion: suggestion,
    // An item without a cost of its own starts from the need's estimate, as Varför starts from its problem.
    cost: isEmptyCost(input.cost) && source?.costEstimate ? (source.costEstimate as TCostEstimate) : input.cost,
    staffHours: input.staffHours,
    focusAreaId: input.focusAreaId ?? source?.focusAreaId ?? null,
  };
}
