import type { TMaturityIndicator } from '@domain/maturity.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { ensureDefaultIndicators, findIndicatorRows } from '@server/modules/maturity/maturity.repository';
import { presentIndicator } from '@server/modules/maturity/present-maturity';

/**
 * The organisation's indicators in order. On first use Digiplan's default set is copied in
 * (audited once, as `maturity_indicator.defaults_copied`).
 */
export async function findMaturityIndicators(ctx: Ctx, options: { includeRetired: boolean }): Promise<TMaturityIndicator[]> {
  return inTenant(ctx, async (tx) => {
    await copyDefaultsOnFirstUse(tx, ctx);
    return (await findIndicatorRows(tx, ctx, options)).map(presentIndicator);
  });
}

/** Copies the default set if the organisation has no indicators yet, and records it. */
export async function copyDefaultsOnFirstUse(tx: Parameters<typeof ensureDefaultIndicators>[0], ctx: Ctx): Promise<void> {
  const copied = await ensureDefaultIndicators(tx, ctx);
  if (copied > 0) await recordAudit(tx, ctx, { action: 'maturity_indicator.defaults_copied', entityType: 'maturity_indicator', after: { count: copied } });
}
