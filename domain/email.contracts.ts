import { z } from 'zod';
import { page, ZPageQuery } from '@domain/paging';

/**
 * What an e-mail is about. Each user chooses which of these they want ("Mina e-postinställningar");
 * without a choice every kind is sent. The meeting kinds are queued by the meetings module.
 */
export const EMAIL_KINDS = [
  'need_decided',
  'benefit_measurement_due',
  'gate_due',
  'contract_ending',
  'classification_review',
  'meeting_papers',
  'minutes_to_approve',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
export const ZEmailKind = z.enum(EMAIL_KINDS);

/** Where a message in the outbox stands. `queued` also covers "failed once, will retry". */
export const EMAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export const ZEmailStatus = z.enum(EMAIL_STATUSES);

/** One kind of e-mail and whether the current user wants it ("Mina e-postinställningar"). */
export const ZEmailPreference = z.object({ kind: ZEmailKind, enabled: z.boolean() });
export type TEmailPreference = z.infer<typeof ZEmailPreference>;

/** Every kind, in the order of EMAIL_KINDS, for the current user in the current organisation. */
export const ZEmailPreferences = z.object({ items: z.array(ZEmailPreference) });
export type TEmailPreferences = z.infer<typeof ZEmailPreferences>;

/**
 * The user's choices to save: each kind at most once; a kind left out keeps its current choice.
 */
export const ZUpdateEmailPreferences = z.object({
  items: z
    .array(ZEmailPreference)
    .max(EMAIL_KINDS.length)
    .refine((items) => new Set(items.map((item) => item.kind)).size === items.length, { message: 'Each kind of e-mail at most once.' }),
});
export type TUpdateEmailPreferences = z.infer<typeof ZUpdateEmailPreferences>;

/**
 * One message in the organisation's outbox ("Utkorg"), for the administrator: what was sent to
 * whom, or why not. The body is the plain text without the link and footer the worker adds.
 */
export const ZOutboxMessage = z.object({
  id: z.uuid(),
  createdAt: z.string(),
  toName: z.string(),
  toAddress: z.string(),
  kind: ZEmailKind,
  subject: z.string(),
  body: z.string(),
  link: z.string(),
  status: ZEmailStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  /** When it will be tried again (queued messages only). */
  nextAttemptAt: z.string().nullable(),
  /** When it was written to the log because no SMTP server is configured. */
  loggedAt: z.string().nullable(),
  sentAt: z.string().nullable(),
});
export type TOutboxMessage = z.infer<typeof ZOutboxMessage>;

export const ZOutboxQuery = ZPageQuery.extend({ status: ZEmailStatus.optional() });
export type TOutboxQuery = z.infer<typeof ZOutboxQuery>;

/** A page of the outbox, newest first, with how many messages have failed in all (the warning). */
export const ZOutboxPage = page(ZOutboxMessage).extend({ failedCount: z.number().int() });
export type TOutboxPage = z.infer<typeof ZOutboxPage>;
