import { v7 as uuidv7 } from 'uuid';
import { canBecomeNeed, type MaturityRating, type OperationArea } from '@domain/maturity';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { insertNeed, nextNeedNumber } from '@server/modules/needs/needs.repository';
import { needAuditState } from '@server/modules/needs/need-audit-state';
import { findAnswerRow, findAssessmentRow, findIndicatorRow, findLinkedNeeds, insertIndicatorNeed } from '@server/modules/maturity/maturity.repository';

const OPERATION_AREA_SV: Record<OperationArea, string> = {
  overall: 'övergripande',
  elderly_care: 'äldreomsorg',
  individual_family: 'individ- och familjeomsorg',
  disability: 'funktionsnedsättning',
};
const RATING_SV: Record<MaturityRating, string> = { achieved: 'uppnådd', almost: 'nästan där', started: 'påbörjad', planned: 'planerad', not_planned: 'ej planerad', not_relevant: 'ej relevant' };

/**
 * Turns an indicator rated "planerad" or "ej planerad" into a need in one step: the need's text says
 * which indicator, verksamhetsområde and assessment it came from, and the link is kept both ways
 * (the assessment shows the need and its status; the need's page lists the indicator).
 */
export async function createNeedFromIndicator(ctx: Ctx, assessmentId: string, input: { indicatorId: string; operationArea: OperationArea }): Promise<{ needId: string; number: number }> {
  return inTenant(ctx, async (tx) => {
    const assessment = await findAssessmentRow(tx, ctx, assessmentId);
    if (!assessment) throw notFound('maturity assessment');
    authorize(ctx, 'maturity:rate');
    authorize(ctx, 'need:submit');
    const indicator = await findIndicatorRow(tx, ctx, input.indicatorId);
    if (!indicator) throw new AppError('validation_failed', 'The indicator does not exist in the organisation.', [{ path: 'body.indicatorId', code: 'not_found' }]);
    const answer = await findAnswerRow(tx, ctx, { assessmentId, ...input });
    if (!answer || !canBecomeNeed(answer.rating as MaturityRating)) {
      throw new AppError('validation_failed', 'Only an indicator rated planerad or ej planerad becomes a need.', [{ path: 'body.indicatorId', code: 'not_planned_or_not_started' }]);
    }
    const existing = (await findLinkedNeeds(tx, ctx)).find((link) => link.indicatorId === input.indicatorId && link.assessmentId === assessmentId && link.operationArea === input.operationArea);
    if (existing) return { needId: existing.needId, number: existing.number };
    const title = `Mognadsskattning: ${answer.indicatorText}`.slice(0, 200);
    const where = OPERATION_AREA_SV[input.operationArea];
    const row = await insertNeed(tx, ctx, {
      id: uuidv7(),
      number: await nextNeedNumber(tx, ctx),
      title,
      problem: `I mognadsskattningen ${assessment.year}${assessment.label ? ` (${assessment.label})` : ''} bedömdes indikatorn ”${answer.indicatorText}” som ${RATING_SV[answer.rating as MaturityRating]} för ${where}.${answer.comment ? ` Kommentar: ${answer.comment}` : ''}`,
      expectedBenefit: `Indikatorn når uppnådd nivå för ${where}.`,
      affectedGroups: ['staff'],
      allUnits: true,
      costEstimate: null,
      submittedBy: ctx.actor.id,
      status: 'submitted',
    });
    await insertIndicatorNeed(tx, ctx, { indicatorId: input.indicatorId, needId: row.id, operationArea: input.operationArea, assessmentId });
    await recordAudit(tx, ctx, { action: 'need.submitted', entityType: 'need', entityId: row.id, after: { ...needAuditState(row), fromMaturityIndicator: input.indicatorId } });
    await recordAudit(tx, ctx, { action: 'maturity_answer.need_created', entityType: 'maturity_assessment', entityId: assessmentId, after: { indicatorId: input.indicatorId, operationArea: input.operationArea, needId: row.id, needNumber: row.number } });
    return { needId: row.id, number: row.number };
  });
}
