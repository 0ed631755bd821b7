import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { ROLES, type Role } from '@domain/roles';

/**
 * Årshjulet (issue 16 item 5): the organisation's governance year. The administrator sets the
 * recurring events (återkommande händelser); the other entries come from the data.
 */
export const RECURRING_EVENT_KINDS = ['maturity_assessment', 'plan_fix', 'board_report', 'quarterly_compilation', 'other'] as const;
export type RecurringEventKind = (typeof RECURRING_EVENT_KINDS)[number];

/** Entries read from the data: benefit measurements due, contracts ending, notice dates, classification reviews, plans fixed, meetings of the decision forums. */
export const DATA_ENTRY_KINDS = ['benefit_measurement', 'contract_end', 'contract_notice', 'classification_review', 'plan_fixed', 'meeting'] as const;
export const GOVERNANCE_ENTRY_KINDS = [...RECURRING_EVENT_KINDS, ...DATA_ENTRY_KINDS] as const;
export type GovernanceEntryKind = (typeof GOVERNANCE_ENTRY_KINDS)[number];

/** Swedish names of the kinds (also used by the Excel export). */
export const GOVERNANCE_ENTRY_KIND_LABELS_SV: Record<GovernanceEntryKind, string> = {
  maturity_assessment: 'Mognadsmätning (LIKA)',
  plan_fix: 'Fastställa planen',
  board_report: 'Rapport till nämnden',
  quarterly_compilation: 'Kvartalssammanställning',
  other: 'Övrigt',
  benefit_measurement: 'Nyttomätning',
  contract_end: 'Avtal upphör',
  contract_notice: 'Sista dag att säga upp avtal',
  classification_review: 'Översyn av informationsklassning',
  plan_fixed: 'Plan fastställd',
  meeting: 'Sammanträde',
};

/** Swedish role names for the export (the web app has its own in i18n). */
export const RESPONSIBLE_ROLE_LABELS_SV: Record<Role, string> = {
  admin: 'Administratör',
  coordinator: 'Utvecklingsledare',
  steering_member: 'OLG-ledamot',
  director: 'Förvaltningschef',
  manager: 'Chef',
  staff: 'Medarbetare',
  viewer: 'Läsare',
};

/** Months a classification is reviewed after it was made (KLASSA: at least once a year). */
export const CLASSIFICATION_REVIEW_MONTHS = 12;

const ZMonth = z.number().int().min(1).max(12);

export const ZRecurringEventInput = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(RECURRING_EVENT_KINDS),
  months: z
    .array(ZMonth)
    .min(1)
    .max(12)
    .refine((months) => new Set(months).size === months.length, { message: 'Each month once.' }),
  dayOfMonth: z.number().int().min(1).max(31).nullable().default(null),
  responsibleRole: z.enum(ROLES).nullable().default(null),
  description: z.string().trim().max(2000).default(''),
});
export type TRecurringEventInput = z.infer<typeof ZRecurringEventInput>;

export const ZRecurringEvent = ZRecurringEventInput.extend({ id: z.uuid(), version: z.number().int() }).meta({ id: 'RecurringEvent' });
export type TRecurringEvent = z.infer<typeof ZRecurringEvent>;
export const ZRecurringEventList = z.object({ items: z.array(ZRecurringEvent) });

/** One entry of the year: when (month, and a date when known), what, who is responsible, where to read more. */
export const ZGovernanceEntry = z.object({
  key: z.string(),
  kind: z.enum(GOVERNANCE_ENTRY_KINDS),
  source: z.enum(['recurring', 'data']),
  title: z.string(),
  month: ZMonth,
  date: ZIsoDate.nullable(),
  responsibleRole: z.enum(ROLES).nullable(),
  responsibleName: z.string().nullable(),
  /** What the entry is about, for a link in the web app; null for recurring events. */
  subject: z.object({ type: z.enum(['initiative_benefits', 'initiative_classification', 'system', 'plan', 'meeting']), id: z.uuid() }).nullable(),
});
export type TGovernanceEntry = z.infer<typeof ZGovernanceEntry>;

export const ZGovernanceYear = z.object({ year: z.number().int(), entries: z.array(ZGovernanceEntry) }).meta({ id: 'GovernanceYear' });
export type TGovernanceYear = z.infer<typeof ZGovernanceYear>;

export const ZGovernanceYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2999) });
export const ZGovernanceYearExportQuery = ZGovernanceYearQuery;
