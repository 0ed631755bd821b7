import type { OperationArea } from '@domain/maturity';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAnswerRows, findAssessmentRows, findIndicatorRows, findLinkedNeeds } from '@server/modules/maturity/maturity.repository';

export type NeedMaturityLink = { indicatorId: string; operationArea: OperationArea; assessmentId: string; indicatorText: string; year: number; label: string };

/** The other direction of indicator → need: which indicator (as it was worded when rated) a need came from. */
export async function findNeedMaturityLinks(ctx: Ctx, needId: string): Promise<NeedMaturityLink[]> {
  return inTenantRead(ctx, async (tx) => {
    const links = await findLinkedNeeds(tx, ctx, { needId });
    if (links.length === 0) return [];
    const assessments = await findAssessmentRows(tx, ctx);
    const answers = await findAnswerRows(tx, ctx, [...new Set(links.map((l) => l.assessmentId))]);
    const indicators = await findIndicatorRows(tx, ctx, { includeRetired: true });
    return links.flatMap((link) => {
      const assessment = assessments.find((a) => a.id === link.assessmentId);
      if (!assessment) return [];
      const answer = answers.find((a) => a.assessmentId === link.assessmentId && a.indicatorId === link.indicatorId && a.operationArea === link.operationArea);
      const text = answer?.indicatorText ?? indicators.find((i) => i.id === link.indicatorId)?.text ?? '';
      return [{ indicatorId: link.indicatorId, operationArea: link.operationArea as OperationArea, assessmentId: link.assessmentId, indicatorText: text, year: assessment.year, label: assessment.label }];
    });
  });
}
