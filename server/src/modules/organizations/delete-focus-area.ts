import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteFocusAreaRow, findFocusAreaRow } from '@server/modules/organizations/focus-areas.repository';
import { countGoalsOfFocusArea } from '@server/modules/organizations/strategic-goals.repository';
import { presentFocusArea } from '@server/modules/organizations/organizations.presenters';
import { isPgError, PG_FOREIGN_KEY_VIOLATION } from '@server/modules/organizations/db-errors';

const inUse = (what: string) =>
  new AppError('invalid_state', `The focus area is used by ${what}. Archive it instead of deleting it.`, [{ path: 'id', code: 'in_use' }]);

/**
 * Deletes a focus area that no strategic goal or need refers to; otherwise answers 409 and
 * suggests archiving. Needs are detected by their foreign key, so this module need not know them.
 */
export async function deleteFocusArea(ctx: Ctx, id: string): Promise<void> {
  try {
    await inTenant(ctx, async (tx) => {
      const current = await findFocusAreaRow(tx, ctx, id, { lock: true });
      if (!current) throw notFound('focus area');
      if ((await countGoalsOfFocusArea(tx, ctx, id)) > 0) throw inUse('strategic goals');
      await deleteFocusAreaRow(tx, ctx, id);
      await recordAudit(tx, ctx, { action: 'focus_area.deleted', entityType: 'focus_area', entityId: id, before: presentFocusArea(current) });
    });
  } catch (error) {
    if (isPgError(error, PG_FOREIGN_KEY_VIOLATION)) throw inUse('needs or other records');
    throw error;
  }
}
