import { v7 as uuidv7 } from 'uuid';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { notifications } from '@server/modules/notifications/notifications.tables';

/** What a notification is about; the web app turns kind + params into a Swedish sentence. */
export const NOTIFICATION_KINDS = ['need_decided', 'need_merged', 'need_commented', 'need_assessed'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

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
