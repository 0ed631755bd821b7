import type { Ctx } from '@server/platform/tenancy/context';
import { inTenant } from '@server/platform/tenancy/context';
import { authorize } from '@server/platform/auth/auth.plugin';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError } from '@server/platform/errors';
import { getNeedForAssessment } from '@server/modules/needs/need-assessment-summary';
import { isPgError, PG_UNIQUE_VIOLATION } from '@server/modules/organizations/db-errors';
import { findCurrentRound, insertRound, supersedeRound } from '@server/modules/assessments/assessments.repository';
import { isNeedAssessable } from '@server/modules/assessments/assessments.policy';
import { loadCurrentAssessmentView } from '@server/modules/assessments/load-assessment-view';
import type { AssessmentView } from '@server/modules/assessments/present-assessment';

/**
 * Opens a new assessment round for a need. A current round (open or fixed) becomes history
 * ('superseded') — only when the caller sends its version as If-Match, so nobody throws away a
 * round they have not seen. The need's summary keeps the last agreed result until the new round
 * is fixed.
 */
export async function startAssessment(ctx: Ctx, needId: string, expectedVersion: number | undefined): Promise<AssessmentView> {
  try {
    return await inTenant(ctx, async (tx) => {
      const need = await getNeedForAssessment(tx, ctx, needId);
      authorize(ctx, 'assessment:manage');
      if (!isNeedAssessable(need)) throw new AppError('invalid_state', `A need with status ${need.status} cannot be assessed.`);
      const current = await findCurrentRound(tx, ctx, needId);
      if (current) {
        if (expectedVersion === undefined) throw new AppError('precondition_required', 'Send the ETag of the current assessment as If-Match to replace it.');
        await supersedeRound(tx, ctx, current.id, expectedVersion);
      }
      const id = await insertRound(tx, ctx, { needId, openedBy: ctx.actor.id });
      await recordAudit(tx, ctx, {
        action: 'assessment.started',
        entityType: 'assessment',
        entityId: id,
        before: current ? { supersededAssessmentId: current.id, status: current.status } : null,
        after: { needId, status: 'open' },
      });
      return loadCurrentAssessmentView(tx, ctx, needId, need.status, need.decidedBeforeDigiplan);
    });
  } catch (error) {
    // Two coordinators starting the first round at once: the unique index lets one through.
    if (isPgError(error, PG_UNIQUE_VIOLATION)) throw new AppError('conflict', 'Someone else started an assessment of this need just now. Reload.');
    throw error;
  }
}
