import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { isPilotPeriodValid } from '@domain/pilot-period';

/** Where a pilot stands (planerad, pågår, avslutad). */
export const PILOT_STATUSES = ['planned', 'running', 'completed'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];
export const PILOT_STATUS_LABELS_SV: Record<PilotStatus, string> = { planned: 'Planerad', running: 'Pågår', completed: 'Avslutad' };

/** Who a testbädd works with (seed 004: företag och innovatörer, akademi, brukare, anhöriga, medarbetare). */
export const PILOT_PARTNER_KINDS = ['company', 'academia', 'client', 'relatives', 'staff', 'other'] as const;
export type PilotPartnerKind = (typeof PILOT_PARTNER_KINDS)[number];
export const PILOT_PARTNER_KIND_LABELS_SV: Record<PilotPartnerKind, string> = {
  company: 'Företag',
  academia: 'Akademi',
  client: 'Brukare',
  relatives: 'Anhöriga',
  staff: 'Personal',
  other: 'Annan',
};

/** What the pilot led to: continue or introduce it, stop it, or not yet clear. */
export const PILOT_OUTCOMES = ['continue', 'stop', 'unclear'] as const;
export type PilotOutcome = (typeof PILOT_OUTCOMES)[number];
export const PILOT_OUTCOME_LABELS_SV: Record<PilotOutcome, string> = { continue: 'Fortsätt/inför', stop: 'Avbryt', unclear: 'Oklart' };

const text = (max: number) => z.string().trim().max(max);

export const ZPilotPartner = z.object({ kind: z.enum(PILOT_PARTNER_KINDS), name: z.string().trim().min(1).max(200) });
export type TPilotPartner = z.infer<typeof ZPilotPartner>;

/** A pilot or testbädd as written by the user; the end may not come before the start. */
export const ZPilotInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    unitId: z.uuid().nullable().default(null),
    environment: text(500).default(''),
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    partners: z.array(ZPilotPartner).max(30).default([]),
    whatIsTested: z.string().trim().min(1).max(4000),
    status: z.enum(PILOT_STATUSES).default('planned'),
    results: text(4000).default(''),
    outcome: z.enum(PILOT_OUTCOMES).nullable().default(null),
  })
  .refine((input) => isPilotPeriodValid(input.startsOn, input.endsOn), { path: ['endsOn'], message: 'Slutdatum får inte vara före startdatum.' });
export type TPilotInput = z.input<typeof ZPilotInput>;
export type TPilotInputParsed = z.output<typeof ZPilotInput>;

export const ZPilot = z
  .object({
    id: z.uuid(),
    initiativeId: z.uuid(),
    initiativeTitle: z.string(),
    title: z.string(),
    unitId: z.uuid().nullable(),
    unitName: z.string().nullable(),
    environment: z.string(),
    startsOn: ZIsoDate,
    endsOn: ZIsoDate,
    partners: z.array(ZPilotPartner),
    whatIsTested: z.string(),
    status: z.enum(PILOT_STATUSES),
    results: z.string(),
    outcome: z.enum(PILOT_OUTCOMES).nullable(),
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Pilot' });
export type TPilot = z.infer<typeof ZPilot>;

export const ZPilotList = z.object({ items: z.array(ZPilot) });
export type TPilotList = z.infer<typeof ZPilotList>;
