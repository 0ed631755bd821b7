import { z } from 'zod';

const ZText = (max: number) => z.string().trim().max(max);
const ZPoints = z.array(ZText(500).min(1)).max(30);

/** SWOT: styrkor, svagheter, möjligheter, hot — short points each. */
export const ZSwot = z.object({ strengths: ZPoints.default([]), weaknesses: ZPoints.default([]), opportunities: ZPoints.default([]), threats: ZPoints.default([]) });
export type TSwot = z.infer<typeof ZSwot>;
export const SWOT_LABELS_SV: Record<keyof TSwot, string> = { strengths: 'Styrkor', weaknesses: 'Svagheter', opportunities: 'Möjligheter', threats: 'Hot' };

/** Intressent and what interest it has in the digitalisation (seed 004). */
export const ZStakeholder = z.object({ name: ZText(200).min(1), interest: ZText(1000).default('') });

/**
 * The strategy frame (seed 001 §1, 004, 002 §5): vision, SWOT, stakeholders and success factors.
 * Focus areas and strategic goals have their own resources.
 */
export const ZStrategyFrameInput = z
  .object({
    vision: ZText(4000).default(''),
    swot: ZSwot.default({ strengths: [], weaknesses: [], opportunities: [], threats: [] }),
    stakeholders: z.array(ZStakeholder).max(50).default([]),
    successFactors: ZPoints.default([]),
  });
export type TStrategyFrameInput = z.infer<typeof ZStrategyFrameInput>;

export const ZStrategyFrame = ZStrategyFrameInput.extend({ version: z.number().int() }).meta({ id: 'StrategyFrame' });
export type TStrategyFrame = z.infer<typeof ZStrategyFrame>;
