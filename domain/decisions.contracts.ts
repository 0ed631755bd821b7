import { z } from 'zod';
import { ZFocusAreaIds, ZUnitIds } from '@domain/need-scope';
import { ZIsoDate } from '@domain/iso-date';
import { ZPageQuery, page } from '@domain/paging';
import { ZNeedStatus } from '@domain/needs.contracts';
import { ZPriority, ZQuadrant, ZScores } from '@domain/assessment.contracts';

/** OLG's three answers to a need: avslå, parkera, genomföra. */
export const DECISION_OUTCOMES = ['reject', 'park', 'proceed'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const ZDecisionOutcome = z.enum(DECISION_OUTCOMES);

/** The form an initiative takes (001 §5): projekt, uppdrag, verksamhetsförbättring. */
export const INITIATIVE_FORMS = ['project', 'assignment', 'improvement'] as const;
export type InitiativeForm = (typeof INITIATIVE_FORMS)[number];
export const ZInitiativeForm = z.enum(INITIATIVE_FORMS);

export const OUTCOME_LABELS: Record<DecisionOutcome, string> = { reject: 'Avslå', park: 'Parkera', proceed: 'Genomför' };
export const FORM_LABELS: Record<InitiativeForm, string> = { project: 'Projekt', assignment: 'Uppdrag', improvement: 'Verksamhetsförbättring' };

/**
 * Today's date (YYYY-MM-DD) in Sweden. Decisions are dated in Swedish local time, so "not in the
 * future" and "after today" must not flip at midnight UTC.
 */
export function todayInSweden(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const ZRationale = z.string().trim().min(1).max(4000);
const common = {
  decisionDate: ZIsoDate.refine((date) => date <= todayInSweden(), { message: 'The decision date may not be in the future.' }),
  forum: z.string().trim().min(1).max(200).default('OLG'),
};

/** Where a decision was taken: in Digiplan, or before the organisation used it (registered afterwards). */
export const DECISION_ORIGINS = ['digiplan', 'pre_digiplan'] as const;
export type DecisionOrigin = (typeof DECISION_ORIGINS)[number];

/**
 * An initiative decided before Digiplan (an existing projekt, uppdrag or verksamhetsförbättring),
 * registered as it is: its need's texts, its form and owner, and the decision's date and reference —
 * no invented scores. It can be assessed later.
 */
export const ZRegisterPreDigiplanInitiativeRequest = z
  .object({
    title: z.string().trim().min(3).max(200),
    problem: z.string().trim().min(1).max(5000),
    expectedBenefit: z.string().trim().min(1).max(5000),
    form: ZInitiativeForm,
    ownerName: z.string().trim().min(1).max(200),
    plannedStartYear: z.number().int().min(2000).max(2100),
    reference: z.string().trim().min(1).max(200),
    /** Its focus areas and units, as on a need ("Alla" = `allUnits`). */
    focusAreaIds: ZFocusAreaIds.default([]),
    unitIds: ZUnitIds.default([]),
    allUnits: z.boolean().default(false),
    ...common,
  })
  .meta({ id: 'RegisterPreDigiplanInitiativeRequest' });
export type TRegisterPreDigiplanInitiativeRequest = z.infer<typeof ZRegisterPreDigiplanInitiativeRequest>;

/**
 * The meeting (sammanträde) a decision is taken at, when recorded from the meeting's page: the need
 * must be on its agenda, and the decision then names the meeting's forum and appears in its minutes.
 */
const atMeeting = { meetingId: z.uuid().optional() };

/** OLG's decision on a need: reject with a reason, park until a later date, or proceed in a form. */
export const ZDecideNeedRequest = z
  .discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('reject'), reason: ZRationale, ...common, ...atMeeting }),
    z.object({
      outcome: z.literal('park'),
      parkedUntil: ZIsoDate.refine((date) => date > todayInSweden(), { message: 'Park until a date after today.' }),
      rationale: ZRationale,
      ...common,
      ...atMeeting,
    }),
    z.object({
      outcome: z.literal('proceed'),
      form: ZInitiativeForm,
      ownerName: z.string().trim().min(1).max(200),
      plannedStartYear: z.number().int().min(2000).max(2100),
      rationale: ZRationale,
      ...common,
      ...atMeeting,
    }),
  ])
  .meta({ id: 'DecideNeedRequest' });
