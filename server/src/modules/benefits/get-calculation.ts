import { calculationToWire, type TCalculation } from '@domain/cost-benefit.contracts';
import { costEstimateFromWire, type TCostEstimate } from '@domain/cost-estimate.contracts';
import { costLinesFromEstimate } from '@domain/cost-estimate-start';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@server/platform/db/database';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findCalculation, findSettings } from '@server/modules/benefits/calculations.repository';
import { requireInitiative } from '@server/modules/benefits/benefit-access';
import { needs } from '@server/modules/needs/needs.tables';

/** The estimated cost of the need an initiative was made from, or null. */
async function needEstimate(tx: Tx, ctx: Ctx, needId: string): Promise<TCostEstimate | null> {
  const [row] = await tx.select({ costEstimate: needs.costEstimate }).from(needs).where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, needId)));
  return (row?.costEstimate as TCostEstimate | null | undefined) ?? null;
}

/**
 * The initiative's nyttokalkyl with its results. Before one is saved: a calculation from the
 * initiative's planned start year over five years at the organisation's discount rate, starting
 * from a cost line made from the need's estimated cost (if it has one), version 0 — nothing is
 * written until the user saves it (If-Match "0").
 */
export async function getCalculation(ctx: Ctx, initiativeId: string): Promise<TCalculation> {
  return inTenantRead(ctx, async (tx) => {
    const initiative = await requireInitiative(tx, ctx, initiativeId);
    const stored = await findCalculation(tx, ctx, initiativeId);
    if (stored) return calculationToWire(initiativeId, stored.calculation, { exists: true, version: stored.version });
    const settings = await findSettings(tx, ctx);
    const estimate = await needEstimate(tx, ctx, initiative.needId);
    const years = 5;
    const costs = costLinesFromEstimate(estimate && costEstimateFromWire(estimate), initiative.plannedStartYear, years);
    const start = { startYear: initiative.plannedStartYear, years, discountRateBp: settings.discountRateBp, costs, benefits: [], outcome: [] };
    return calculationToWire(initiativeId, start, { exists: false, version: 0 });
  });
}
