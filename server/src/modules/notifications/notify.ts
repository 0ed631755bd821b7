import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import type { NotificationKind } from '@domain/notifications.contracts';
import { notifications } from '@server/modules/notifications/notifications.tables';

// The kinds live in the shared contracts so the web app can name each one in Swedish.
export { NOTIFICATION_KINDS, type NotificationKind } from '@domain/notifications.contracts';

/**
 * Tells a user something in-app, in the caller's transaction. Other modules call this; they never
 * write the notifications table themselves. Nobody is notified of their own action.
 */
export async function notifyUser(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId' | 'actor'>,
  input: { userId: string; kind: NotificationKind; needId?: string; params?: Record<string, string | number | null> },
): Promise<void> {
  if (input.userId === ctx.actor.id) return;
  await tx.insert(notifications).values({
    organizationId: ctx.organizationId,
    id: uuidv7(),
    userId: input.userId,
    kind: input.kind,
    needId: input.needId ?? null,
    params: input.params ?? {},
  });
}
