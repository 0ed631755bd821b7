import { and, eq } from 'drizzle-orm';
import type { PrefillFacts } from '@domain/document-templates';
import { RISK_LEVEL_LABELS_SV } from '@domain/risk';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import type { InitiativeRecord } from '@server/modules/initiatives/initiatives.repository';
import { needs } from '@server/modules/needs/needs.tables';
import { decisions } from '@server/modules/decisions/decisions.tables';
import { findRisks } from '@server/modules/risks/risks.repository';
import { presentRisk } from '@server/modules/risks/present-risk-analysis';

/** What the initiative already knows, gathered for a new document: the need, the decision and the risks. */
export async function loadPrefillFacts(tx: Tx, ctx: Pick<Ctx, 'organizationId'>, initiative: InitiativeRecord): Promise<PrefillFacts> {
  const [need] = await tx
    .select({ problem: needs.problem, expectedBenefit: needs.expectedBenefit })
    .from(needs)
    .where(and(eq(needs.organizationId, ctx.organizationId), eq(needs.id, initiative.needId)));
  const [decision] = await tx
    .select({ rationale: decisions.rationale })
    .from(decisions)
    .where(and(eq(decisions.organizationId, ctx.organizationId), eq(decisions.id, initiative.decisionId)));
  const risks = (await findRisks(tx, ctx, initiative.id)).map(presentRisk);
  return {
    title: initiative.title,
    form: initiative.form,
    ownerName: initiative.ownerName,
    plannedStartYear: initiative.plannedStartYear,
    problem: need?.problem ?? null,
    expectedBenefit: need?.expectedBenefit ?? null,
    decisionRationale: decision?.rationale ?? null,
    risks: risks.map((risk) => `${risk.description} (${RISK_LEVEL_LABELS_SV[risk.level].toLowerCase()})`),
  };
}
