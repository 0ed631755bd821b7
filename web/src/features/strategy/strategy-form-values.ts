import { z } from 'zod';
import type { TStrategyFrame, TStrategyFrameInput, TSwot } from '@domain/strategy.contracts';

/** The four SWOT lists in the order they are shown. */
export const SWOT_PARTS = ['strengths', 'weaknesses', 'opportunities', 'threats'] as const satisfies readonly (keyof TSwot)[];
export type TSwotPart = (typeof SWOT_PARTS)[number];

// react-hook-form's field arrays hold objects, so each point is `{ text }` in the form.
const ZPoint = z.object({ text: z.string().trim().min(1).max(500) });
const ZPoints = z.array(ZPoint).max(30);

/** The strategy form's values: the frame with every list point wrapped for react-hook-form. */
export const ZStrategyForm = z.object({
  vision: z.string().trim().max(4000),
  swot: z.object({ strengths: ZPoints, weaknesses: ZPoints, opportunities: ZPoints, threats: ZPoints }),
  stakeholders: z.array(z.object({ name: z.string().trim().min(1).max(200), interest: z.string().trim().max(1000) })).max(50),
  successFactors: ZPoints,
});
export type TStrategyForm = z.infer<typeof ZStrategyForm>;

const wrap = (points: readonly string[]) => points.map((text) => ({ text }));
const unwrap = (points: readonly { text: string }[]) => points.map((point) => point.text);

/** The form's starting values from the saved frame. */
export function strategyFormValues(frame: TStrategyFrame): TStrategyForm {
  return {
    vision: frame.vision,
    swot: { strengths: wrap(frame.swot.strengths), weaknesses: wrap(frame.swot.weaknesses), opportunities: wrap(frame.swot.opportunities), threats: wrap(frame.swot.threats) },
    stakeholders: frame.stakeholders.map((stakeholder) => ({ ...stakeholder })),
    successFactors: wrap(frame.successFactors),
  };
}

/** What `PUT /strategy` takes, from the form's values. */
export function strategyRequest(values: TStrategyForm): TStrategyFrameInput {
  return {
    vision: values.vision,
    swot: { strengths: unwrap(values.swot.strengths), weaknesses: unwrap(values.swot.weaknesses), opportunities: unwrap(values.swot.opportunities), threats: unwrap(values.swot.threats) },
    stakeholders: values.stakeholders,
    successFactors: unwrap(values.successFactors),
  };
}

/**
 * The form field a server path names: the server says `swot.strengths.2` where the form's field is
 * `swot.strengths.2.text`; other paths are the same in both.
 */
export function formFieldOfServerPath(path: string): string {
  return /^(swot\.\w+|successFactors)\.\d+$/.test(path) ? `${path}.text` : path;
}
