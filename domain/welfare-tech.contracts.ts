import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';

/** Where a technology stands (seed 004 "Nuläget"): införd, på gång, provad men inte införd. */
export const WELFARE_TECH_STATES = ['deployed', 'in_progress', 'tried_not_adopted'] as const;
export type WelfareTechState = (typeof WELFARE_TECH_STATES)[number];
export const WELFARE_TECH_STATE_LABELS_SV: Record<WelfareTechState, string> = {
  deployed: 'Infört',
  in_progress: 'På gång',
  tried_not_adopted: 'Provat men ej infört',
};

/**
 * Suggested technology types and placements. Both fields are free text, so an organisation extends
 * the lists simply by using a new name; the form offers these plus every name already used.
 */
export const DEFAULT_TECHNOLOGIES = [
  'Trygghetslarm',
  'Nyckelfria lås',
  'Tillsynskamera',
  'GPS-larm',
  'Läkemedelsrobot',
  'Digitala läkemedelsskåp',
  'Sensorer',
  'E-tjänster',
] as const;
export const DEFAULT_PLACEMENTS = ['SÄBO', 'Korttid', 'Hemtjänst', 'Ordinärt boende', 'LSS-boende', 'Daglig verksamhet'] as const;

export const ZWelfareTechInput = z.object({
  technology: z.string().trim().min(1).max(120),
  product: z.string().trim().max(200).default(''),
  supplier: z.string().trim().max(200).default(''),
  unitCount: z.number().int().min(0).max(1_000_000),
  placement: z.string().trim().max(120).default(''),
  state: z.enum(WELFARE_TECH_STATES),
  asOf: ZIsoDate,
  systemId: z.uuid().nullable().default(null),
  initiativeId: z.uuid().nullable().default(null),
});
export type TWelfareTechInput = z.infer<typeof ZWelfareTechInput>;

export const ZWelfareTechItem = ZWelfareTechInput.extend({
  id: z.uuid(),
  systemName: z.string().nullable(),
  initiativeTitle: z.string().nullable(),
  version: z.number().int(),
}).meta({ id: 'WelfareTechItem' });
export type TWelfareTechItem = z.infer<typeof ZWelfareTechItem>;
export const ZWelfareTechList = z.object({ items: z.array(ZWelfareTechItem) });
export const ZWelfareTechListQuery = z.object({ asOf: ZIsoDate.optional(), initiativeId: z.uuid().optional() });

export const ZWelfareTechOptions = z.object({
  technologies: z.array(z.string()),
  placements: z.array(z.string()),
  asOfDates: z.array(ZIsoDate),
});

export const ZSummaryRow = z.object({ technology: z.string(), placement: z.string(), state: z.enum(WELFARE_TECH_STATES), unitCount: z.number().int() });
export type TSummaryRow = z.infer<typeof ZSummaryRow>;
export const ZWelfareTechSummary = z.object({ asOf: ZIsoDate, rows: z.array(ZSummaryRow) });
export const ZWelfareTechSummaryQuery = z.object({ asOf: ZIsoDate });

export const ZChangeRow = z.object({
  technology: z.string(),
  placement: z.string(),
  state: z.enum(WELFARE_TECH_STATES),
  before: z.number().int(),
  after: z.number().int(),
  difference: z.number().int(),
});
export type TChangeRow = z.infer<typeof ZChangeRow>;
export const ZWelfareTechChange = z.object({ from: ZIsoDate, to: ZIsoDate, rows: z.array(ZChangeRow) });
export const ZWelfareTechChangeQuery = z.object({ from: ZIsoDate, to: ZIsoDate });

/** Units in use (driftsatt) per technology at each inventory date, dates ascending. */
export const ZWelfareTechInUseOverTime = z.object({
  dates: z.array(ZIsoDate),
  series: z.array(z.object({ technology: z.string(), counts: z.array(z.number().int()) })),
});
export type TWelfareTechInUseOverTime = z.infer<typeof ZWelfareTechInUseOverTime>;
