import { todayInSweden } from '@domain/decisions.contracts';
import type { TEthicsInput, TRiskAnalysis } from '@domain/risks.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { loadEditableInitiative } from '@server/modules/initiative-access/load-initiative';
import { findAnalysis, findRisks, saveAnalysisVersioned } from '@server/modules/risks/risks.repository';
import { presentEthics, presentRiskAnalysis } from '@server/modules/risks/present-risk-analysis';

/**
 * Records the ethics assessment (003 "Etisk utgångspunkt"): which privacy- or autonomy-touching
 * technology is used, how consent is handled (also for people who cannot give it), whether it is
 * ethically problematic and, if so, the nämnd's decision once taken.
 */
export async function assessEthics(ctx: Ctx, initiativeId: string, expectedVersion: number, input: TEthicsInput): Promise<TRiskAnalysis> {
  return inTenant(ctx, async (tx) => {
    const initiative = await loadEditableInitiative(tx, ctx, initiativeId);
    const before = await findAnalysis(tx, ctx, initiativeId, { forUpdate: true });
    if ((before?.version ?? 0) !== expectedVersion) throw staleVersion();
    if (input.councilDecisionDate && input.councilDecisionDate > todayInSweden()) {
      throw new AppError('validation_failed', 'The nämnd’s decision cannot be in the future.', [{ path: 'body.councilDecisionDate', code: 'too_big' }]);
    }
    assertNoPersonalData({
      privacyNote: input.privacyNote,
      consentHandling: input.consentHandling,
      consentIncapable: input.consentIncapable,
      judgement: input.judgement,
      councilDecisionReference: input.councilDecisionReference,
    });
    // A decision only matters for a problematic technology; keep none for an unproblematic one.
    const decided = input.problematic && input.councilDecisionDate !== null;
    const after = await saveAnalysisVersioned(tx, ctx, initiativeId, expectedVersion, {
      ethicsTechnologies: input.technologies,
      ethicsPrivacyNote: input.privacyNote,
      ethicsConsentHandling: input.consentHandling,
      ethicsConsentIncapable: input.consentIncapable,
      ethicsProblematic: input.problematic,
      ethicsJudgement: input.judgement,
      councilDecisionDate: decided ? input.councilDecisionDate : null,
      councilDecisionReference: decided ? input.councilDecisionReference : null,
      ethicsAssessedBy: ctx.actor.name,
      ethicsAssessedAt: new Date(),
    });
    if (!after) throw staleVersion();
    await recordAudit(tx, ctx, { action: 'risk_analysis.ethics_assessed', entityType: 'initiative', entityId: initiativeId, before: presentEthics(before), after: presentEthics(after) });
    return presentRiskAnalysis(initiative.id, await findRisks(tx, ctx, initiativeId), after, true);
  });
}
