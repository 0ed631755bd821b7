import { z } from 'zod';

/**
 * Information classification in the KLASSA style (seed 002 §7.7), shared by initiatives and the
 * system list: one definition, so a system and the initiative that introduced it speak the same
 * language. Each aspect is rated 0–4; higher means a breach would do more harm.
 */
export const CLASSIFICATION_ASPECTS = ['confidentiality', 'integrity', 'availability', 'traceability'] as const;
export type ClassificationAspect = (typeof CLASSIFICATION_ASPECTS)[number];
export const ZClassificationAspect = z.enum(CLASSIFICATION_ASPECTS);

export const CLASSIFICATION_LEVELS = [0, 1, 2, 3, 4] as const;
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];
export const ZClassificationLevel = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Swedish names of the aspects as the UI shows them. */
export const ASPECT_LABELS_SV: Record<ClassificationAspect, string> = {
  confidentiality: 'Konfidentialitet',
  integrity: 'Riktighet',
  availability: 'Tillgänglighet',
  traceability: 'Spårbarhet',
};

/**
 * Default level names; an organisation may rename them (the levels themselves never change, so
 * requirements keyed by level stay valid).
 */
export const DEFAULT_LEVEL_LABELS_SV: Record<ClassificationLevel, string> = {
  0: 'Ingen/försumbar',
  1: 'Måttlig',
  2: 'Betydande',
  3: 'Allvarlig',
  4: 'Synnerligen allvarlig',
};

/** The levels of one classification: every aspect rated, or none yet (null). */
export const ZClassificationLevels = z.object({
  confidentiality: ZClassificationLevel,
  integrity: ZClassificationLevel,
  availability: ZClassificationLevel,
  traceability: ZClassificationLevel,
});
export type ClassificationLevels = z.infer<typeof ZClassificationLevels>;

/** The highest level across aspects: the usual headline ("klassad som 3"). */
export function highestLevel(levels: ClassificationLevels): ClassificationLevel {
  return Math.max(...CLASSIFICATION_ASPECTS.map((aspect) => levels[aspect])) as ClassificationLevel;
}
