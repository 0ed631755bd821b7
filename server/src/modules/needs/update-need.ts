import { costEstimateFieldIssues, type TCostEstimate } from '@domain/cost-estimate.contracts';
import type { TUpdateNeedRequest } from '@domain/needs.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { staleVersion } from '@server/platform/http/etag';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { guardPersonalData, recordConfirmedWarnings } from '@server/modules/needs/guard-personal-data';
import { editRefusal } from '@server/modules/needs/needs.policy';
import { asNeedStatus } from '@server/modules/needs/needs.presenter';
import { needAuditState } from '@server/modules/needs/need-audit-state';
import {
  findNeedRow,
  findNeedScopeIds,
  findNeedView,
  replaceNeedScope,
  updateNeedVersioned,
  type NeedRow,
  type NeedScopeIds,
  type NeedView,
} from '@server/modules/needs/needs.repository';
import { assertScopeValid } from '@server/modules/needs/assert-scope-valid';

type Changes = Parameters<typeof updateNeedVersioned>[4];

const sameEstimate = (a: TCostEstimate | null, b: TCostEstimate | null): boolean =>
  a === null || b === null ? a === b : a.low === b.low && a.high === b.high && a.recurrence === b.recurrence && a.note === b.note;

/** The fields of `input` that differ from the stored need; nothing else is written or audited. */
function changesOf(row: NeedRow, input: TUpdateNeedRequest): Changes {
  const changes: Changes = {};
  if (input.title !== undefined && input.title !== row.title) changes.title = input.title;
  if (input.problem !== undefined && input.problem !== row.problem) changes.problem = input.problem;
  if (input.expectedBenefit !== undefined && input.expectedBenefit !== row.expectedBenefit) changes.expectedBenefit = input.expectedBenefit;
  if (input.affectedGroups !== undefined && input.affectedGroups.join() !== row.affectedGroups.join()) changes.affectedGroups = input.affectedGroups;
  if (input.allUnits !== undefined && input.allUnits !== row.allUnits) changes.allUnits = input.allUnits;
  // jsonb keeps no key order, so the estimate is compared field by field.
  if (input.costEstimate !== undefined && !sameEstimate(input.costEstimate, row.costEstimate as TCostEstimate | null)) changes.costEstimate = input.costEstimate;
  return changes;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** The lists of `input` that differ from the stored ones (sorted, without repeats). */
function scopeChangesOf(current: NeedScopeIds, input: TUpdateNeedRequest): Partial<NeedScopeIds> {
  const changes: Partial<NeedScopeIds> = {};
  const focusAreaIds = input.focusAreaIds && [...new Set(input.focusAreaIds)].sort();
  const unitIds = input.unitIds && [...new Set(input.unitIds)].sort();
  if (focusAreaIds && !sameIds(focusAreaIds, current.focusAreaIds)) changes.focusAreaIds = focusAreaIds;
  if (unitIds && !sameIds(unitIds, current.unitIds)) changes.unitIds = unitIds;
  // "Alla" replaces the named units: choosing it without a unit list empties the list.
  if (input.allUnits === true && !unitIds && current.unitIds.length > 0) changes.unitIds = [];
  return changes;
}

/**
 * Changes a need's form fields. A coordinator may always correct a need; the submitter only while
 * it is still `submitted`. The write only happens if nobody saved since the client read the need
 * (If-Match), the free text passes the personal-data guard, and the audit log keeps before/after.
 */
export async function updateNeed(ctx: Ctx, id: string, input: TUpdateNeedRequest, expectedVersion: number): Promise<NeedView> {
  return inTenant(ctx, async (tx) => {
    const row = await findNeedRow(tx, ctx, id, { forUpdate: true });
    if (!row) throw notFound('need');
    const refusal = editRefusal(ctx, { submittedBy: row.submittedBy, status: asNeedStatus(row.status) });
    if (refusal === 'forbidden') throw new AppError('forbidden', 'You may not edit this need.');
    if (refusal === 'invalid_state') throw new AppError('invalid_state', 'The need has been assessed; ask the utvecklingsledare to change it.');
    if (row.version !== expectedVersion) throw staleVersion();
    const confirmed = guardPersonalData(ctx, { title: input.title, problem: input.problem, expectedBenefit: input.expectedBenefit, 'costEstimate.note': input.costEstimate?.note });
    const changes = changesOf(row, input);
    const current = await findNeedScopeIds(tx, ctx, id);
    const scopeChanges = scopeChangesOf(current, input);
    // Only what is newly chosen must be current: an area archived since the need was written stays.
    await assertScopeValid(tx, ctx, {
      focusAreaIds: scopeChanges.focusAreaIds?.filter((areaId) => !current.focusAreaIds.includes(areaId)),
      unitIds: scopeChanges.unitIds?.filter((unitId) => !current.unitIds.includes(unitId)),
    });
    const allUnits = changes.allUnits ?? row.allUnits;
    if (allUnits && (scopeChanges.unitIds ?? current.unitIds).length > 0) {
      throw new AppError('unprocessable', 'Choose either all units or named units, not both.', [{ path: 'body.unitIds', code: 'all_units_with_units' }]);
    }
    if (input.costEstimate) {
      const issues = costEstimateFieldIssues(input.costEstimate, 'body.costEstimate');
      if (issues.length > 0) throw new AppError('validation_failed', 'The cost range runs downwards.', issues);
    }
    if (Object.keys(changes).length > 0 || Object.keys(scopeChanges).length > 0) {
      const updated = await updateNeedVersioned(tx, ctx, id, expectedVersion, changes);
      if (!updated) throw staleVersion();
      await replaceNeedScope(tx, ctx, id, scopeChanges);
      const after = { ...current, ...scopeChanges };
      await recordAudit(tx, ctx, { action: 'need.updated', entityType: 'need', entityId: id, before: needAuditState(row, current), after: needAuditState(updated, after) });
      await recordConfirmedWarnings(tx, ctx, confirmed, { entityType: 'need', entityId: id });
    }
    return (await findNeedView(tx, ctx, id))!;
  });
}
