import { recordAudit } from '@server/platform/audit/audit';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { markAllRead as markAllReadRows } from '@server/modules/notifications/notifications.repository';

/** Marks every unread notification of the current user read ("Markera alla som lästa"). */
export async function markAllRead(ctx: Ctx): Promise<void> {
  await inTenant(ctx, async (tx) => {
    const changed = await markAllReadRows(tx, ctx);
    if (changed > 0) await recordAudit(tx, ctx, { action: 'notification.read_all', entityType: 'notification', after: { count: changed } });
  });
}
