import { and, count, eq } from 'drizzle-orm';
import type { GateFacts } from '@domain/gate-facts';
import type { Tx } from '@server/platform/db/database';
import { initiativeRisks } from '@server/modules/risks/risks.tables';
import { findAnalysis } from '@server/modules/risks/risks.repository';

/** What the gate rules read of the risk analysis: counts and dates, in the caller's tenant transaction. */
export async function loadRiskAndEthicsFacts(tx: Tx, organizationId: string, initiativeId: string): Promise<Pick<GateFacts, 'risk' | 'ethics'>> {
  const [risks] = await tx
    .select({ n: count() })
    .from(initiativeRisks)
    .where(and(eq(initiativeRisks.organizationId, organizationId), eq(initiativeRisks.initiativeId, initiativeId)));
  const analysis = await findAnalysis(tx, { organizationId }, initiativeId);
  const assessed = analysis?.ethicsProblematic !== null && analysis?.ethicsProblematic !== undefined;
  return {
    risk: { riskCount: risks?.n ?? 0, unionConsultedOn: analysis?.unionConsultedOn ?? null },
    ethics: {
      assessed,
      problematic: analysis?.ethicsProblematic === true,
      councilDecisionRecorded: analysis?.councilDecisionDate != null && Boolean(analysis.councilDecisionReference),
    },
  };
}
