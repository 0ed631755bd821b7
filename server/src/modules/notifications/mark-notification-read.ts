import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { markRead } from '@server/modules/notifications/notifications.repository';

/**
 * Marks one of the current user's notifications read. Another user's notification, or one in
 * another organisation, is not found (404); marking it twice changes nothing.
 */
export async function markNotificationRead(ctx: Ctx, id: string): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const outcome = await markRead(tx, ctx, id);
    if (outcome === 'missing') throw notFound('notification');
    if (outcome === 'read') await recordAudit(tx, ctx, { action: 'notification.read', entityType: 'notification', entityId: id });
  });
}
