import { todayInSweden } from '@domain/decisions.contracts';
import type { TBenefitList } from '@domain/benefits.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findBenefitsOfInitiative, findMeasurements } from '@server/modules/benefits/benefits.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';
import { canEditBenefits } from '@server/modules/benefits/benefits.policy';
import { presentBenefit } from '@server/modules/benefits/present-benefit';

/** The benefit plan of an initiative with each benefit's status. */
export async function findBenefits(ctx: Ctx, initiativeId: string): Promise<TBenefitList> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await requireInitiative(tx, ctx, initiativeId);
    const rows = await findBenefitsOfInitiative(tx, ctx, initiativeId);
    const measurements = await findMeasurements(tx, ctx, rows.map((r) => r.id));
    const today = todayInSweden();
    return {
      items: rows.map((row) => presentBenefit(row, measurements.filter((m) => m.benefitId === row.id), today)),
      canEdit: canEditBenefits(ctx, initiative),
    };
  });
}
