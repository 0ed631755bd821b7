import type { InitiativeForm } from '@domain/decisions.contracts';

/**
 * What the gate rules (domain/gates.ts) know about an initiative. The server assembles it from
 * several modules (roles and checklist, documents, risk and ethics, classification, benefits);
 * the rules stay a pure function of it. Counts, not rows, so the rules cannot reach for details
 * they should not depend on.
 */
export const DOCUMENT_KINDS = [
  'project_directive',
  'assignment_description',
  'feasibility_study',
  'project_plan',
  'status_report',
  'handover',
  'final_report',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const INITIATIVE_ROLE_KINDS = [
  'project_owner',
  'project_manager',
  'technical_subproject_manager',
  'project_support',
  'responsible',
  'steering_group',
] as const;
export type InitiativeRoleKind = (typeof INITIATIVE_ROLE_KINDS)[number];

export type GateFacts = {
  form: InitiativeForm;
  /** 1–6 while running. */
  stage: number;
  /** How many people hold each role on the initiative. */
  roleCounts: Record<InitiativeRoleKind, number>;
  /** The checklist items of the current stage that are not ticked (their ids and texts). */
  openChecklistItems: { id: string; text: string }[];
  /** Per document kind: how many exist, and how many are marked complete (färdigställd). */
  documents: Record<DocumentKind, { count: number; completed: number }>;
  risk: {
    /** Risks recorded in the risk- och konsekvensanalys. */
    riskCount: number;
    /** Date (YYYY-MM-DD) the union representatives were consulted, or null. */
    unionConsultedOn: string | null;
  };
  ethics: {
    /** The ethics questions (privacy/autonomy, consent) have been answered. */
    assessed: boolean;
    /** The technology was judged ethically problematic: the nämnd must decide before stage 4. */
    problematic: boolean;
    /** The nämnd's decision (date and reference) is recorded. */
    councilDecisionRecorded: boolean;
  };
  /** Every classification aspect has a level and a justification. */
  classificationComplete: boolean;
  /** At least one planned benefit is recorded (issue 4's benefit plan). */
  benefitsPlanned: boolean;
};

/** Facts for an initiative nothing has been recorded for yet; a starting point for loaders and tests. */
export function emptyGateFacts(form: InitiativeForm, stage: number): GateFacts {
  const none = { count: 0, completed: 0 };
  return {
    form,
    stage,
    roleCounts: { project_owner: 0, project_manager: 0, technical_subproject_manager: 0, project_support: 0, responsible: 0, steering_group: 0 },
    openChecklistItems: [],
    documents: {
      project_directive: { ...none },
      assignment_description: { ...none },
      feasibility_study: { ...none },
      project_plan: { ...none },
      status_report: { ...none },
      handover: { ...none },
      final_report: { ...none },
    },
    risk: { riskCount: 0, unionConsultedOn: null },
    ethics: { assessed: false, problematic: false, councilDecisionRecorded: false },
    classificationComplete: false,
    benefitsPlanned: false,
  };
}
