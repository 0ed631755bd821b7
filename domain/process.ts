import type { InitiativeForm } from '@domain/decisions.contracts';
import type { InitiativeRoleKind } from '@domain/gate-facts';

/**
 * The digitalisation process (seed 001 §2): six stages every initiative runs through, then it is
 * closed (avslutad) or stopped (avbruten, with a reason) at any point.
 */
export const STAGES = [1, 2, 3, 4, 5, 6] as const;
export type StageNumber = (typeof STAGES)[number];
export const LAST_STAGE = 6;

export const STAGE_NAMES_SV: Record<StageNumber, string> = {
  1: 'Behov och nytta',
  2: 'Nuläge och förutsättningar',
  3: 'Planera införandet',
  4: 'Testa och införa',
  5: 'Överlämning till förvaltning och drift',
  6: 'Följ upp, lär och förbättra',
};

/** Where an initiative is in its life: running through the stages, closed or stopped. */
export const INITIATIVE_STATUSES = ['active', 'closed', 'stopped'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The roles that make sense for a form (001 §4–5); the UI offers these first. */
export const ROLE_KINDS_BY_FORM: Record<InitiativeForm, readonly InitiativeRoleKind[]> = {
  project: ['project_owner', 'project_manager', 'steering_group', 'technical_subproject_manager', 'project_support'],
  assignment: ['responsible', 'technical_subproject_manager', 'project_support'],
  improvement: ['responsible', 'project_support'],
};