export type TDecideNeedRequest = z.infer<typeof ZDecideNeedRequest>;

/** Why a decision is corrected (written to the audit log and the initiative's timeline). */
const ZCorrectionReason = z.string().trim().min(3).max(2000);

/**
 * Correct a decision that was recorded wrongly: the same fields as a decision, plus why it is
 * corrected (e.g. "Fel form registrerades; protokollet säger uppdrag").
 */
export const ZCorrectDecisionRequest = z
  .discriminatedUnion('outcome', [
    // A correction stays with the meeting of the decision it corrects; it names no meeting itself.
    ZDecideNeedRequest.options[0].omit({ meetingId: true }).extend({ correctionReason: ZCorrectionReason }),
    ZDecideNeedRequest.options[1].omit({ meetingId: true }).extend({ correctionReason: ZCorrectionReason }),
    ZDecideNeedRequest.options[2].omit({ meetingId: true }).extend({ correctionReason: ZCorrectionReason }),
  ])
  .meta({ id: 'CorrectDecisionRequest' });
export type TCorrectDecisionRequest = z.infer<typeof ZCorrectDecisionRequest>;

/**
 * What the decision was based on, frozen when it was taken: later edits of the need or a later
 * assessment do not change it. Scores are null when OLG rejected or parked an unassessed need.
 */
export const ZDecisionSnapshot = z
  .object({
    needTitle: z.string(),
    needNumber: z.number().int(),
    needStatusBefore: ZNeedStatus,
    assessmentId: z.uuid().nullable(),
    scores: ZScores.nullable(),
    feasibility: z.number().nullable(),
    potential: z.number().nullable(),
    overall: z.number().nullable(),
    quadrant: ZQuadrant.nullable(),
    priority: ZPriority.nullable(),
    form: ZInitiativeForm.nullable(),
  })
  .meta({ id: 'DecisionSnapshot' });
export type TDecisionSnapshot = z.infer<typeof ZDecisionSnapshot>;

/** One decision, as the decision log (beslutslogg) shows it. Decisions are never changed. */
export const ZDecision = z
  .object({
    id: z.uuid(),
    needId: z.uuid(),
    outcome: ZDecisionOutcome,
    form: ZInitiativeForm.nullable(),
    ownerName: z.string().nullable(),
    plannedStartYear: z.number().int().nullable(),
    parkedUntil: ZIsoDate.nullable(),
    decisionDate: ZIsoDate,
    forum: z.string(),
    /** The reason of a rejection, or the rationale of a park or proceed decision. */
    rationale: z.string(),
    snapshot: ZDecisionSnapshot,
    /** `pre_digiplan`: decided before the organisation used Digiplan — no scores, no matrix position. */
    origin: z.enum(DECISION_ORIGINS),
    /** The decision's own reference (diarienummer, protokoll §), when recorded. */
    reference: z.string().nullable(),
    /** The meeting (sammanträde) the decision was taken at, when recorded from its page. */
    meeting: z.object({ id: z.uuid(), title: z.string(), meetingDate: ZIsoDate }).nullable(),
    /** The decision this one corrects (rättelse), if it is a correction. */
    supersedesId: z.uuid().nullable(),
    /** Set when a later decision corrected this one: shown as "ersatt av" in the log. */
    supersededBy: z.object({ id: z.uuid(), decisionDate: ZIsoDate }).nullable(),
    decidedBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.iso.datetime(),
    initiativeId: z.uuid().nullable(),
  })
  .meta({ id: 'Decision' });
export type TDecision = z.infer<typeof ZDecision>;

export const ZNeedDecisions = z.object({ items: z.array(ZDecision) }).meta({ id: 'NeedDecisions' });

