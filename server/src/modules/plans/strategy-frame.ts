import { eq, sql } from 'drizzle-orm';
import type { TStrategyFrame, TStrategyFrameInput } from '@domain/strategy.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { strategyFrames } from '@server/modules/plans/plans.tables';

type Scope = Pick<Ctx, 'organizationId'>;

/** An organisation that has not written its frame yet has an empty one at version 0. */
export const EMPTY_STRATEGY_FRAME: TStrategyFrame = { vision: '', swot: { strengths: [], weaknesses: [], opportunities: [], threats: [] }, stakeholders: [], successFactors: [], version: 0 };

/** The organisation's strategy frame (version 0 while none is stored). */
export async function findStrategyFrame(tx: Tx, ctx: Scope): Promise<TStrategyFrame> {
  const [row] = await tx.select().from(strategyFrames).where(eq(strategyFrames.organizationId, ctx.organizationId));
  if (!row) return EMPTY_STRATEGY_FRAME;
  return { vision: row.vision, swot: row.swot as TStrategyFrame['swot'], stakeholders: row.stakeholders as TStrategyFrame['stakeholders'], successFactors: row.successFactors as string[], version: row.version };
}

/** Writes the frame if the stored version is still `expected` (0 = none yet); false when someone saved first. */
export async function saveStrategyFrameRow(tx: Tx, ctx: Scope, expected: number, input: TStrategyFrameInput): Promise<boolean> {
  const values = { vision: input.vision, swot: input.swot, stakeholders: input.stakeholders, successFactors: input.successFactors };
  if (expected === 0) {
    const rows = await tx.insert(strategyFrames).values({ organizationId: ctx.organizationId, ...values }).onConflictDoNothing().returning({ version: strategyFrames.version });
    return rows.length > 0;
  }
  const rows = await tx
    .update(strategyFrames)
    .set({ ...values, version: sql`${strategyFrames.version} + 1`, updatedAt: new Date() })
    .where(sql`${strategyFrames.organizationId} = ${ctx.organizationId} and ${strategyFrames.version} = ${expected}`)
    .returning({ version: strategyFrames.version });
  return rows.length > 0;
}
