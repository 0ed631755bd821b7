import type { DocumentKind, GateFacts, InitiativeRoleKind } from '@domain/gate-facts';
import { LAST_STAGE } from '@domain/process';

/**
 * Something that must be in place before an initiative may pass a gate. `code` is stable (the UI,
 * the portfolio export and the audit log rely on it); `text` is the Swedish sentence shown;
 * `ref` points at the checklist item for `checklist.open`.
 */
export type MissingItem = { code: string; text: string; ref?: string; blocking?: true };

/**
 * Items no written reason can pass: the law or the nämnd decides, not the project. Today only the
 * nämnd's decision on ethically problematic technology (seed 002 §7.6, 003).
 */
export function blockingItems(missing: readonly MissingItem[]): MissingItem[] {
  return missing.filter((item) => item.blocking);
}

const ROLE_TEXT: Partial<Record<InitiativeRoleKind, string>> = {
  project_owner: 'Projektägare är inte utsedd.',
  project_manager: 'Projektledare är inte utsedd.',
  steering_group: 'Styrgrupp är inte utsedd.',
  responsible: 'Ansvarig är inte utsedd.',
};

const DOCUMENT_TEXT: Partial<Record<DocumentKind, string>> = {
  project_directive: 'Projektdirektivet är inte färdigställt.',
  assignment_description: 'Uppdragsbeskrivningen är inte färdigställd.',
  project_plan: 'Projektplanen är inte färdigställd.',
  status_report: 'Ingen färdigställd statusrapport finns.',
  handover: 'Överlämningen till förvaltning och drift är inte dokumenterad.',
  final_report: 'Slutrapporten är inte färdigställd.',
};

const PROCUREMENT = 'Upphandling får inte starta';

function rolesMissing(facts: GateFacts, kinds: readonly InitiativeRoleKind[]): MissingItem[] {
  return kinds.filter((kind) => facts.roleCounts[kind] === 0).map((kind) => ({ code: `role.${kind}`, text: ROLE_TEXT[kind]! }));
}

function documentsMissing(facts: GateFacts, kinds: readonly DocumentKind[]): MissingItem[] {
  return kinds.filter((kind) => facts.documents[kind].completed === 0).map((kind) => ({ code: `document.${kind}`, text: DOCUMENT_TEXT[kind]! }));
}

function openChecklist(facts: GateFacts): MissingItem[] {
  return facts.openChecklistItems.map((item) => ({ code: 'checklist.open', ref: item.id, text: `Checklistan: ${item.text}` }));
}

/** Leaving stage 1: the form's organisation is named and its founding document is complete (001 §4–5). */
function leavingNeedAndBenefit(facts: GateFacts): MissingItem[] {
  if (facts.form === 'project') return [...rolesMissing(facts, ['project_owner', 'project_manager', 'steering_group']), ...documentsMissing(facts, ['project_directive'])];
  if (facts.form === 'assignment') return [...rolesMissing(facts, ['responsible']), ...documentsMissing(facts, ['assignment_description'])];
  return [];
}

/**
 * Leaving stage 2 means entering planning, where buying may start. A projekt or uppdrag must have
 * its risk- och konsekvensanalys and have consulted the unions; every form must have classified
 * its information and planned its benefits, because procurement may not start before need,
 * benefit and classification are documented (001 §6–7).
 */
function leavingCurrentState(facts: GateFacts): MissingItem[] {
  const missing: MissingItem[] = [];
  if (facts.form !== 'improvement') {
    if (facts.risk.riskCount === 0) missing.push({ code: 'risk.analysis', text: 'Risk- och konsekvensanalysen saknar risker.' });
    if (!facts.risk.unionConsultedOn) missing.push({ code: 'risk.union_consultation', text: 'Samverkan med fackliga företrädare är inte registrerad.' });
  }
  if (!facts.classificationComplete) missing.push({ code: 'procurement.classification', text: `${PROCUREMENT}: informationsklassningen är inte klar.` });
  if (!facts.benefitsPlanned) missing.push({ code: 'procurement.benefits', text: `${PROCUREMENT}: ingen planerad nytta är registrerad.` });
  return missing;
}

/** Leaving planning: the projekt has its plan; technology judged ethically problematic needs the nämnd's decision. */
function leavingPlanning(facts: GateFacts): MissingItem[] {
  const missing = facts.form === 'project' ? documentsMissing(facts, ['project_plan']) : [];
  if (facts.ethics.problematic && !facts.ethics.councilDecisionRecorded) {
    missing.push({ code: 'ethics.council_decision', text: 'Tekniken är bedömd som etiskt problematisk: nämndens beslut krävs innan test och införande.', blocking: true });
  }
  return missing;
}

function leavingTestAndIntroduce(facts: GateFacts): MissingItem[] {
  return facts.form === 'project' ? documentsMissing(facts, ['status_report']) : [];
}

function leavingHandover(facts: GateFacts): MissingItem[] {
  if (facts.form === 'project') return documentsMissing(facts, ['handover', 'final_report']);
  if (facts.form === 'assignment') return documentsMissing(facts, ['handover']);
  return [];
}

const LEAVING: Record<number, (facts: GateFacts) => MissingItem[]> = {
  1: leavingNeedAndBenefit,
  2: leavingCurrentState,
  3: leavingPlanning,
  4: leavingTestAndIntroduce,
  5: leavingHandover,
};

/**
 * What is missing before the initiative may leave its current stage for the next one; at the last
 * stage, the next step is closing (see missingForClosing). The current stage's open checklist
 * items always count, listed last.
 */
export function missingForNextStage(facts: GateFacts): MissingItem[] {
  if (facts.stage >= LAST_STAGE) return missingForClosing(facts);
  const rule = LEAVING[facts.stage];
  return [...(rule ? rule(facts) : []), ...openChecklist(facts)];
}

/** What is missing before the initiative may be closed (avslutad): it must be at the last stage, with its checklist done. */
export function missingForClosing(facts: GateFacts): MissingItem[] {
  if (facts.stage < LAST_STAGE) return [{ code: 'stage.not_last', text: 'Initiativet kan avslutas först i steg 6 Följ upp, lär och förbättra.' }];
  return openChecklist(facts);
}

/** The stable codes of a list of missing items, in order (for tests, audit and export). */
export const missingCodes = (items: readonly MissingItem[]) => items.map((item) => item.code);
