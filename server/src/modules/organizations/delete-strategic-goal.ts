import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteStrategicGoalRow, findStrategicGoalRow } from '@server/modules/organizations/strategic-goals.repository';
import { presentStrategicGoal } from '@server/modules/organizations/organizations.presenters';
import { isPgError, PG_FOREIGN_KEY_VIOLATION } from '@server/modules/organizations/db-errors';

/**
 * Deletes a strategic goal. Should another module come to refer to goals, its foreign key turns
 * the delete into a 409 that suggests archiving, as for units and focus areas.
 */
export async function deleteStrategicGoal(ctx: Ctx, id: string): Promise<void> {
  try {
    await inTenant(ctx, async (tx) => {
      const current = await findStrategicGoalRow(tx, ctx, id, { lock: true });
      if (!current) throw notFound('strategic goal');
      await deleteStrategicGoalRow(tx, ctx, id);
      await recordAudit(tx, ctx, {
        action: 'strategic_goal.deleted',
        entityType: 'strategic_goal',
        entityId: id,
        before: presentStrategicGoal(current),
      });
    });
  } catch (error) {
    if (!isPgError(error, PG_FOREIGN_KEY_VIOLATION)) throw error;
    throw new AppError('invalid_state', 'The strategic goal is in use. Archive it instead of deleting it.', [{ path: 'id', code: 'in_use' }]);
  }
}
