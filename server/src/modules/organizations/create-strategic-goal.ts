import { v7 as uuidv7 } from 'uuid';
import type { TCreateStrategicGoalRequest, TStrategicGoal } from '@domain/organization.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { insertStrategicGoalRow } from '@server/modules/organizations/strategic-goals.repository';
import { findFocusAreaRow } from '@server/modules/organizations/focus-areas.repository';
import { presentStrategicGoal } from '@server/modules/organizations/organizations.presenters';
import { refusePersonalNumbers } from '@server/modules/organizations/personal-data.guard';
import { unknownFocusArea } from '@server/modules/organizations/organizations.errors';

/**
 * Adds a strategic goal, optionally under one of the organisation's own focus areas (another
 * organisation's id is answered like one that does not exist, so a goal never points across).
 */
export async function createStrategicGoal(ctx: Ctx, input: TCreateStrategicGoalRequest): Promise<TStrategicGoal> {
  refusePersonalNumbers({ title: input.title, description: input.description });
  return inTenant(ctx, async (tx) => {
    if (input.focusAreaId && !(await findFocusAreaRow(tx, ctx, input.focusAreaId))) throw unknownFocusArea();
    const row = await insertStrategicGoalRow(tx, ctx, {
      id: uuidv7(),
      title: input.title,
      description: input.description ?? '',
      focusAreaId: input.focusAreaId ?? null,
    });
    const after = presentStrategicGoal(row);
    await recordAudit(tx, ctx, { action: 'strategic_goal.created', entityType: 'strategic_goal', entityId: after.id, after });
    return after;
  });
}
