import { v7 as uuidv7 } from 'uuid';
import type { TCreateUnitRequest, TUnit } from '@domain/organization.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findUnitRow, insertUnitRow } from '@server/modules/organizations/units.repository';
import { presentUnit } from '@server/modules/organizations/organizations.presenters';
import { refusePersonalNumbers } from '@server/modules/organizations/personal-data.guard';
import { unknownParent } from '@server/modules/organizations/organizations.errors';

/**
 * Adds a unit to the organisationsträd, at the root or under a parent of the same organisation
 * (an id from another organisation is answered like one that does not exist).
 */
export async function createUnit(ctx: Ctx, input: TCreateUnitRequest): Promise<TUnit> {
  refusePersonalNumbers({ name: input.name });
  return inTenant(ctx, async (tx) => {
    const parentId = input.parentId ?? null;
    if (parentId !== null && !(await findUnitRow(tx, ctx, parentId))) throw unknownParent();
    const after = presentUnit(await insertUnitRow(tx, ctx, { id: uuidv7(), name: input.name, parentId }));
    await recordAudit(tx, ctx, { action: 'unit.created', entityType: 'unit', entityId: after.id, after });
    return after;
  });
}
