import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { countChildUnits, deleteUnitRow, findUnitRow } from '@server/modules/organizations/units.repository';
import { presentUnit } from '@server/modules/organizations/organizations.presenters';
import { isPgError, PG_FOREIGN_KEY_VIOLATION } from '@server/modules/organizations/db-errors';

/**
 * Deletes a unit that nothing uses: no sub-units and no needs (or other records) pointing at it.
 * Otherwise answers 409 and suggests archiving, which keeps history readable. Usage by other
 * modules is detected by the foreign keys, so this module need not know their tables.
 */
export async function deleteUnit(ctx: Ctx, id: string): Promise<void> {
  try {
    await inTenant(ctx, async (tx) => {
      const current = await findUnitRow(tx, ctx, id, { lock: true });
      if (!current) throw notFound('unit');
      if ((await countChildUnits(tx, ctx, id)) > 0) {
        throw new AppError('invalid_state', 'The unit has sub-units. Move or delete them first, or archive the unit instead.', [
          { path: 'id', code: 'has_children' },
        ]);
      }
      await deleteUnitRow(tx, ctx, id);
      await recordAudit(tx, ctx, { action: 'unit.deleted', entityType: 'unit', entityId: id, before: presentUnit(current) });
    });
  } catch (error) {
    if (!isPgError(error, PG_FOREIGN_KEY_VIOLATION)) throw error;
    throw new AppError('invalid_state', 'The unit is in use (for example by needs). Archive it instead of deleting it.', [
      { path: 'id', code: 'in_use' },
    ]);
  }
}
