import type { TFixPlanRequest, TPlan } from '@domain/plans.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findPlanRow, updatePlanRow } from '@server/modules/plans/plans.repository';
import { assertDraft } from '@server/modules/plans/plans.policy';
import { loadPlan } from '@server/modules/plans/get-plan';

/**
 * The förvaltningschef fixes (fastställer) a draft with the decision's date and reference. From
 * then on the version is frozen (the database refuses changes too); changes start a new version.
 */
export async function fixPlan(ctx: Ctx, id: string, input: TFixPlanRequest, expected: number): Promise<TPlan> {
  return inTenant(ctx, async (tx) => {
    const current = await findPlanRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('plan');
    assertDraft(current);
    if (current.version !== expected) throw staleVersion();
    assertNoPersonalData({ decisionReference: input.decisionReference });
    const row = await updatePlanRow(tx, ctx, id, expected, { status: 'fixed', fixedOn: input.fixedOn, decisionReference: input.decisionReference, fixedBy: ctx.actor.id, fixedAt: new Date() });
    if (!row) throw staleVersion();
    await recordAudit(tx, ctx, {
      action: 'plan.fixed',
      entityType: 'plan',
      entityId: id,
      before: { status: 'draft' },
      after: { status: 'fixed', fixedOn: input.fixedOn, decisionReference: input.decisionReference, versionNumber: row.versionNumber },
    });
    return loadPlan(tx, ctx, row);
  });
}
