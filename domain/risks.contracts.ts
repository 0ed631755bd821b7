import { z } from 'zod';
import { ZIsoDate } from '@domain/iso-date';
import { RISK_LEVELS, RISK_PERSPECTIVES, RISK_STATUSES } from '@domain/risk';

/** The risk- och konsekvensanalys of an initiative: risks, union consultation and ethics. */
export const ZRiskPerspective = z.enum(RISK_PERSPECTIVES);
export const ZRiskStatus = z.enum(RISK_STATUSES);
export const ZRiskRating = z.number().int().min(1).max(4);

const ZText = (max: number) => z.string().trim().max(max);

export const ZRiskInput = z
  .object({
    perspective: ZRiskPerspective,
    description: ZText(2000).min(1),
    likelihood: ZRiskRating,
    consequence: ZRiskRating,
    measures: ZText(4000).default(''),
    ownerName: ZText(200).default(''),
    status: ZRiskStatus.default('open'),
  });
export type TRiskInput = z.infer<typeof ZRiskInput>;

export const ZRisk = z
  .object({
    id: z.uuid(),
    initiativeId: z.uuid(),
    perspective: ZRiskPerspective,
    description: z.string(),
    likelihood: ZRiskRating,
    consequence: ZRiskRating,
    value: z.number().int(),
    level: z.enum(RISK_LEVELS),
    measures: z.string(),
    ownerName: z.string(),
    status: ZRiskStatus,
    version: z.number().int(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Risk' });
export type TRisk = z.infer<typeof ZRisk>;

/** Technology that may touch privacy or autonomy (003 "Etisk utgångspunkt"). */
export const PRIVACY_TECHNOLOGIES = ['camera', 'gps', 'sensors', 'locks', 'microphone'] as const;
export type PrivacyTechnology = (typeof PRIVACY_TECHNOLOGIES)[number];
export const PRIVACY_TECHNOLOGY_LABELS_SV: Record<PrivacyTechnology, string> = {
  camera: 'Kamera',
  gps: 'GPS/positionering',
  sensors: 'Sensorer (t.ex. rörelse, larm)',
  locks: 'Lås (t.ex. nyckelfria lås)',
  microphone: 'Mikrofon/ljud',
};

export const ZUnionConsultationInput = z
  .object({ consultedOn: ZIsoDate, note: ZText(2000).default('') });
export type TUnionConsultationInput = z.infer<typeof ZUnionConsultationInput>;

/**
 * The ethics assessment. A problematic technology needs the nämnd's decision before pilot: the
 * decision is optional here (it may come later) but must be whole — date and reference together.
 */
export const ZEthicsInput = z
  .object({
    technologies: z.array(z.enum(PRIVACY_TECHNOLOGIES)).max(PRIVACY_TECHNOLOGIES.length).refine((list) => new Set(list).size === list.length, { message: 'Each technology once.' }),
    privacyNote: ZText(4000).default(''),
    consentHandling: ZText(4000).min(1),
    consentIncapable: ZText(4000).min(1),
    problematic: z.boolean(),
    judgement: ZText(4000).min(1),
    councilDecisionDate: ZIsoDate.nullable().default(null),
    councilDecisionReference: ZText(200).nullable().default(null),
  })
  .refine((e) => (e.councilDecisionDate === null) === (e.councilDecisionReference === null || e.councilDecisionReference === ''), {
    message: 'Give both the date and the reference of the nämnd’s decision, or neither.',
    path: ['councilDecisionReference'],
  });
export type TEthicsInput = z.infer<typeof ZEthicsInput>;

export const ZEthics = z
  .object({
    technologies: z.array(z.enum(PRIVACY_TECHNOLOGIES)),
    privacyNote: z.string(),
    consentHandling: z.string(),
    consentIncapable: z.string(),
    problematic: z.boolean(),
    judgement: z.string(),
    councilDecisionDate: ZIsoDate.nullable(),
    councilDecisionReference: z.string().nullable(),
    assessedBy: z.string(),
    assessedAt: z.iso.datetime(),
  })
  .meta({ id: 'Ethics' });
export type TEthics = z.infer<typeof ZEthics>;

/** Everything the risk page shows; ETag = the analysis version (0 before anything was recorded). */
export const ZRiskAnalysis = z
  .object({
    initiativeId: z.uuid(),
    risks: z.array(ZRisk),
    unionConsultation: z.object({ consultedOn: ZIsoDate, note: z.string(), recordedBy: z.string() }).nullable(),
    ethics: ZEthics.nullable(),
    /** The ethics judged it problematic and no nämnd decision is recorded yet. */
    councilDecisionMissing: z.boolean(),
    version: z.number().int(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'RiskAnalysis' });
export type TRiskAnalysis = z.infer<typeof ZRiskAnalysis>;

export const ZInitiativeRiskParams = z.object({ id: z.uuid(), riskId: z.uuid() });
