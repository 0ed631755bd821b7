import { v7 as uuidv7 } from 'uuid';
import { costEstimateFieldIssues } from '@domain/cost-estimate.contracts';
import type { TSubmitNeedRequest } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { assertNoPersonalData } from '@server/modules/needs/assert-no-personal-data';
import { findNeedView, findReferenceIssues, insertNeed, nextNeedNumber, type NeedView } from '@server/modules/needs/needs.repository';
import { needAuditState } from '@server/modules/needs/need-audit-state';

/**
 * A medarbetare submits a need through the e-service. The free text is checked for personnummer
 * before anything is written, unit and focus area must belong to her organisation, and the need
 * gets the organisation's next running number (B-1, B-2 …) even when many submit at once.
 */
export async function submitNeed(ctx: Ctx, input: TSubmitNeedRequest): Promise<NeedView> {
  authorize(ctx, 'need:submit');
  assertNoPersonalData({ title: input.title, problem: input.problem, expectedBenefit: input.expectedBenefit, 'costEstimate.note': input.costEstimate?.note });
  return inTenant(ctx, async (tx) => {
    const issues = await findReferenceIssues(tx, ctx, input);
    if (input.costEstimate) issues.push(...costEstimateFieldIssues(input.costEstimate, 'body.costEstimate'));
    if (issues.length > 0) throw new AppError('validation_failed', 'The need has errors: a unit or focus area outside your organisation, or a cost range that runs downwards.', issues);
    const number = await nextNeedNumber(tx, ctx);
    const row = await insertNeed(tx, ctx, {
      id: uuidv7(),
      number,
      title: input.title,
      problem: input.problem,
      expectedBenefit: input.expectedBenefit,
      affectedGroups: input.affectedGroups,
      unitId: input.unitId ?? null,
      focusAreaId: input.focusAreaId ?? null,
      costEstimate: input.costEstimate ?? null,
      submittedBy: ctx.actor.id,
      status: 'submitted',
    });
    await recordAudit(tx, ctx, { action: 'need.submitted', entityType: 'need', entityId: row.id, after: needAuditState(row) });
    return (await findNeedView(tx, ctx, row.id))!;
  });
}
