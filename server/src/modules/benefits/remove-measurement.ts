import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteMeasurement, findBenefit } from '@server/modules/benefits/benefits.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';
import { canRecordMeasurement } from '@server/modules/benefits/benefits.policy';

/** Removes a mistaken measurement; the audit log keeps it. */
export async function removeMeasurement(ctx: Ctx, initiativeId: string, benefitId: string, measurementId: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const initiative = await requireInitiative(tx, ctx, initiativeId);
    const benefit = await findBenefit(tx, ctx, initiativeId, benefitId);
    if (!benefit) throw notFound('benefit');
    if (!canRecordMeasurement(ctx, initiative, benefit)) throw new AppError('forbidden', 'Only the owner or an editor removes measurements.');
    const removed = await deleteMeasurement(tx, ctx, benefitId, measurementId);
    if (!removed) throw notFound('measurement');
    await recordAudit(tx, ctx, {
      action: 'benefit.measurement_removed',
      entityType: 'benefit',
      entityId: benefitId,
      before: { measurementId, measuredOn: removed.measuredOn, value: removed.value, comment: removed.comment },
    });
  });
}
