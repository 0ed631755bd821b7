import { v7 as uuidv7 } from 'uuid';
import type { TCreatePlanRequest, TPlan } from '@domain/plans.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { insertPlanRow } from '@server/modules/plans/plans.repository';
import { loadPlan } from '@server/modules/plans/get-plan';

/** Starts a plan for a period (one year or several) as version 1, a draft. */
export async function createPlan(ctx: Ctx, input: TCreatePlanRequest): Promise<TPlan> {
  assertNoPersonalData({ title: input.title, ...prefixed(input.sections) });
  return inTenant(ctx, async (tx) => {
    const id = uuidv7();
    const row = await insertPlanRow(tx, ctx, { id, seriesId: id, versionNumber: 1, title: input.title, startYear: input.startYear, endYear: input.endYear, sections: input.sections, status: 'draft' });
    const plan = await loadPlan(tx, ctx, row);
    await recordAudit(tx, ctx, { action: 'plan.created', entityType: 'plan', entityId: id, after: { title: plan.title, startYear: plan.startYear, endYear: plan.endYear, sections: plan.sections } });
    return plan;
  });
}

/** The sections as `sections.<name>` fields, so a personnummer error names the right field. */
export function prefixed(sections: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(sections).map(([key, text]) => [`sections.${key}`, text]));
}
