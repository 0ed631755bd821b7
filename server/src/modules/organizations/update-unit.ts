import type { TUnit, TUpdateUnitRequest } from '@domain/organization.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { AppError, notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import type { Tx } from '@server/platform/db/database';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findUnitRow, findUnitRows, updateUnitRow, type UnitRow } from '@server/modules/organizations/units.repository';
import { presentUnit } from '@server/modules/organizations/organizations.presenters';
import { refusePersonalNumbers } from '@server/modules/organizations/personal-data.guard';
import { createsCycle } from '@server/modules/organizations/unit-tree';
import { unknownParent } from '@server/modules/organizations/organizations.errors';

/**
 * Loads the unit for the update. A move locks the whole tree (in id order) first, so two moves
 * that would together form a loop run one after the other and the second sees the first.
 */
async function loadForUpdate(tx: Tx, ctx: Ctx, id: string, input: TUpdateUnitRequest): Promise<UnitRow> {
  const isMove = input.parentId !== undefined && input.parentId !== null;
  const tree = isMove ? await findUnitRows(tx, ctx, { lock: true }) : undefined;
  const current = tree ? tree.find((unit) => unit.id === id) : await findUnitRow(tx, ctx, id, { lock: true });
  if (!current) throw notFound('unit');
  if (!tree || !input.parentId || input.parentId === current.parentId) return current;
  if (!tree.some((unit) => unit.id === input.parentId)) throw unknownParent();
  if (createsCycle(tree, id, input.parentId)) {
    throw new AppError('invalid_state', 'A unit cannot be placed under itself or one of its own sub-units.', [
      { path: 'body.parentId', code: 'cycle' },
    ]);
  }
  return current;
}

/**
 * Renames, moves (parentId; null makes it a root) or archives a unit, if nobody saved since the
 * administrator read it. Refuses a move that would put the unit below itself.
 */
export async function updateUnit(ctx: Ctx, id: string, input: TUpdateUnitRequest, expected: number): Promise<TUnit> {
  refusePersonalNumbers({ name: input.name });
  return inTenant(ctx, async (tx) => {
    const current = await loadForUpdate(tx, ctx, id, input);
    if (current.version !== expected) throw staleVersion();
    const row = await updateUnitRow(tx, ctx, id, expected, { name: input.name, parentId: input.parentId, isArchived: input.isArchived });
    if (!row) throw staleVersion();
    const before = presentUnit(current);
    const after = presentUnit(row);
    await recordAudit(tx, ctx, { action: 'unit.updated', entityType: 'unit', entityId: id, before, after });
    return after;
  });
}
