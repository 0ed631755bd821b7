import { z } from 'zod';
import { ZPageQuery } from '@domain/paging';

/** What a notification is about; the web app turns kind + params into a Swedish sentence. */
export const NOTIFICATION_KINDS = ['need_decided', 'need_merged', 'need_commented', 'need_assessed', 'reminder', 'meeting_papers', 'minutes_to_approve'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);

/** Values a notification's sentence is filled with (e.g. targetNumber, targetTitle). */
export const ZNotificationParams = z.record(z.string(), z.union([z.string(), z.number(), z.null()]));
export type TNotificationParams = z.infer<typeof ZNotificationParams>;

/** One in-app message to the current user. */
export const ZNotification = z
  .object({
    id: z.uuid(),
    kind: ZNotificationKind,
    needId: z.uuid().nullable(),
    params: ZNotificationParams,
    isRead: z.boolean(),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Notification' });
export type TNotification = z.infer<typeof ZNotification>;

/** The current user's notifications, newest first, with how many are still unread. */
export const ZNotificationPage = z
  .object({ items: z.array(ZNotification), nextCursor: z.string().nullable(), unreadCount: z.number().int() })
  .meta({ id: 'NotificationPage' });
export type TNotificationPage = z.infer<typeof ZNotificationPage>;

/** Paging, and `unread=true` to see only what is not yet read. */
export const ZNotificationQuery = ZPageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional(),
});
export type TNotificationQuery = z.infer<typeof ZNotificationQuery>;

export const ZNotificationIdParams = z.object({ id: z.uuid() });
