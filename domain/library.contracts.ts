import { z } from 'zod';
import { ZInitiativeForm } from '@domain/decisions.contracts';
import { ZCalculation } from '@domain/cost-benefit.contracts';
import { ZPageQuery } from '@domain/paging';

/**
 * Biblioteket (issue 17 item 6): what an organisation shares of an initiative with the whole
 * installation, and how others find and copy it. The snapshot is the only content of one
 * organisation another ever sees; it names no person unless the publisher adds a contact.
 */

const ZTag = z.string().trim().min(1).max(100);

/** Who others may ask about the entry: given by the publisher, never taken from the initiative. */
export const ZLibraryContact = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  role: z.string().trim().max(200).default(''),
});
export type TLibraryContact = z.infer<typeof ZLibraryContact>;

/** What the publisher chooses to share beyond the summary, problem and benefit, form and stage. */
export const ZLibraryChoices = z.object({
  includeCalculation: z.boolean().default(false),
  includeBenefits: z.boolean().default(false),
  includeLessons: z.boolean().default(false),
  /** Documents of the initiative to share (their long texts only: the short fields name people). */
  documentIds: z.array(z.uuid()).max(20).default([]),
  /** Technologies the entry is about, besides the initiative's välfärdsteknik (for the filter). */
  technologies: z.array(ZTag).max(10).default([]),
  contact: ZLibraryContact.nullable().default(null),
});
export type TLibraryChoices = z.infer<typeof ZLibraryChoices>;

/** POST /library/preview and POST /library: which initiative, and what to include. */
export const ZLibraryPublishRequest = ZLibraryChoices.extend({ initiativeId: z.uuid() });
export type TLibraryPublishRequest = z.infer<typeof ZLibraryPublishRequest>;

/** The nyttokalkyl as shared: its lines and results, without the initiative's id or version. */
export const ZLibraryCalculation = ZCalculation.omit({ initiativeId: true, exists: true, version: true });
export type TLibraryCalculation = z.infer<typeof ZLibraryCalculation>;

export const ZLibraryBenefit = z.object({
  description: z.string(),
  indicator: z.string().nullable(),
  unit: z.string().nullable(),
  baselineValue: z.string().nullable(),
  targetValue: z.string().nullable(),
  direction: z.string().nullable(),
  measurements: z.array(z.object({ measuredOn: z.string(), value: z.string().nullable() })),
});
export type TLibraryBenefit = z.infer<typeof ZLibraryBenefit>;

export const ZLibraryLesson = z.object({ worked: z.string(), didNotWork: z.string(), advice: z.string() });

export const ZLibraryDocument = z.object({ kind: z.string(), title: z.string(), fields: z.array(z.object({ label: z.string(), text: z.string() })) });
export type TLibraryDocument = z.infer<typeof ZLibraryDocument>;

/** Exactly what is shared: the preview shows it, publishing stores it (a snapshot, not live). */
export const ZLibrarySnapshot = z
  .object({
    title: z.string(),
    summary: z.string(),
    problem: z.string(),
    expectedBenefit: z.string(),
    form: ZInitiativeForm,
    stageReached: z.number().int().min(1).max(6),
    status: z.enum(['active', 'closed', 'stopped']),
    focusAreas: z.array(z.string()),
    technologies: z.array(z.string()),
    calculation: ZLibraryCalculation.nullable(),
    benefits: z.array(ZLibraryBenefit),
    lessons: z.array(ZLibraryLesson),
    documents: z.array(ZLibraryDocument),
    contact: ZLibraryContact.nullable(),
  })
  .meta({ id: 'LibrarySnapshot' });
export type TLibrarySnapshot = z.infer<typeof ZLibrarySnapshot>;

export const ZLibraryPreview = z.object({ organizationName: z.string(), snapshot: ZLibrarySnapshot });
export type TLibraryPreview = z.infer<typeof ZLibraryPreview>;

/**
 * One entry. `mine` says the caller's organisation published it; only then are the initiative,
 * the choices and the reuse count (how many organisations copied it) filled in.
 */
export const ZLibraryEntry = z
  .object({
    id: z.uuid(),
    title: z.string(),
    organizationName: z.string(),
    mine: z.boolean(),
    status: z.enum(['published', 'withdrawn']),
    publishedAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    snapshot: ZLibrarySnapshot,
    initiativeId: z.uuid().nullable(),
    choices: ZLibraryChoices.nullable(),
    reuseCount: z.number().int().nullable(),
  })
  .meta({ id: 'LibraryEntry' });
export type TLibraryEntry = z.infer<typeof ZLibraryEntry>;

/** A search hit: enough to choose which entry to open. */
export const ZLibraryHit = z.object({
  id: z.uuid(),
  title: z.string(),
  organizationName: z.string(),
  mine: z.boolean(),
  summary: z.string(),
  form: ZInitiativeForm,
  stageReached: z.number().int(),
  technologies: z.array(z.string()),
  focusAreas: z.array(z.string()),
  hasOutcome: z.boolean(),
  publishedAt: z.string(),
});
export type TLibraryHit = z.infer<typeof ZLibraryHit>;
export const ZLibraryPage = z.object({ items: z.array(ZLibraryHit), nextCursor: z.string().nullable(), total: z.number().int() });
export type TLibraryPage = z.infer<typeof ZLibraryPage>;

export const ZLibrarySearchQuery = ZPageQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  q: z.string().trim().max(200).optional(),
  technology: ZTag.optional(),
  focusArea: ZTag.optional(),
  stage: z.coerce.number().int().min(1).max(6).optional(),
  hasOutcome: z.enum(['true', 'false']).optional(),
});
export type TLibrarySearchQuery = z.infer<typeof ZLibrarySearchQuery>;

/** The filters' choices: every technology and focus area of the published entries. */
export const ZLibraryFilters = z.object({ technologies: z.array(z.string()), focusAreas: z.array(z.string()) });

export const ZLibraryCopied = z.object({ needId: z.uuid(), number: z.number().int() });
export const ZInitiativeLibraryEntry = z.object({ entry: ZLibraryEntry.nullable() });

/** "Kopierat från biblioteket: …" on a need page. */
export const ZNeedLibraryOrigin = z.object({ origin: z.object({ libraryEntryId: z.uuid(), title: z.string(), copiedAt: z.string() }).nullable() });
