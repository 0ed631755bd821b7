import type { TMaturityAnswer, TSetMaturityAnswer } from '@domain/maturity.contracts';
import type { OperationArea } from '@domain/maturity';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findAnswerRow, findAssessmentRow, findIndicatorRow, insertAnswerRow, updateAnswerRow } from '@server/modules/maturity/maturity.repository';
import { answerAuditState, presentAnswer } from '@server/modules/maturity/present-maturity';

/**
 * 412 for a rating someone else changed first. It carries the answer as it now stands, so the form
 * can show the other person's rating and comment instead of silently overwriting them.
 */
export class StaleAnswer extends AppError {
  constructor(readonly current: TMaturityAnswer | null) {
    super('precondition_failed', 'Someone else changed this rating first. Their rating is shown; choose again if yours should replace it.');
  }
}

/**
 * Sets one rating (indicator × verksamhetsområde) with its comment. Several people fill in the same
 * assessment: each answer has its own version, sent as If-Match (0 for a cell nobody rated yet),
 * and a stale version is refused with the other person's answer. The comment runs the personnummer guard.
 */
export async function setMaturityAnswer(ctx: Ctx, assessmentId: string, input: TSetMaturityAnswer, expected: number): Promise<TMaturityAnswer> {
  return inTenant(ctx, async (tx) => {
    const assessment = await findAssessmentRow(tx, ctx, assessmentId);
    if (!assessment) throw notFound('maturity assessment');
    authorize(ctx, 'maturity:rate');
    const indicator = await findIndicatorRow(tx, ctx, input.indicatorId);
    if (!indicator) throw new AppError('validation_failed', 'The indicator does not exist in the organisation.', [{ path: 'body.indicatorId', code: 'not_found' }]);
    if (!(assessment.operationAreas as OperationArea[]).includes(input.operationArea)) {
      throw new AppError('validation_failed', 'The assessment does not cover that verksamhetsområde.', [{ path: 'body.operationArea', code: 'not_in_assessment' }]);
    }
    assertNoPersonalData({ comment: input.comment });
    const key = { assessmentId, indicatorId: input.indicatorId, operationArea: input.operationArea };
    const current = await findAnswerRow(tx, ctx, key);
    if (current && current.rating === input.rating && current.comment === input.comment && current.version === expected) return presentAnswer(current);
    if (indicator.retiredAt !== null && !current) throw new AppError('validation_failed', 'The indicator is retired.', [{ path: 'body.indicatorId', code: 'retired' }]);
    // A rating keeps the wording it was first given with; a changed rating takes today's wording.
    const values = { rating: input.rating, comment: input.comment, indicatorText: indicator.text, setBy: ctx.actor.id };
    const written = expected === 0 ? await insertAnswerRow(tx, ctx, key, values) : current ? await updateAnswerRow(tx, ctx, key, expected, values) : undefined;
    if (!written) {
      const now = await findAnswerRow(tx, ctx, key);
      throw new StaleAnswer(now ? presentAnswer(now) : null);
    }
    const after = { ...written, setByName: ctx.actor.name };
    await recordAudit(tx, ctx, {
      action: current ? 'maturity_answer.changed' : 'maturity_answer.set',
      entityType: 'maturity_assessment',
      entityId: assessmentId,
      before: current ? answerAuditState(current) : null,
      after: answerAuditState(after),
    });
    return presentAnswer(after);
  });
}
