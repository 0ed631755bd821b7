import { v7 as uuidv7 } from 'uuid';
import type { TPlan } from '@domain/plans.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findItemRows, findPlanRow, findSeriesRows, insertItemRow, insertPlanRow } from '@server/modules/plans/plans.repository';
import { planPermissions } from '@server/modules/plans/plans.policy';
import { loadPlan } from '@server/modules/plans/get-plan';

const cannotStart = () =>
  new AppError('invalid_state', 'A new version starts from the latest fixed version, and only when no draft exists.', [{ path: 'status', code: 'new_version_not_allowed' }]);

/**
 * Starts the next version of a fixed plan as a draft copy: the same sections and items, each item
 * keeping its `key` so the two versions can be compared. The fixed version stays as it was.
 */
export async function startNewPlanVersion(ctx: Ctx, id: string): Promise<TPlan> {
  return inTenant(ctx, async (tx) => {
    const current = await findPlanRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('plan');
    const series = await findSeriesRows(tx, ctx, current.seriesId);
    if (!planPermissions(ctx, current, series).canStartNewVersion) throw cannotStart();
    const draft = await insertPlanRow(tx, ctx, {
      id: uuidv7(),
      seriesId: current.seriesId,
      versionNumber: current.versionNumber + 1,
      title: current.title,
      startYear: current.startYear,
      endYear: current.endYear,
      sections: current.sections,
      status: 'draft',
    });
    for (const item of await findItemRows(tx, ctx, current.id)) {
      const { organizationId: _org, id: _id, planId: _plan, version: _version, createdAt: _created, updatedAt: _updated, ...copy } = item;
      await insertItemRow(tx, ctx, { ...copy, id: uuidv7(), planId: draft.id });
    }
    await recordAudit(tx, ctx, { action: 'plan.version_started', entityType: 'plan', entityId: draft.id, after: { fromVersion: current.versionNumber, versionNumber: draft.versionNumber } });
    return loadPlan(tx, ctx, draft);
  });
}
