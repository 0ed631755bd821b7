import type { TCreateMaturityIndicator, TMaturityIndicator } from '@domain/maturity.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { insertIndicatorRow } from '@server/modules/maturity/maturity.repository';
import { copyDefaultsOnFirstUse } from '@server/modules/maturity/find-maturity-indicators';
import { presentIndicator } from '@server/modules/maturity/present-maturity';

/** The administrator adds an indicator of the organisation's own to an area (last in order). */
export async function createMaturityIndicator(ctx: Ctx, input: TCreateMaturityIndicator): Promise<TMaturityIndicator> {
  authorize(ctx, 'maturity:manage');
  assertNoPersonalData({ text: input.text });
  return inTenant(ctx, async (tx) => {
    await copyDefaultsOnFirstUse(tx, ctx);
    const after = presentIndicator(await insertIndicatorRow(tx, ctx, input));
    await recordAudit(tx, ctx, { action: 'maturity_indicator.created', entityType: 'maturity_indicator', entityId: after.id, after });
    return after;
  });
}
