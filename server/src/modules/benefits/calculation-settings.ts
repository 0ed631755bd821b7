import { basisPointsOf, type TCalculationSettings } from '@domain/cost-benefit.contracts';
import { parseKronor } from '@domain/money';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findSettings, saveSettingsVersioned, type SettingsRow } from '@server/modules/benefits/calculations.repository';
import { canManageCalculationSettings } from '@server/modules/benefits/benefits.policy';

const present = (row: SettingsRow): TCalculationSettings => ({
  hourlyRate: row.hourlyRateOre.toString(),
  visitCost: row.visitCostOre.toString(),
  discountRateBp: row.discountRateBp,
  version: row.version,
});
const auditState = (row: SettingsRow) => ({ hourlyRateOre: row.hourlyRateOre.toString(), visitCostOre: row.visitCostOre.toString(), discountRateBp: row.discountRateBp });

/** The organisation's default rates for calculations (version 0 = the built-in defaults). */
export async function getCalculationSettings(ctx: Ctx): Promise<TCalculationSettings> {
  return inTenant(ctx, async (tx) => present(await findSettings(tx, ctx)));
}

/** An administrator sets the default hourly rate, cost per visit and discount rate. */
export async function saveCalculationSettings(
  ctx: Ctx,
  input: { hourlyRate: string; visitCost: string; discountRate: string },
  expectedVersion: number,
): Promise<TCalculationSettings> {
  if (!canManageCalculationSettings(ctx)) throw new AppError('forbidden', 'Only an administrator sets the default rates.');
  const hourly = parseKronor(input.hourlyRate);
  const visit = parseKronor(input.visitCost);
  if (!hourly.ok || !visit.ok) throw new AppError('validation_failed', 'Not an amount.');
  const values = { hourlyRateOre: hourly.ore, visitCostOre: visit.ore, discountRateBp: basisPointsOf(input.discountRate) };
  return inTenant(ctx, async (tx) => {
    const before = await findSettings(tx, ctx);
    if (before.version !== expectedVersion) throw staleVersion();
    const version = await saveSettingsVersioned(tx, ctx, expectedVersion, values);
    if (version === null) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'benefit_settings.saved', entityType: 'organization', entityId: ctx.organizationId, before: auditState(before), after: auditState({ ...values, version }) });
    return present({ ...values, version });
  });
}
