import { emptyGateFacts, type GateFacts, type InitiativeRoleKind } from '@domain/gate-facts';
import { notFound } from '@server/platform/errors';
import { findInitiative } from '@server/modules/initiatives/initiatives.repository';
import type { Tx } from '@server/platform/db/database';
import type { ChecklistRow } from '@server/modules/initiative-process/initiative-checklist.repository';
import { findChecklist } from '@server/modules/initiative-process/initiative-checklist.repository';
import { findInitiativeRoles } from '@server/modules/initiative-process/initiative-roles.repository';
import type { TInitiativeRole } from '@domain/process.contracts';
import { loadBenefitFacts } from '@server/modules/benefits/load-benefit-facts';
import { loadDocumentFacts } from '@server/modules/documents/load-document-facts';
import { loadRiskAndEthicsFacts } from '@server/modules/risks/load-risk-and-ethics-facts';
import { loadClassificationFacts } from '@server/modules/classification/load-classification-facts';

/** Role counts from the people named on the initiative. */
export function roleFacts(roles: readonly Pick<TInitiativeRole, 'kind'>[]): Pick<GateFacts, 'roleCounts'> {
  const roleCounts = { ...emptyGateFacts('project', 1).roleCounts };
  for (const role of roles) roleCounts[role.kind as InitiativeRoleKind] += 1;
  return { roleCounts };
}

/** The current stage's unticked checklist items. */
export function checklistFacts(checklist: readonly ChecklistRow[], stage: number): Pick<GateFacts, 'openChecklistItems'> {
  return { openChecklistItems: checklist.filter((item) => item.stage === stage && !item.done).map((item) => ({ id: item.id, text: item.text })) };
}

/**
 * The facts the gate rules (domain/gates.ts) read, for one initiative.
 *
 * This module fills what it owns: form, stage, role counts and the open checklist items; each other
 * module that holds facts (benefits, documents, risk and ethics, classification) has a fact provider
 * spread in here. Keep it a short composition, one spread per provider.
 */
export async function loadGateFacts(tx: Tx, organizationId: string, initiativeId: string): Promise<GateFacts> {
  const scope = { organizationId };
  const initiative = await findInitiative(tx, scope, initiativeId);
  if (!initiative) throw notFound('initiative');
  const base = emptyGateFacts(initiative.form, initiative.stage);
  const roles = await findInitiativeRoles(tx, scope, initiativeId);
  const checklist = await findChecklist(tx, scope, initiativeId);
  return {
    ...base,
    ...roleFacts(roles),
    ...checklistFacts(checklist, initiative.stage),
    ...(await loadBenefitFacts(tx, organizationId, initiativeId)),
    ...(await loadDocumentFacts(tx, organizationId, initiativeId)),
    ...(await loadRiskAndEthicsFacts(tx, organizationId, initiativeId)),
    ...(await loadClassificationFacts(tx, organizationId, initiativeId)),
  };
}
