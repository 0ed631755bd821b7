import { z } from 'zod';

/**
 * What an e-mail is about. Each user chooses which of these they want ("Mina e-postinställningar");
 * without a choice every kind is sent. The meeting kinds are queued by the meetings module.
 */
export const EMAIL_KINDS = [
  'need_decided',
  'benefit_measurement_due',
  'gate_due',
  'contract_ending',
  'meeting_papers',
  'minutes_to_approve',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];
export const ZEmailKind = z.enum(EMAIL_KINDS);

/** Where a message in the outbox stands. `queued` also covers "failed once, will retry". */
export const EMAIL_STATUSES = ['queued', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];
export const ZEmailStatus = z.enum(EMAIL_STATUSES);
