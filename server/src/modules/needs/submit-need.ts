import { v7 as uuidv7 } from 'uuid';
import { costEstimateFieldIssues } from '@domain/cost-estimate.contracts';
import type { TSubmitNeedRequest } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { authorize } from '@server/platform/auth/auth.plugin';
import { AppError } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { guardPersonalData, recordConfirmedWarnings } from '@server/modules/needs/guard-personal-data';
import { findNeedView, insertNeed, nextNeedNumber, replaceNeedScope, type NeedView } from '@server/modules/needs/needs.repository';
import { assertScopeValid } from '@server/modules/needs/assert-scope-valid';
import { needAuditState } from '@server/modules/needs/need-audit-state';

/**
 * A medarbetare submits a need through the e-service. The free text is checked for personnummer
 * before anything is written, its focus areas and units (several, or "Alla") must belong to her
 * organisation, and the need
 * gets the organisation's next running number (B-1, B-2 …) even when many submit at once.
 */
export async function submitNeed(ctx: Ctx, input: TSubmitNeedRequest): Promise<NeedView> {
  authorize(ctx, 'need:submit');
  const confirmed = guardPersonalData(ctx, { title: input.title, problem: input.problem, expectedBenefit: input.expectedBenefit, 'costEstimate.note': input.costEstimate?.note });
  return inTenant(ctx, async (tx) => {
    await assertScopeValid(tx, ctx, input);
    if (input.costEstimate) {
      const issues = costEstimateFieldIssues(input.costEstimate, 'body.costEstimate');
      if (issues.length > 0) throw new AppError('validation_failed', 'The cost range runs downwards.', issues);
    }
    const number = await nextNeedNumber(tx, ctx);
    const row = await insertNeed(tx, ctx, {
      id: uuidv7(),
      number,
      title: input.title,
      problem: input.problem,
      expectedBenefit: input.expectedBenefit,
      affectedGroups: input.affectedGroups,
      allUnits: input.allUnits,
      costEstimate: input.costEstimate ?? null,
      submittedBy: ctx.actor.id,
      status: 'submitted',
    });
    const scope = { focusAreaIds: [...input.focusAreaIds].sort(), unitIds: [...input.unitIds].sort() };
    await replaceNeedScope(tx, ctx, row.id, scope);
    await recordAudit(tx, ctx, { action: 'need.submitted', entityType: 'need', entityId: row.id, after: needAuditState(row, scope) });
    await recordConfirmedWarnings(tx, ctx, confirmed, { entityType: 'need', entityId: row.id });
    return (await findNeedView(tx, ctx, row.id))!;
  });
}

