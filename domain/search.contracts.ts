import { z } from 'zod';
import { ZDocumentKind } from '@domain/documents.contracts';
import { ZNeedStatus } from '@domain/needs.contracts';
import { ZInitiativeStatus } from '@domain/process.contracts';

/** The header's search: a need number ("B-12", "b12", "12") or Swedish words; 2–200 characters (one digit is a number). */
export const ZSearchQuery = z.object({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((q) => q.length >= 2 || /^\d$/.test(q), { message: 'Skriv minst två tecken eller ett behovsnummer.' }),
});
export type TSearchQuery = z.infer<typeof ZSearchQuery>;

/** At most this many hits of each kind; the lists behind them search further. */
export const SEARCH_LIMIT_PER_KIND = 10;

export const ZSearchNeedHit = z.object({ id: z.uuid(), number: z.number().int(), title: z.string(), status: ZNeedStatus });
export const ZSearchInitiativeHit = z.object({ id: z.uuid(), needNumber: z.number().int().nullable(), title: z.string(), status: ZInitiativeStatus });
export const ZSearchSystemHit = z.object({ id: z.uuid(), name: z.string(), supplier: z.string() });
export const ZSearchDocumentHit = z.object({ id: z.uuid(), initiativeId: z.uuid(), initiativeTitle: z.string(), kind: ZDocumentKind });

/** Hits grouped by kind, best match first; a kind the role may not read is absent (not empty). */
export const ZSearchResults = z.object({
  q: z.string(),
  needs: z.array(ZSearchNeedHit).optional(),
  initiatives: z.array(ZSearchInitiativeHit).optional(),
  systems: z.array(ZSearchSystemHit).optional(),
  documents: z.array(ZSearchDocumentHit).optional(),
});
export type TSearchResults = z.infer<typeof ZSearchResults>;
