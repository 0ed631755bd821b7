import type { TOrganization, TUpdateOrganizationRequest } from '@domain/organization.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findOrganizationRow, updateOrganizationRow } from '@server/modules/organizations/organizations.repository';
import { presentOrganization } from '@server/modules/organizations/organizations.presenters';
import { refusePersonalNumbers } from '@server/modules/organizations/personal-data.guard';

/**
 * Renames the organisation or changes its municipality or vision, if nobody saved since the
 * administrator read it (`expected`). The before and after go into the audit log.
 */
export async function updateOrganization(ctx: Ctx, input: TUpdateOrganizationRequest, expected: number): Promise<TOrganization> {
  refusePersonalNumbers({ name: input.name, municipality: input.municipality, vision: input.vision });
  return inTenant(ctx, async (tx) => {
    const current = await findOrganizationRow(tx, ctx, { lock: true });
    if (!current) throw notFound('organisation');
    if (current.version !== expected) throw staleVersion();
    const row = await updateOrganizationRow(tx, ctx, expected, { name: input.name, municipality: input.municipality, vision: input.vision });
    if (!row) throw staleVersion();
    const before = presentOrganization(current);
    const after = presentOrganization(row);
    await recordAudit(tx, ctx, { action: 'organization.updated', entityType: 'organization', entityId: row.id, before, after });
    return after;
  });
}
