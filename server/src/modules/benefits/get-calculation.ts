import { calculationToWire, type TCalculation } from '@domain/cost-benefit.contracts';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findCalculation, findSettings } from '@server/modules/benefits/calculations.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';

/**
 * The initiative's nyttokalkyl with its results. Before one is saved: an empty calculation from
 * the initiative's planned start year over five years at the organisation's discount rate,
 * version 0 (saving it then needs If-Match "0").
 */
export async function getCalculation(ctx: Ctx, initiativeId: string): Promise<TCalculation> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await requireInitiative(tx, ctx, initiativeId);
    const stored = await findCalculation(tx, ctx, initiativeId);
    if (stored) return calculationToWire(initiativeId, stored.calculation, { exists: true, version: stored.version });
    const settings = await findSettings(tx, ctx);
    const empty = { startYear: initiative.plannedStartYear, years: 5, discountRateBp: settings.discountRateBp, costs: [], benefits: [], outcome: [] };
    return calculationToWire(initiativeId, empty, { exists: false, version: 0 });
  });
}