/** The decision log: newest decision date first, filtered by outcome and year. */
export const ZDecisionLogQuery = ZPageQuery.extend({
  outcome: ZDecisionOutcome.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type TDecisionLogQuery = z.infer<typeof ZDecisionLogQuery>;

/** The decision log's filters without paging: what the Excel export of the log accepts. */
export const ZDecisionLogExportQuery = ZDecisionLogQuery.omit({ limit: true, cursor: true });
export type TDecisionLogExportQuery = z.infer<typeof ZDecisionLogExportQuery>;

export const ZDecisionPage = page(ZDecision).meta({ id: 'DecisionPage' });
export type TDecisionPage = z.infer<typeof ZDecisionPage>;

/** Stage numbers of the digitalisation process (1 Behov och nytta … 6 Följ upp). */
export const ZStage = z.number().int().min(1).max(6);

const ZScopeRef = z.object({ id: z.uuid(), name: z.string() });

/** A need OLG decided to proceed with; later stages extend it. */
export const ZInitiative = z
  .object({
    id: z.uuid(),
    needId: z.uuid(),
    decisionId: z.uuid(),
    title: z.string(),
    form: ZInitiativeForm,
    ownerName: z.string(),
    plannedStartYear: z.number().int(),
    /** What the initiative is about, editable after the decision (empty until written). */
    description: z.string(),
    plannedEndYear: z.number().int().nullable(),
    stage: ZStage,
    /** active, closed (avslutad) or stopped (avbruten). */
    status: z.enum(['active', 'closed', 'stopped']),
    stopReason: z.string().nullable(),
    endedAt: z.iso.datetime().nullable(),
    /** Set when the initiative was decided before Digiplan ("Beslutat före Digiplan"): its decision's date and reference. */
    preDigiplan: z.object({ decisionDate: ZIsoDate, reference: z.string() }).nullable(),
    /** Its need's focus areas, by name in Swedish order (the initiative carries its need's). */
    focusAreas: z.array(ZScopeRef),
    /** Its need's units, by name in Swedish order; empty when `allUnits`. */
    units: z.array(ZScopeRef),
    /** "Alla": the whole förvaltning instead of named units. */
    allUnits: z.boolean(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Initiative' });
export type TInitiative = z.infer<typeof ZInitiative>;

export const ZInitiativeListQuery = ZPageQuery.extend({ form: ZInitiativeForm.optional() });
export type TInitiativeListQuery = z.infer<typeof ZInitiativeListQuery>;

export const ZInitiativePage = page(ZInitiative).meta({ id: 'InitiativePage' });
export type TInitiativePage = z.infer<typeof ZInitiativePage>;

const ZYear = z.number().int().min(2000).max(2100);

/**
 * Edit an initiative after the decision (If-Match = its version): by the utvecklingsledare and the
 * initiative's owner. The change lands on its timeline.
 */
export const ZUpdateInitiativeRequest = z
  .object({
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(5000).default(''),
    ownerName: z.string().trim().min(1).max(200),
    plannedStartYear: ZYear,
    plannedEndYear: ZYear.nullable().default(null),
    /** The whole new list of focus areas (its need's); omitted leaves them as they are. */
    focusAreaIds: ZFocusAreaIds.optional(),
    /** The whole new list of units (its need's); omitted leaves them as they are. */
    unitIds: ZUnitIds.optional(),
    /** "Alla" instead of named units; omitted leaves it as it is. */
    allUnits: z.boolean().optional(),
  })
  .refine((value) => value.plannedEndYear === null || value.plannedEndYear >= value.plannedStartYear, {
    path: ['plannedEndYear'],
    message: 'The end year may not be before the start year.',
  })
  .meta({ id: 'UpdateInitiativeRequest' });
export type TUpdateInitiativeRequest = z.infer<typeof ZUpdateInitiativeRequest>;

/** The fields of an initiative an edit can change, in the order the timeline names them. */
export const EDITABLE_INITIATIVE_FIELDS = ['title', 'description', 'ownerName', 'plannedStartYear', 'plannedEndYear'] as const;
export type EditableInitiativeField = (typeof EDITABLE_INITIATIVE_FIELDS)[number];
