import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';

/** The roles that take part in a supplier demo (seed 001 §8: verksamhet, IT, digitalisering …). */
export const DEMO_PARTICIPANT_ROLES = ['operations', 'manager', 'it', 'digitalisation', 'system_administrator', 'user_representative', 'other'] as const;
export const DEMO_PARTICIPANT_ROLE_LABELS_SV: Record<(typeof DEMO_PARTICIPANT_ROLES)[number], string> = {
  operations: 'Verksamhet',
  manager: 'Chef',
  it: 'IT',
  digitalisation: 'Digitalisering',
  system_administrator: 'Systemförvaltare',
  user_representative: 'Brukarrepresentant',
  other: 'Annan',
};

/** Minutes each supplier gets (seed 001 §8). */
export const MINUTES_PER_SUPPLIER = 20;

const text = (max: number) => z.string().trim().max(max);

/** One supplier's presentation and the answers to the three questions. */
export const ZDemoPresentation = z.object({
  supplier: z.string().trim().min(1).max(200),
  product: text(200).default(''),
  forWhom: text(2000).default(''),
  problemSolved: text(2000).default(''),
  difference: text(2000).default(''),
});
export const ZDemoParticipant = z.object({ role: z.enum(DEMO_PARTICIPANT_ROLES), name: text(200).default('') });

export const ZSupplierDemoInput = z.object({
  title: z.string().trim().min(1).max(200),
  heldOn: ZIsoDate,
  place: text(500).default(''),
  participants: z.array(ZDemoParticipant).max(50).default([]),
  presentations: z.array(ZDemoPresentation).min(1).max(20),
  reflection: text(4000).default(''),
  needIds: z.array(z.uuid()).max(50).default([]),
});
export type TSupplierDemoInput = z.infer<typeof ZSupplierDemoInput>;

export const ZSupplierDemo = ZSupplierDemoInput.extend({
  id: z.uuid(),
  needs: z.array(z.object({ id: z.uuid(), number: z.number().int(), title: z.string() })),
  version: z.number().int(),
}).meta({ id: 'SupplierDemo' });
export type TSupplierDemo = z.infer<typeof ZSupplierDemo>;

export const ZSupplierDemoSummary = z.object({
  id: z.uuid(),
  title: z.string(),
  heldOn: ZIsoDate,
  place: z.string(),
  suppliers: z.array(z.string()),
  needCount: z.number().int(),
});
export type TSupplierDemoSummary = z.infer<typeof ZSupplierDemoSummary>;
export const ZSupplierDemoList = z.object({ items: z.array(ZSupplierDemoSummary) });
export const ZSupplierDemoListQuery = z.object({ needId: z.uuid().optional() });
