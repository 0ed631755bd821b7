import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { deleteIntegrationRow, findIntegrationView, lockIntegrationRow } from '@server/modules/systems/integrations.repository';
import { presentIntegration } from '@server/modules/systems/present-integration';

/** Removes an integration that no longer exists (If-Match); the audit log keeps what it was. */
export async function deleteIntegration(ctx: Ctx, id: string, expected: number): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const locked = await lockIntegrationRow(tx, ctx, id);
    if (!locked) throw notFound('integration');
    if (locked.version !== expected) throw staleVersion();
    const before = presentIntegration((await findIntegrationView(tx, ctx, id))!);
    await deleteIntegrationRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'integration.deleted', entityType: 'integration', entityId: id, before });
  });
}
