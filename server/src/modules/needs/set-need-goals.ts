import type { TNeedGoals, TSetNeedGoalsRequest } from '@domain/goal-links.contracts';
import type { TFieldIssue } from '@domain/problem';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { editRefusal } from '@server/modules/needs/needs.policy';
import { asNeedStatus } from '@server/modules/needs/needs.presenter';
import { bumpNeedVersion, findNeedRow } from '@server/modules/needs/needs.repository';
import { existingGoalIds, findNeedGoalRows, replaceNeedGoals } from '@server/modules/needs/need-goals.repository';
/**
 * Sets which goals a need serves — by those who may edit the need — if nobody changed the need
 * since it was read (If-Match on the need; the need's version moves on). Audited with before/after.
 */
export async function setNeedGoals(ctx: Ctx, needId: string, input: TSetNeedGoalsRequest, expected: number): Promise<TNeedGoals> {
  return inTenant(ctx, async (tx) => {
    const row = await findNeedRow(tx, ctx, needId, { forUpdate: true });
    if (!row) throw notFound('need');
    const refusal = editRefusal(ctx, { submittedBy: row.submittedBy, status: asNeedStatus(row.status) });
    if (refusal === 'forbidden') throw new AppError('forbidden', 'You may not edit this need.');
    if (refusal === 'invalid_state') throw new AppError('invalid_state', 'The need has been assessed; ask the utvecklingsledare to change it.');
    if (row.version !== expected) throw staleVersion();
    const wanted = [...new Set(input.goalIds)];
    const found = await existingGoalIds(tx, ctx, wanted);
    const issues: TFieldIssue[] = input.goalIds.flatMap((id, i) => (found.has(id) ? [] : [{ path: `body.goalIds.${i}`, code: 'not_found' }]));
    if (issues.length > 0) throw new AppError('validation_failed', 'A goal does not exist in the organisation.', issues);
    const before = (await findNeedGoalRows(tx, ctx, needId)).map((goal) => goal.title);
    await replaceNeedGoals(tx, ctx, needId, wanted);
    await bumpNeedVersion(tx, ctx, needId);
    const after = await findNeedGoalRows(tx, ctx, needId);
    await recordAudit(tx, ctx, { action: 'need.goals_set', entityType: 'need', entityId: needId, before: { goals: before }, after: { goals: after.map((goal) => goal.title) } });
    return { items: after };
  });
}
