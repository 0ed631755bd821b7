import type { TMaturityIndicator, TUpdateMaturityIndicator } from '@domain/maturity.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findIndicatorRow, updateIndicatorRow } from '@server/modules/maturity/maturity.repository';
import { presentIndicator } from '@server/modules/maturity/present-maturity';

/**
 * Rewords, retires or brings back an indicator (If-Match). Answers already given keep the wording
 * they were given with (`maturity_answers.indicator_text`); new ratings get the new wording.
 */
export async function updateMaturityIndicator(ctx: Ctx, id: string, input: TUpdateMaturityIndicator, expected: number): Promise<TMaturityIndicator> {
  return inTenant(ctx, async (tx) => {
    const current = await findIndicatorRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('indicator');
    authorize(ctx, 'maturity:manage');
    if (current.version !== expected) throw staleVersion();
    assertNoPersonalData({ text: input.text });
    const retiredAt = input.retired ? (current.retiredAt ?? new Date()) : null;
    const row = await updateIndicatorRow(tx, ctx, id, expected, { text: input.text, retiredAt });
    if (!row) throw staleVersion();
    const before = presentIndicator(current);
    const after = presentIndicator(row);
    const action = before.retired !== after.retired ? (after.retired ? 'maturity_indicator.retired' : 'maturity_indicator.restored') : 'maturity_indicator.reworded';
    await recordAudit(tx, ctx, { action, entityType: 'maturity_indicator', entityId: id, before, after });
    return after;
  });
}
