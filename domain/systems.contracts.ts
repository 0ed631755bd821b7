import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { ZClassificationLevels } from '@domain/classification';

/** Livscykel of a system in the system list. */
export const SYSTEM_LIFECYCLES = ['planned', 'introducing', 'in_operation', 'phasing_out', 'retired'] as const;
export type SystemLifecycle = (typeof SYSTEM_LIFECYCLES)[number];
export const SYSTEM_LIFECYCLE_LABELS_SV: Record<SystemLifecycle, string> = {
  planned: 'Planerat',
  introducing: 'Införande',
  in_operation: 'I drift',
  phasing_out: 'Under avveckling',
  retired: 'Avvecklat',
};

/** Systemförvaltningens uppgifter (seed 002 §7.4), ticked per system. */
export const SYSTEM_TASKS = [
  'administration',
  'support',
  'training',
  'continuity',
  'development',
  'routines_controls',
  'cost_follow_up',
  'decommissioning',
  'supplier_requirements',
] as const;
export type SystemTask = (typeof SYSTEM_TASKS)[number];
export const SYSTEM_TASK_LABELS_SV: Record<SystemTask, string> = {
  administration: 'Administrera system',
  support: 'Supportera användare',
  training: 'Utbilda användare',
  continuity: 'Kontinuitet',
  development: 'Utveckling',
  routines_controls: 'Systemrutiner och kontroller',
  cost_follow_up: 'Kostnadsuppföljning',
  decommissioning: 'Systemavveckling',
  supplier_requirements: 'Kravställning mot leverantörer',
};

export const SYSTEM_INITIATIVE_RELATIONS = ['introduced', 'changed'] as const;

const text = (max: number) => z.string().trim().max(max);
/** Exact money in öre (1 krona = 100 öre): a whole number, never a float. */
export const ZMoneyOre = z.number().int().min(0).max(1_000_000_000_000);

export const ZSystemInput = z.object({
  name: z.string().trim().min(1).max(200),
  purpose: text(2000).default(''),
  supplier: text(200).default(''),
  ownerName: text(200).default(''),
  administratorName: text(200).default(''),
  supportRoutine: text(2000).default(''),
  contractStart: ZIsoDate.nullable().default(null),
  contractEnd: ZIsoDate.nullable().default(null),
  noticeMonths: z.number().int().min(0).max(120).nullable().default(null),
  yearlyCostOre: ZMoneyOre.nullable().default(null),
  oneOffCostOre: ZMoneyOre.nullable().default(null),
  classification: ZClassificationLevels.nullable().default(null),
  lifecycle: z.enum(SYSTEM_LIFECYCLES),
  unitIds: z.array(z.uuid()).max(100).default([]),
  initiativeLinks: z
    .array(z.object({ initiativeId: z.uuid(), relation: z.enum(SYSTEM_INITIATIVE_RELATIONS) }))
    .max(50)
    .default([]),
});
export type TSystemInput = z.infer<typeof ZSystemInput>;
/** Create and update send the whole system (the form always holds every field). */
export const ZSystemRequest = ZSystemInput.refine((s) => !s.contractStart || !s.contractEnd || s.contractStart <= s.contractEnd, {
  message: 'The contract cannot end before it starts.',
  path: ['contractEnd'],
});

export const ZSystemTaskState = z.object({
  task: z.enum(SYSTEM_TASKS),
  assigneeUserId: z.uuid().nullable(),
  assigneeName: z.string().nullable(),
  done: z.boolean(),
});
export const ZSystemTaskRequest = z.object({ assigneeUserId: z.uuid().nullable(), done: z.boolean() });
export const ZSystemTaskParams = z.object({ id: z.uuid(), task: z.enum(SYSTEM_TASKS) });

export const ZSystem = ZSystemInput.extend({
  id: z.uuid(),
  units: z.array(z.object({ id: z.uuid(), name: z.string() })),
  initiatives: z.array(z.object({ initiativeId: z.uuid(), title: z.string(), relation: z.enum(SYSTEM_INITIATIVE_RELATIONS) })),
  tasks: z.array(ZSystemTaskState),
  version: z.number().int(),
  updatedAt: z.string(),
}).meta({ id: 'System' });
export type TSystem = z.infer<typeof ZSystem>;

export const ZSystemSummary = ZSystemInput.omit({ unitIds: true, initiativeLinks: true }).extend({
  id: z.uuid(),
  noticeDate: ZIsoDate.nullable(),
  tasksDone: z.number().int(),
  version: z.number().int(),
});
export type TSystemSummary = z.infer<typeof ZSystemSummary>;
export const ZSystemList = z.object({ items: z.array(ZSystemSummary) });
export const ZSystemListQuery = z.object({ initiativeId: z.uuid().optional() });

export const ZContractsEndingQuery = z.object({ months: z.coerce.number().int().min(1).max(60).default(6) });
export const ZContractEnding = z.object({
  id: z.uuid(),
  name: z.string(),
  supplier: z.string(),
  contractEnd: ZIsoDate,
  noticeMonths: z.number().int().nullable(),
  noticeDate: ZIsoDate,
});
export const ZContractsEnding = z.object({ months: z.number().int(), items: z.array(ZContractEnding) });
export type TContractEnding = z.infer<typeof ZContractEnding>;

export const ZTaskAssignees = z.object({ items: z.array(z.object({ userId: z.uuid(), name: z.string() })) });
