import { riskLevel, riskValue, type RiskPerspective, type RiskStatus } from '@domain/risk';
import type { PrivacyTechnology, TEthics, TRisk, TRiskAnalysis } from '@domain/risks.contracts';
import type { RiskAnalysisRow, RiskRow } from '@server/modules/risks/risks.repository';

/** Shapes a risk for the API, with its value and level computed (never stored, so never stale). */
export function presentRisk(row: RiskRow): TRisk {
  const value = riskValue(row.likelihood, row.consequence);
  return {
    id: row.id,
    initiativeId: row.initiativeId,
    perspective: row.perspective as RiskPerspective,
    description: row.description,
    likelihood: row.likelihood,
    consequence: row.consequence,
    value,
    level: riskLevel(value),
    measures: row.measures,
    ownerName: row.ownerName,
    status: row.status as RiskStatus,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The ethics part of the analysis row, or null while it has not been assessed. */
export function presentEthics(row: RiskAnalysisRow | undefined): TEthics | null {
  if (!row || row.ethicsProblematic === null || row.ethicsAssessedAt === null) return null;
  return {
    technologies: (row.ethicsTechnologies ?? []) as PrivacyTechnology[],
    privacyNote: row.ethicsPrivacyNote ?? '',
    consentHandling: row.ethicsConsentHandling ?? '',
    consentIncapable: row.ethicsConsentIncapable ?? '',
    problematic: row.ethicsProblematic,
    judgement: row.ethicsJudgement ?? '',
    councilDecisionDate: row.councilDecisionDate,
    councilDecisionReference: row.councilDecisionReference,
    assessedBy: row.ethicsAssessedBy ?? '',
    assessedAt: row.ethicsAssessedAt.toISOString(),
  };
}

/** The whole analysis as the risk page reads it. */
export function presentRiskAnalysis(initiativeId: string, risks: RiskRow[], row: RiskAnalysisRow | undefined, canEdit: boolean): TRiskAnalysis {
  const ethics = presentEthics(row);
  return {
    initiativeId,
    risks: risks.map(presentRisk),
    unionConsultation: row?.unionConsultedOn ? { consultedOn: row.unionConsultedOn, note: row.unionNote, recordedBy: row.unionRecordedBy ?? '' } : null,
    ethics,
    councilDecisionMissing: ethics !== null && ethics.problematic && ethics.councilDecisionDate === null,
    version: row?.version ?? 0,
    canEdit,
  };
}
