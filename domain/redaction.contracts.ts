import { z } from 'zod';
import { ZRedactionReason } from '@domain/needs.contracts';

/**
 * The free-text fields outside needs and comments that a coordinator can mask (issue 13 item 7,
 * ADR 0005), by kind of record. One registry: a field added here is redactable through
 * `POST /redactions`, and the server's table for the kind must have a column of that name
 * (the typecheck says so). Needs and comments keep their own routes (`/needs/:id/redact`).
 */
export const REDACTABLE_TEXT_FIELDS = {
  lesson: ['worked', 'didNotWork', 'advice'],
  system: ['purpose', 'supportRoutine', 'ownerName', 'administratorName'],
  supplierDemo: ['place', 'reflection'],
  risk: ['description', 'measures', 'ownerName'],
  initiative: ['description'],
} as const satisfies Record<string, readonly string[]>;

export type RedactableKind = keyof typeof REDACTABLE_TEXT_FIELDS;
export type RedactableField<K extends RedactableKind = RedactableKind> = (typeof REDACTABLE_TEXT_FIELDS)[K][number];
export const REDACTABLE_KINDS = Object.keys(REDACTABLE_TEXT_FIELDS) as RedactableKind[];

/** Mask one free-text field of one record: the field becomes the redaction marker everywhere. */
export const ZRedactTextRequest = z
  .object({
    kind: z.enum(REDACTABLE_KINDS as [RedactableKind, ...RedactableKind[]]),
    id: z.uuid(),
    field: z.string().min(1).max(64),
    reason: ZRedactionReason,
  })
  .superRefine((value, issues) => {
    if (!(REDACTABLE_TEXT_FIELDS[value.kind] as readonly string[]).includes(value.field)) {
      issues.addIssue({ code: 'custom', path: ['field'], message: `The ${value.kind} has no redactable field ${value.field}.` });
    }
  })
  .meta({ id: 'RedactTextRequest' });
export type TRedactTextRequest = z.infer<typeof ZRedactTextRequest>;

/** What a redaction changed: the record's new version (open forms of it must reload). */
export const ZRedactTextResult = z.object({ kind: z.enum(REDACTABLE_KINDS as [RedactableKind, ...RedactableKind[]]), id: z.uuid(), field: z.string(), version: z.number().int() }).meta({ id: 'RedactTextResult' });
export type TRedactTextResult = z.infer<typeof ZRedactTextResult>;
