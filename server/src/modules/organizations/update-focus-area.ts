import type { TFocusArea, TUpdateFocusAreaRequest } from '@domain/organization.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findFocusAreaRow, updateFocusAreaRow } from '@server/modules/organizations/focus-areas.repository';
import { presentFocusArea } from '@server/modules/organizations/organizations.presenters';
import { refusePersonalNumbers } from '@server/modules/organizations/personal-data.guard';
import { isPgError, PG_UNIQUE_VIOLATION } from '@server/modules/organizations/db-errors';
import { duplicateFocusAreaName } from '@server/modules/organizations/organizations.errors';

/**
 * Renames, describes, reorders or archives a focus area, if nobody saved since the administrator
 * read it. Archiving keeps it on old needs while hiding it from new ones.
 */
export async function updateFocusArea(ctx: Ctx, id: string, input: TUpdateFocusAreaRequest, expected: number): Promise<TFocusArea> {
  refusePersonalNumbers({ name: input.name, description: input.description });
  try {
    return await inTenant(ctx, async (tx) => {
      const current = await findFocusAreaRow(tx, ctx, id, { lock: true });
      if (!current) throw notFound('focus area');
      if (current.version !== expected) throw staleVersion();
      const row = await updateFocusAreaRow(tx, ctx, id, expected, {
        name: input.name,
        description: input.description,
        sortOrder: input.sortOrder,
        isArchived: input.isArchived,
      });
      if (!row) throw staleVersion();
      const before = presentFocusArea(current);
      const after = presentFocusArea(row);
      await recordAudit(tx, ctx, { action: 'focus_area.updated', entityType: 'focus_area', entityId: id, before, after });
      return after;
    });
  } catch (error) {
    if (isPgError(error, PG_UNIQUE_VIOLATION)) throw duplicateFocusAreaName();
    throw error;
  }
}
