import { and, count, eq, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TFieldIssue } from '@domain/problem';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { initiativeAttachments } from '@server/modules/attachments/attachments.tables';
import { benefitCalculations, benefitLessons, benefits } from '@server/modules/benefits/benefits.tables';
import { informationClassifications } from '@server/modules/classification/classification.tables';
import { initiativeDocuments } from '@server/modules/documents/documents.tables';
import { initiativeChecklistItems, initiativeEvents, initiativeRoles } from '@server/modules/initiative-process/process.tables';
import { initiatives } from '@server/modules/initiatives/initiatives.tables';
import { findInitiative, type InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { planItems } from '@server/modules/plans/plans.tables';
import { initiativeRisks, riskAnalyses } from '@server/modules/risks/risks.tables';
import { systemInitiatives } from '@server/modules/systems/systems.tables';
import { welfareTechItems } from '@server/modules/welfare-tech/welfare-tech.tables';

type Scope = Pick<Ctx, 'organizationId'>;
type WorkTable = { path: string; table: PgTable; org: PgColumn; where: (initiativeId: string) => SQL };

const byInitiative = (path: string, table: PgTable & { organizationId: PgColumn; initiativeId: PgColumn }, extra?: SQL): WorkTable => ({
  path,
  table,
  org: table.organizationId,
  where: (initiativeId) => and(eq(table.initiativeId, initiativeId), extra)!,
});

/** Everything recorded as work on an initiative: while any of it exists, the initiative has progressed. */
const WORK: WorkTable[] = [
  byInitiative('checklist', initiativeChecklistItems, eq(initiativeChecklistItems.done, true)),
  byInitiative('documents', initiativeDocuments),
  byInitiative('attachments', initiativeAttachments),
  byInitiative('risks', initiativeRisks),
  byInitiative('riskAnalysis', riskAnalyses),
  byInitiative('benefits', benefits),
  byInitiative('calculation', benefitCalculations),
  byInitiative('lessons', benefitLessons),
  byInitiative('planItems', planItems),
  byInitiative('systems', systemInitiatives),
  byInitiative('welfareTech', welfareTechItems),
  { path: 'classification', table: informationClassifications, org: informationClassifications.organizationId, where: (id) => and(eq(informationClassifications.subjectType, 'initiative'), eq(informationClassifications.subjectId, id))! },
];

/**
 * How far an initiative has come, as field issues (empty when it has not started): past stage 1,
 * closed or stopped, or any work recorded on it (a ticked checklist item, a document, a risk, a
 * benefit, a plan item …). A decision correction may only withdraw an initiative that has not.
 */
export async function initiativeProgress(tx: Tx, ctx: Scope, initiative: InitiativeRecord): Promise<TFieldIssue[]> {
  const issues: TFieldIssue[] = [];
  if (initiative.stage > 1) issues.push({ path: 'stage', code: 'has_progressed', message: `The initiative is at stage ${initiative.stage}.` });
  if (initiative.status !== 'active') issues.push({ path: 'status', code: 'has_progressed', message: `The initiative is ${initiative.status}.` });
  for (const work of WORK) {
    const [row] = await tx.select({ n: count() }).from(work.table).where(and(eq(work.org, ctx.organizationId), work.where(initiative.id)));
    if ((row?.n ?? 0) > 0) issues.push({ path: work.path, code: 'has_progressed', message: `${row!.n} recorded on the initiative.` });
  }
  return issues;
}

/** Deletes an initiative that has not started (checked by `initiativeProgress`) with its process rows. */
export async function deleteUnstartedInitiative(tx: Tx, ctx: Scope, initiativeId: string): Promise<void> {
  const org = ctx.organizationId;
  await tx.delete(initiativeChecklistItems).where(and(eq(initiativeChecklistItems.organizationId, org), eq(initiativeChecklistItems.initiativeId, initiativeId)));
  await tx.delete(initiativeRoles).where(and(eq(initiativeRoles.organizationId, org), eq(initiativeRoles.initiativeId, initiativeId)));
  await tx.delete(initiativeEvents).where(and(eq(initiativeEvents.organizationId, org), eq(initiativeEvents.initiativeId, initiativeId)));
  await tx.delete(initiatives).where(and(eq(initiatives.organizationId, org), eq(initiatives.id, initiativeId)));
}

/** The initiative a need became, if any. */
export async function findInitiativeOfNeed(tx: Tx, ctx: Scope, needId: string): Promise<InitiativeRecord | undefined> {
  const [row] = await tx.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.organizationId, ctx.organizationId), eq(initiatives.needId, needId)));
  return row ? findInitiative(tx, ctx, row.id) : undefined;
}
