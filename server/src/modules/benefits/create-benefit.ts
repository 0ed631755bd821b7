import type { TBenefit, TBenefitInputParsed } from '@domain/benefits.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { insertBenefit } from '@server/modules/benefits/benefits.repository';
import { requireEditableInitiative } from '@server/modules/benefits/benefit-access';
import { benefitValuesOf } from '@server/modules/benefits/benefit-values';
import { loadBenefitView } from '@server/modules/benefits/get-benefit';

/** Adds a planned benefit to an initiative's benefit plan. */
export async function createBenefit(ctx: Ctx, initiativeId: string, input: TBenefitInputParsed): Promise<TBenefit> {
  return inTenant(ctx, async (tx) => {
    await requireEditableInitiative(tx, ctx, initiativeId);
    const values = await benefitValuesOf(tx, ctx, input);
    const id = await insertBenefit(tx, ctx, initiativeId, values);
    await recordAudit(tx, ctx, { action: 'benefit.created', entityType: 'benefit', entityId: id, after: { initiativeId, ...values } });
    return loadBenefitView(tx, ctx, initiativeId, id);
  });
}
