/**
 * Vocabulary of a benefit plan (seed 000 "Önskade nyttoeffekter", 002 §5) and the typical benefits
 * a plan can start from. Codes are stable; the labels are what users see.
 */
export const BENEFIT_LEVELS = ['individual', 'organisation', 'society'] as const;
export type BenefitLevel = (typeof BENEFIT_LEVELS)[number];
export const BENEFIT_LEVEL_LABELS: Record<BenefitLevel, string> = { individual: 'Individ', organisation: 'Organisation', society: 'Samhälle' };

export const BENEFICIARIES = ['clients', 'relatives', 'staff', 'organisation', 'society'] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];
export const BENEFICIARY_LABELS: Record<Beneficiary, string> = {
  clients: 'Brukare',
  relatives: 'Anhöriga',
  staff: 'Medarbetare',
  organisation: 'Organisationen',
  society: 'Samhället',
};

export const BENEFIT_KINDS = ['quantitative', 'qualitative'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];
export const BENEFIT_KIND_LABELS: Record<BenefitKind, string> = { quantitative: 'Kvantitativ', qualitative: 'Kvalitativ' };

export const BENEFIT_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type BenefitDirection = (typeof BENEFIT_DIRECTIONS)[number];
export const BENEFIT_DIRECTION_LABELS: Record<BenefitDirection, string> = { higher_is_better: 'Högre är bättre', lower_is_better: 'Lägre är bättre' };

export const MEASUREMENT_METHODS = ['survey', 'interview', 'statistics', 'contract_follow_up', 'cost_benefit_analysis', 'self_assessment'] as const;
export type MeasurementMethod = (typeof MEASUREMENT_METHODS)[number];
export const MEASUREMENT_METHOD_LABELS: Record<MeasurementMethod, string> = {
  survey: 'Enkät',
  interview: 'Intervju',
  statistics: 'Statistik',
  contract_follow_up: 'Avtalsuppföljning',
  cost_benefit_analysis: 'Kostnadsnyttoanalys',
  self_assessment: 'Självskattning',
};

/** Units a quantitative indicator is measured in; anything else is refused. */
export const BENEFIT_UNITS = ['count', 'hours', 'minutes', 'percent', 'kronor', 'score'] as const;
export type BenefitUnit = (typeof BENEFIT_UNITS)[number];
export const BENEFIT_UNIT_LABELS: Record<BenefitUnit, string> = { count: 'antal', hours: 'timmar', minutes: 'minuter', percent: 'procent', kronor: 'kronor', score: 'poäng' };

export const FREQUENCY_LABELS = { monthly: 'Varje månad', quarterly: 'Varje kvartal', half_yearly: 'Varje halvår', yearly: 'Varje år' } as const;

export type CatalogueBenefit = {
  code: string;
  description: string;
  level: BenefitLevel;
  beneficiaries: Beneficiary[];
  kind: BenefitKind;
  indicator: string | null;
  unit: BenefitUnit | null;
  direction: BenefitDirection | null;
  method: MeasurementMethod;
};

/** Typical benefits of welfare technology (seed 000): a starting point, edited before saving. */
export const BENEFIT_CATALOGUE: CatalogueBenefit[] = [
  { code: 'fewer_visits', description: 'Färre fysiska besök', level: 'organisation', beneficiaries: ['organisation', 'clients'], kind: 'quantitative', indicator: 'Antal fysiska besök per månad', unit: 'count', direction: 'lower_is_better', method: 'statistics' },
  { code: 'less_travel', description: 'Minskad restid', level: 'organisation', beneficiaries: ['staff', 'organisation'], kind: 'quantitative', indicator: 'Restid per månad', unit: 'hours', direction: 'lower_is_better', method: 'statistics' },
  { code: 'less_admin', description: 'Minskad administration', level: 'organisation', beneficiaries: ['staff'], kind: 'quantitative', indicator: 'Tid för administration per vecka', unit: 'hours', direction: 'lower_is_better', method: 'self_assessment' },
  { code: 'fewer_deviations', description: 'Färre avvikelser', level: 'organisation', beneficiaries: ['clients', 'organisation'], kind: 'quantitative', indicator: 'Antal avvikelser per kvartal', unit: 'count', direction: 'lower_is_better', method: 'statistics' },
  { code: 'safety', description: 'Ökad trygghet', level: 'individual', beneficiaries: ['clients', 'relatives'], kind: 'qualitative', indicator: null, unit: null, direction: null, method: 'survey' },
  { code: 'independence', description: 'Ökad självständighet', level: 'individual', beneficiaries: ['clients'], kind: 'qualitative', indicator: null, unit: null, direction: null, method: 'interview' },
  { code: 'participation', description: 'Ökad delaktighet', level: 'individual', beneficiaries: ['clients', 'relatives'], kind: 'qualitative', indicator: null, unit: null, direction: null, method: 'survey' },
  { code: 'integrity', description: 'Ökad integritet', level: 'individual', beneficiaries: ['clients'], kind: 'qualitative', indicator: null, unit: null, direction: null, method: 'interview' },
  { code: 'work_environment', description: 'Bättre arbetsmiljö', level: 'organisation', beneficiaries: ['staff'], kind: 'qualitative', indicator: null, unit: null, direction: null, method: 'survey' },
];
