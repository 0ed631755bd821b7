import { NOTIFICATION_KINDS, type TNotification, type TNotificationPage, type TNotificationParams, type TNotificationQuery } from '@domain/notifications.contracts';
import { decodeCursor, encodeCursor } from '@server/platform/http/cursor';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { countUnread, findNotificationsPage, type NotificationCursor } from '@server/modules/notifications/notifications.repository';

const isCursor = (value: unknown): value is NotificationCursor =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as NotificationCursor).createdAt === 'string' &&
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/.test((value as NotificationCursor).createdAt) &&
  typeof (value as NotificationCursor).id === 'string' &&
  /^[0-9a-f-]{36}$/i.test((value as NotificationCursor).id);

type Row = Awaited<ReturnType<typeof findNotificationsPage>>[number];

function present(row: Row): TNotification | null {
  const kind = NOTIFICATION_KINDS.find((k) => k === row.kind);
  if (!kind) return null; // a kind this version does not know is left out rather than failing the list
  return {
    id: row.id,
    kind,
    needId: row.needId,
    params: (row.params ?? {}) as TNotificationParams,
    isRead: row.readAt !== null,
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The current user's in-app notifications (decisions, merges, comments on her needs), newest first
 * and cursor-paged, with the unread count for the header badge. Only ever her own.
 */
export async function findMyNotifications(ctx: Ctx, query: TNotificationQuery): Promise<TNotificationPage> {
  const after = decodeCursor(query.cursor, isCursor);
  return inTenantRead(ctx, async (tx) => {
    const rows = await findNotificationsPage(tx, ctx, { limit: query.limit + 1, after, unreadOnly: query.unread });
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(present).filter((item): item is TNotification => item !== null),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ createdAt: last.cursorKey, id: last.id }) : null,
      unreadCount: await countUnread(tx, ctx),
    };
  });
}
