import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { BENEFICIARIES, BENEFIT_DIRECTIONS, BENEFIT_KINDS, BENEFIT_LEVELS, BENEFIT_UNITS, MEASUREMENT_METHODS } from '@domain/benefit-catalogue';
import { BENEFIT_STATUSES, MEASUREMENT_FREQUENCIES } from '@domain/benefit-status';
import { parseSvNumber, SV_NUMBER_MESSAGES } from '@domain/sv-number';

const ZText = (max: number) => z.string().trim().max(max);
/** A number as the user typed it, Swedish format ("1 234,5"); checked by parseSvNumber. */
const ZNumberText = z.string().max(40);

const numberIssue = (ctx: z.RefinementCtx, path: string, text: string | null | undefined) => {
  if (text === null || text === undefined) return;
  const parsed = parseSvNumber(text);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [path], message: SV_NUMBER_MESSAGES[parsed.error], params: { reason: parsed.error } });
};

/** A benefit of an initiative as the plan form sends it. Quantitative ones need indicator, unit, baseline, target and direction. */
export const ZBenefitInput = z
  .object({
    description: ZText(2000).min(1),
    level: z.enum(BENEFIT_LEVELS),
    beneficiaries: z.array(z.enum(BENEFICIARIES)).min(1).max(BENEFICIARIES.length),
    kind: z.enum(BENEFIT_KINDS),
    indicator: ZText(300).nullable().default(null),
    unit: z.enum(BENEFIT_UNITS).nullable().default(null),
    baselineValue: ZNumberText.nullable().default(null),
    baselineDate: ZIsoDate.nullable().default(null),
    targetValue: ZNumberText.nullable().default(null),
    targetDate: ZIsoDate.nullable().default(null),
    direction: z.enum(BENEFIT_DIRECTIONS).nullable().default(null),
    method: z.enum(MEASUREMENT_METHODS),
    frequency: z.enum(MEASUREMENT_FREQUENCIES),
    ownerId: z.uuid(),
  })
  .superRefine((input, ctx) => {
    numberIssue(ctx, 'baselineValue', input.baselineValue);
    numberIssue(ctx, 'targetValue', input.targetValue);
    if (input.kind === 'quantitative') {
      for (const field of ['indicator', 'unit', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate', 'direction'] as const) {
        if (input[field] === null || input[field] === '') ctx.addIssue({ code: 'custom', path: [field], message: 'Krävs för en kvantitativ nytta.' });
      }
    }
    if (input.baselineDate && input.targetDate && input.targetDate <= input.baselineDate) {
      ctx.addIssue({ code: 'custom', path: ['targetDate'], message: 'Måldatum måste vara efter datum för nuläget.' });
    }
  });
export type TBenefitInput = z.input<typeof ZBenefitInput>;
export type TBenefitInputParsed = z.output<typeof ZBenefitInput>;

export const ZBenefitDecision = z.enum(['realised', 'not_realised']);
export const ZPerson = z.object({ id: z.uuid(), name: z.string() });

/** One planned benefit with where it stands. Numbers are canonical decimal text ("1234.5"). */
export const ZBenefit = z
  .object({
    id: z.uuid(),
    initiativeId: z.uuid(),
    description: z.string(),
    level: z.enum(BENEFIT_LEVELS),
    beneficiaries: z.array(z.enum(BENEFICIARIES)),
    kind: z.enum(BENEFIT_KINDS),
    indicator: z.string().nullable(),
    unit: z.enum(BENEFIT_UNITS).nullable(),
    baselineValue: z.string().nullable(),
    baselineDate: z.string().nullable(),
    targetValue: z.string().nullable(),
    targetDate: z.string().nullable(),
    direction: z.enum(BENEFIT_DIRECTIONS).nullable(),
    method: z.enum(MEASUREMENT_METHODS),
    frequency: z.enum(MEASUREMENT_FREQUENCIES),
    owner: ZPerson,
    decision: ZBenefitDecision.nullable(),
    decisionNote: z.string().nullable(),
    status: z.enum(BENEFIT_STATUSES),
    latestValue: z.string().nullable(),
    lastMeasuredOn: z.string().nullable(),
    nextDueOn: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'Benefit' });
export type TBenefit = z.infer<typeof ZBenefit>;

export const ZBenefitList = z.object({ items: z.array(ZBenefit), canEdit: z.boolean() }).meta({ id: 'BenefitList' });
export type TBenefitList = z.infer<typeof ZBenefitList>;

/** A measurement of a benefit: the value (quantitative) or only the assessment comment (qualitative). */
export const ZMeasurementInput = z
  .object({
    measuredOn: ZIsoDate,
    value: ZNumberText.nullable().default(null),
    comment: ZText(2000).default(''),
  })
  .superRefine((input, ctx) => numberIssue(ctx, 'value', input.value));
export type TMeasurementInput = z.input<typeof ZMeasurementInput>;

export const ZMeasurement = z
  .object({ id: z.uuid(), benefitId: z.uuid(), measuredOn: z.string(), value: z.string().nullable(), comment: z.string(), recordedBy: ZPerson, createdAt: z.string() })
  .meta({ id: 'Measurement' });
export type TMeasurement = z.infer<typeof ZMeasurement>;
export const ZMeasurementList = z.object({ items: z.array(ZMeasurement) }).meta({ id: 'MeasurementList' });

/** The follow-up's verdict on a benefit (null withdraws it). */
export const ZBenefitDecisionInput = z
  .object({ decision: ZBenefitDecision.nullable(), note: ZText(2000).default('') });
export type TBenefitDecisionInput = z.input<typeof ZBenefitDecisionInput>;

/** A benefit whose next measurement is due, for the "Att mäta" list and the owner's start page. */
export const ZDueMeasurement = z.object({
  benefitId: z.uuid(),
  initiativeId: z.uuid(),
  initiativeTitle: z.string(),
  description: z.string(),
  owner: ZPerson,
  lastMeasuredOn: z.string().nullable(),
  dueOn: z.string(),
});
export const ZDueMeasurementList = z.object({ items: z.array(ZDueMeasurement) }).meta({ id: 'DueMeasurementList' });
export type TDueMeasurement = z.infer<typeof ZDueMeasurement>;
export const ZDueQuery = z.object({ mine: z.enum(['true', 'false']).optional() });

export const ZBenefitOwnerList = z.object({ items: z.array(ZPerson) }).meta({ id: 'BenefitOwnerList' });

export const ZCopyPlanInput = z.object({ fromInitiativeId: z.uuid() }).meta({ id: 'CopyBenefitPlanInput' });
export const ZCopyPlanResult = z.object({ benefitsCopied: z.number().int(), calculationCopied: z.boolean() }).meta({ id: 'CopyBenefitPlanResult' });
