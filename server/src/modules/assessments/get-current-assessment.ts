import type { Ctx } from '@server/platform/tenancy/context';
import { inTenantRead } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { getNeedForAssessment } from '@server/modules/needs/need-assessment-summary';
import { loadCurrentAssessmentView } from '@server/modules/assessments/load-assessment-view';
import type { AssessmentView } from '@server/modules/assessments/present-assessment';

/** The need's current assessment round (open or fixed); 404 for another organisation's need or before the first round. */
export async function getCurrentAssessment(ctx: Ctx, needId: string): Promise<AssessmentView> {
  return inTenantRead(ctx, async (tx) => {
    const need = await getNeedForAssessment(tx, ctx, needId);
    authorize(ctx, 'assessment:read');
    return loadCurrentAssessmentView(tx, ctx, needId, need.status, need.decidedBeforeDigiplan);
  });
}
