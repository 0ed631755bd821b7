import { z } from 'zod';
import { ZNeedStatus } from '@domain/needs.contracts';

/**
 * "Stöd ett befintligt behov i stället?": what the person has written so far in the need form.
 * The title is compared by trigram similarity, title and text together by shared Swedish words.
 */
export const ZSimilarNeedsQuery = z.object({
  title: z.string().trim().max(200).default(''),
  /** The problem and expected benefit as written so far; the form sends at most this much. */
  text: z.string().trim().max(2000).default(''),
  /** The need being edited, left out of its own matches. */
  exclude: z.uuid().optional(),
});
export type TSimilarNeedsQuery = z.infer<typeof ZSimilarNeedsQuery>;

/** At most this many suggestions: a hint while writing, not a search page. */
export const SIMILAR_NEEDS_LIMIT = 5;
/** Below this score a match is noise (measured on the demo needs, docs/PERFORMANCE.md). */
export const SIMILAR_NEEDS_MIN_SCORE = 0.3;

export const ZSimilarNeed = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  status: ZNeedStatus,
  supporterCount: z.number().int(),
  /** 0–1: the larger of title similarity and the share of shared words. */
  score: z.number(),
});
export type TSimilarNeed = z.infer<typeof ZSimilarNeed>;
export const ZSimilarNeeds = z.object({ items: z.array(ZSimilarNeed) });
export type TSimilarNeeds = z.infer<typeof ZSimilarNeeds>;
