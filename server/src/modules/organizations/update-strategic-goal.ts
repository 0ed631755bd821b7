import type { TStrategicGoal, TUpdateStrategicGoalRequest } from '@domain/organization.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findStrategicGoalRow, updateStrategicGoalRow } from '@server/modules/organizations/strategic-goals.repository';
import { presentStrategicGoal } from '@server/modules/organizations/organizations.presenters';
import { refusePersonalNumbers } from '@server/modules/organizations/personal-data.guard';
import { findFocusAreaRow } from '@server/modules/organizations/focus-areas.repository';
import { unknownFocusArea } from '@server/modules/organizations/organizations.errors';

/**
 * Changes a strategic goal's title, description, focus area (null detaches it) or archived flag,
 * if nobody saved since the administrator read it.
 */
export async function updateStrategicGoal(ctx: Ctx, id: string, input: TUpdateStrategicGoalRequest, expected: number): Promise<TStrategicGoal> {
  refusePersonalNumbers({ title: input.title, description: input.description });
  return inTenant(ctx, async (tx) => {
    const current = await findStrategicGoalRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('strategic goal');
    if (current.version !== expected) throw staleVersion();
    if (input.focusAreaId && !(await findFocusAreaRow(tx, ctx, input.focusAreaId))) throw unknownFocusArea();
    const row = await updateStrategicGoalRow(tx, ctx, id, expected, {
      title: input.title,
      description: input.description,
      focusAreaId: input.focusAreaId,
      isArchived: input.isArchived,
    });
    if (!row) throw staleVersion();
    const before = presentStrategicGoal(current);
    const after = presentStrategicGoal(row);
    await recordAudit(tx, ctx, { action: 'strategic_goal.updated', entityType: 'strategic_goal', entityId: id, before, after });
    return after;
  });
}
