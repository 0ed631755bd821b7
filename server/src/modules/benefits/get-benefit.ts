import { todayInSweden } from '@domain/decisions.contracts';
import type { TBenefit } from '@domain/benefits.contracts';
import { notFound } from '@server/platform/errors';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findBenefit, findMeasurements } from '@server/modules/benefits/benefits.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';
import { presentBenefit } from '@server/modules/benefits/present-benefit';

/** Loads and presents one benefit inside a transaction (used after writes too). */
export async function loadBenefitView(tx: Tx, ctx: Ctx, initiativeId: string, id: string): Promise<TBenefit> {
  const row = await findBenefit(tx, ctx, initiativeId, id);
  if (!row) throw notFound('benefit');
  const measurements = await findMeasurements(tx, ctx, [id]);
  return presentBenefit(row, measurements, todayInSweden());
}

/** One benefit of an initiative; ETag = its version. */
export async function getBenefit(ctx: Ctx, initiativeId: string, id: string): Promise<TBenefit> {
  return inTenantRead(ctx, async (tx) => {
    await requireInitiative(tx, ctx, initiativeId);
    return loadBenefitView(tx, ctx, initiativeId, id);
  });
}
