import type { TMeasurement } from '@domain/benefits.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findBenefit, findMeasurements } from '@server/modules/benefits/benefits.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';
import { presentMeasurement } from '@server/modules/benefits/present-benefit';

/** A benefit's measurements, oldest first (the chart's series and its data table). */
export async function findBenefitMeasurements(ctx: Ctx, initiativeId: string, benefitId: string): Promise<{ items: TMeasurement[] }> {
  return inTenantRead(ctx, async (tx) => {
    await requireInitiative(tx, ctx, initiativeId);
    if (!(await findBenefit(tx, ctx, initiativeId, benefitId))) throw notFound('benefit');
    return { items: (await findMeasurements(tx, ctx, [benefitId])).map(presentMeasurement) };
  });
}
