import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteBenefitVersioned, findBenefit } from '@server/modules/benefits/benefits.repository';
import { requireEditableInitiative } from '@server/modules/benefits/benefit-access';
import { benefitAuditState } from '@server/modules/benefits/present-benefit';

/** Removes a benefit (and its measurements) from the plan; the audit log keeps what it was. */
export async function deleteBenefit(ctx: Ctx, initiativeId: string, id: string, expectedVersion: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    await requireEditableInitiative(tx, ctx, initiativeId);
    const before = await findBenefit(tx, ctx, initiativeId, id, { forUpdate: true });
    if (!before) throw notFound('benefit');
    if (!(await deleteBenefitVersioned(tx, ctx, id, expectedVersion))) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'benefit.deleted', entityType: 'benefit', entityId: id, before: benefitAuditState(before) });
  });
}
