import { z } from 'zod';
import { ZInitiativeForm } from '@domain/decisions.contracts';
import { ZPriority } from '@domain/assessment.contracts';
import { INITIATIVE_ROLE_KINDS } from '@domain/gate-facts';
import { INITIATIVE_STATUSES } from '@domain/process';

/** Contracts of the digitalisation process on an initiative: stages, gates, checklist, roles, timeline, portfolio. */

export const ZInitiativeStatus = z.enum(INITIATIVE_STATUSES);
export const ZInitiativeRoleKind = z.enum(INITIATIVE_ROLE_KINDS);
const ZStageNumber = z.number().int().min(1).max(6);
const ZReason = z.string().trim().min(1).max(2000);

/** `blocking`: no override reason passes it (the nämnd's decision). */
export const ZMissingItem = z.object({ code: z.string(), text: z.string(), ref: z.string().optional(), blocking: z.literal(true).optional() }).meta({ id: 'MissingItem' });
export type TMissingItem = z.infer<typeof ZMissingItem>;

const ZPerson = z.object({ id: z.uuid(), name: z.string() });

export const ZChecklistItem = z
  .object({
    id: z.uuid(),
    stage: ZStageNumber,
    text: z.string(),
    position: z.number().int(),
    done: z.boolean(),
    doneBy: ZPerson.nullable(),
    doneAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ChecklistItem' });
export type TChecklistItem = z.infer<typeof ZChecklistItem>;

export const ZInitiativeRole = z.object({ id: z.uuid(), kind: ZInitiativeRoleKind, person: ZPerson }).meta({ id: 'InitiativeRole' });
export type TInitiativeRole = z.infer<typeof ZInitiativeRole>;

/** The next gate: to the next stage, or to closing from the last stage, with what is missing. */
export const ZNextGate = z.object({ target: z.enum(['stage', 'closed']), stage: ZStageNumber.nullable(), missing: z.array(ZMissingItem) });

/** Everything the initiative page needs to show and run the process. */
export const ZInitiativeProcess = z
  .object({
    initiativeId: z.uuid(),
    form: ZInitiativeForm,
    stage: ZStageNumber,
    status: ZInitiativeStatus,
    stopReason: z.string().nullable(),
    version: z.number().int(),
    checklist: z.array(ZChecklistItem),
    roles: z.array(ZInitiativeRole),
    /** Null once the initiative is closed or stopped. */
    nextGate: ZNextGate.nullable(),
    permissions: z.object({ canWork: z.boolean(), canOverrideGate: z.boolean(), canManage: z.boolean() }),
  })
  .meta({ id: 'InitiativeProcess' });
export type TInitiativeProcess = z.infer<typeof ZInitiativeProcess>;

/**
 * Moving an initiative: forward through the gate (advance; from stage 6 close), back one stage or
 * stopping it (both need a reason). With items missing, an `overrideReason` passes the gate anyway.
 */
export const ZStageTransitionRequest = z
  .discriminatedUnion('action', [
    z.object({ action: z.literal('advance'), overrideReason: ZReason.optional() }),
    z.object({ action: z.literal('close'), overrideReason: ZReason.optional() }),
    z.object({ action: z.literal('back'), reason: ZReason }),
    z.object({ action: z.literal('stop'), reason: ZReason }),
  ])
  .meta({ id: 'StageTransitionRequest' });
export type TStageTransitionRequest = z.infer<typeof ZStageTransitionRequest>;

export const ZTickChecklistItemRequest = z.object({ done: z.boolean() }).meta({ id: 'TickChecklistItemRequest' });
export const ZNameRoleRequest = z.object({ kind: ZInitiativeRoleKind, userId: z.uuid() }).meta({ id: 'NameRoleRequest' });
export const ZRoleCandidates = z.object({ items: z.array(ZPerson) }).meta({ id: 'RoleCandidates' });

export const ZTimelineEvent = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    payload: z.record(z.string(), z.unknown()),
    actor: z.object({ id: z.uuid().nullable(), name: z.string() }),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'TimelineEvent' });
export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;
export const ZTimeline = z.object({ items: z.array(ZTimelineEvent) }).meta({ id: 'Timeline' });

/** The portfolio's filters; the Excel export takes the same. */
export const ZPortfolioQuery = z.object({
  stage: z.coerce.number().int().min(1).max(6).optional(),
  form: ZInitiativeForm.optional(),
  status: ZInitiativeStatus.optional(),
  focusAreaId: z.uuid().optional(),
  owner: z.string().trim().min(1).max(200).optional(),
});
export type TPortfolioQuery = z.infer<typeof ZPortfolioQuery>;

export const ZPortfolioRow = z
  .object({
    id: z.uuid(),
    title: z.string(),
    needNumber: z.number().int().nullable(),
    form: ZInitiativeForm,
    stage: ZStageNumber,
    status: ZInitiativeStatus,
    owner: z.string(),
    priority: ZPriority.nullable(),
    /** Decided before Digiplan ("Beslutat före Digiplan"): no priority until its need is assessed. */
    decidedBeforeDigiplan: z.boolean(),
    /** The focus areas and units of its need ("Alla" = `allUnits`). */
    focusAreas: z.array(z.object({ id: z.uuid(), name: z.string() })),
    units: z.array(z.object({ id: z.uuid(), name: z.string() })),
    allUnits: z.boolean(),
    /** What the next gate still lacks (empty when closed or stopped). */
    missing: z.array(ZMissingItem),
  })
  .meta({ id: 'PortfolioRow' });
export type TPortfolioRow = z.infer<typeof ZPortfolioRow>;
export const ZPortfolio = z.object({ items: z.array(ZPortfolioRow) }).meta({ id: 'Portfolio' });
export type TPortfolio = z.infer<typeof ZPortfolio>;

export const ZChecklistTemplateItem = z
  .object({ id: z.uuid(), form: ZInitiativeForm, stage: ZStageNumber, text: z.string(), position: z.number().int(), version: z.number().int() })
  .meta({ id: 'ChecklistTemplateItem' });
export type TChecklistTemplateItem = z.infer<typeof ZChecklistTemplateItem>;
export const ZChecklistTemplates = z.object({ items: z.array(ZChecklistTemplateItem) }).meta({ id: 'ChecklistTemplates' });
export const ZChecklistTemplateQuery = z.object({ form: ZInitiativeForm });
const ZChecklistText = z.string().trim().min(1).max(300);
export const ZCreateChecklistTemplateItem = z.object({ form: ZInitiativeForm, stage: ZStageNumber, text: ZChecklistText }).meta({ id: 'CreateChecklistTemplateItem' });
export const ZUpdateChecklistTemplateItem = z.object({ text: ZChecklistText }).meta({ id: 'UpdateChecklistTemplateItem' });
export const ZMoveChecklistTemplateItem = z.object({ direction: z.enum(['up', 'down']) }).meta({ id: 'MoveChecklistTemplateItem' });
