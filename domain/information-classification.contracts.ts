import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { CLASSIFICATION_ASPECTS, ZClassificationLevel } from '@domain/classification';

/**
 * A classification as the API carries it: per aspect a level and a justification. The same shape
 * serves initiatives now and the system register later (subject type decides whose it is).
 */
const ZAspectRating = z.object({ level: ZClassificationLevel, justification: z.string().trim().min(1).max(2000) });

export const ZClassificationInput = z
  .object({
    confidentiality: ZAspectRating,
    integrity: ZAspectRating,
    availability: ZAspectRating,
    traceability: ZAspectRating,
    classifiedOn: ZIsoDate,
  });
export type TClassificationInput = z.infer<typeof ZClassificationInput>;

export const ZClassification = z
  .object({
    id: z.uuid(),
    confidentiality: ZAspectRating,
    integrity: ZAspectRating,
    availability: ZAspectRating,
    traceability: ZAspectRating,
    classifiedOn: ZIsoDate,
    classifiedBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Classification' });
export type TClassification = z.infer<typeof ZClassification>;

export const ZSecurityRequirement = z.object({ id: z.string(), aspect: z.enum(CLASSIFICATION_ASPECTS), minLevel: ZClassificationLevel, text: z.string() });

/** A subject's classification: the current one, the history (newest first) and its requirements. */
export const ZClassificationView = z
  .object({
    current: ZClassification.nullable(),
    history: z.array(ZClassification),
    requirements: z.array(ZSecurityRequirement),
    /** How many classifications exist; the ETag, sent back as If-Match when classifying again. */
    version: z.number().int(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'ClassificationView' });
export type TClassificationView = z.infer<typeof ZClassificationView>;

/** The organisation's names of the levels 0–4 (keys "0".."4"). */
export const ZLevelLabels = z
  .object({ '0': z.string().trim().min(1).max(60), '1': z.string().trim().min(1).max(60), '2': z.string().trim().min(1).max(60), '3': z.string().trim().min(1).max(60), '4': z.string().trim().min(1).max(60) });
export type TLevelLabels = z.infer<typeof ZLevelLabels>;

export const ZClassificationLabels = z
  .object({ labels: ZLevelLabels, isDefault: z.boolean(), version: z.number().int() })
  .meta({ id: 'ClassificationLabels' });
export type TClassificationLabels = z.infer<typeof ZClassificationLabels>;

export const ZRequirementsExportQuery = z.object({ format: z.enum(['xlsx', 'docx']) });
