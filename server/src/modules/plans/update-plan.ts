import type { TPlan, TUpdatePlanRequest } from '@domain/plans.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findPlanRow, updatePlanRow } from '@server/modules/plans/plans.repository';
import { assertDraft } from '@server/modules/plans/plans.policy';
import { loadPlan } from '@server/modules/plans/get-plan';
import { prefixed } from '@server/modules/plans/create-plan';

/** Saves a draft's title and text sections if nobody saved since the user read it (If-Match). */
export async function updatePlan(ctx: Ctx, id: string, input: TUpdatePlanRequest, expected: number): Promise<TPlan> {
  return inTenant(ctx, async (tx) => {
    const current = await findPlanRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('plan');
    assertDraft(current);
    if (current.version !== expected) throw staleVersion();
    assertNoPersonalData({ title: input.title, ...prefixed(input.sections) });
    const row = await updatePlanRow(tx, ctx, id, expected, { title: input.title, sections: input.sections });
    if (!row) throw staleVersion();
    await recordAudit(tx, ctx, {
      action: 'plan.updated',
      entityType: 'plan',
      entityId: id,
      before: { title: current.title, sections: current.sections },
      after: { title: row.title, sections: row.sections },
    });
    return loadPlan(tx, ctx, row);
  });
}
