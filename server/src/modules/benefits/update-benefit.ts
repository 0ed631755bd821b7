import type { TBenefit, TBenefitInputParsed } from '@domain/benefits.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findBenefit, updateBenefitVersioned } from '@server/modules/benefits/benefits.repository';
import { requireEditableInitiative } from '@server/modules/benefits/benefit-access';
import { benefitValuesOf } from '@server/modules/benefits/benefit-values';
import { benefitAuditState } from '@server/modules/benefits/present-benefit';
import { loadBenefitView } from '@server/modules/benefits/get-benefit';

/** Replaces a benefit's plan fields, if nobody saved since the client read it (If-Match). */
export async function updateBenefit(ctx: Ctx, initiativeId: string, id: string, input: TBenefitInputParsed, expectedVersion: number): Promise<TBenefit> {
  return inTenant(ctx, async (tx) => {
    await requireEditableInitiative(tx, ctx, initiativeId);
    const before = await findBenefit(tx, ctx, initiativeId, id, { forUpdate: true });
    if (!before) throw notFound('benefit');
    if (before.version !== expectedVersion) throw staleVersion();
    const values = await benefitValuesOf(tx, ctx, input);
    if (!(await updateBenefitVersioned(tx, ctx, id, expectedVersion, values))) throw staleVersion();
    const after = await findBenefit(tx, ctx, initiativeId, id);
    await recordAudit(tx, ctx, { action: 'benefit.updated', entityType: 'benefit', entityId: id, before: benefitAuditState(before), after: benefitAuditState(after) });
    return loadBenefitView(tx, ctx, initiativeId, id);
  });
}
