import type { TStrategyFrame, TStrategyFrameInput } from '@domain/strategy.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findStrategyFrame, saveStrategyFrameRow } from '@server/modules/plans/strategy-frame';

/** Reads the organisation's strategy frame: vision, SWOT, stakeholders, success factors. */
export async function getStrategyFrame(ctx: Ctx): Promise<TStrategyFrame> {
  return inTenantRead(ctx, (tx) => findStrategyFrame(tx, ctx));
}

/** Saves the strategy frame (If-Match; "0" when none is stored yet). */
export async function saveStrategyFrame(ctx: Ctx, input: TStrategyFrameInput, expected: number): Promise<TStrategyFrame> {
  const texts: Record<string, string> = { vision: input.vision };
  for (const [area, points] of Object.entries(input.swot)) points.forEach((point, i) => (texts[`swot.${area}.${i}`] = point));
  input.stakeholders.forEach((s, i) => Object.assign(texts, { [`stakeholders.${i}.name`]: s.name, [`stakeholders.${i}.interest`]: s.interest }));
  input.successFactors.forEach((factor, i) => (texts[`successFactors.${i}`] = factor));
  assertNoPersonalData(texts);
  return inTenant(ctx, async (tx) => {
    const before = await findStrategyFrame(tx, ctx);
    if (before.version !== expected || !(await saveStrategyFrameRow(tx, ctx, expected, input))) throw staleVersion();
    const after = await findStrategyFrame(tx, ctx);
    await recordAudit(tx, ctx, { action: 'strategy_frame.saved', entityType: 'strategy_frame', entityId: ctx.organizationId, before, after });
    return after;
  });
}
