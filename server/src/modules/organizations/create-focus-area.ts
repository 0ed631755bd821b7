import { v7 as uuidv7 } from 'uuid';
import type { TCreateFocusAreaRequest, TFocusArea } from '@domain/organization.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { insertFocusAreaRow, nextFocusAreaSortOrder } from '@server/modules/organizations/focus-areas.repository';
import { presentFocusArea } from '@server/modules/organizations/organizations.presenters';
import { refusePersonalNumbers } from '@server/modules/organizations/personal-data.guard';
import { isPgError, PG_UNIQUE_VIOLATION } from '@server/modules/organizations/db-errors';
import { duplicateFocusAreaName } from '@server/modules/organizations/organizations.errors';

/**
 * Adds a focus area to the organisation's own list, last unless a sort order is given. Names are
 * unique regardless of case; the database's unique index decides, so two concurrent requests
 * cannot both win.
 */
export async function createFocusArea(ctx: Ctx, input: TCreateFocusAreaRequest): Promise<TFocusArea> {
  refusePersonalNumbers({ name: input.name, description: input.description });
  try {
    return await inTenant(ctx, async (tx) => {
      const sortOrder = input.sortOrder ?? (await nextFocusAreaSortOrder(tx, ctx));
      const row = await insertFocusAreaRow(tx, ctx, { id: uuidv7(), name: input.name, description: input.description ?? '', sortOrder });
      const after = presentFocusArea(row);
      await recordAudit(tx, ctx, { action: 'focus_area.created', entityType: 'focus_area', entityId: after.id, after });
      return after;
    });
  } catch (error) {
    if (isPgError(error, PG_UNIQUE_VIOLATION)) throw duplicateFocusAreaName();
    throw error;
  }
}
