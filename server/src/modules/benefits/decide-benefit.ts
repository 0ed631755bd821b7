import type { TBenefit } from '@domain/benefits.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findBenefit, updateBenefitVersioned } from '@server/modules/benefits/benefits.repository';
import { requireEditableInitiative } from '@server/modules/benefits/benefit-access';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { loadBenefitView } from '@server/modules/benefits/get-benefit';

/**
 * The follow-up's verdict: the benefit was realised or not (null withdraws the verdict and the
 * status is derived from the measurements again).
 */
export async function decideBenefit(
  ctx: Ctx,
  initiativeId: string,
  id: string,
  input: { decision: 'realised' | 'not_realised' | null; note: string },
  expectedVersion: number,
): Promise<TBenefit> {
  return inTenant(ctx, async (tx) => {
    await requireEditableInitiative(tx, ctx, initiativeId);
    const before = await findBenefit(tx, ctx, initiativeId, id, { forUpdate: true });
    if (!before) throw notFound('benefit');
    assertNoPersonalData({ note: input.note });
    const changes = { decision: input.decision, decisionNote: input.decision ? input.note || null : null };
    if (!(await updateBenefitVersioned(tx, ctx, id, expectedVersion, changes))) throw staleVersion();
    await recordAudit(tx, ctx, {
      action: 'benefit.decided',
      entityType: 'benefit',
      entityId: id,
      before: { decision: before.decision, decisionNote: before.decisionNote },
      after: changes,
    });
    return loadBenefitView(tx, ctx, initiativeId, id);
  });
}
