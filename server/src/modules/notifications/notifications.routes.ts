import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZNotificationIdParams, ZNotificationPage, ZNotificationQuery } from '@domain/notifications.contracts';
import { findMyNotifications } from '@server/modules/notifications/find-my-notifications';
import { markNotificationRead } from '@server/modules/notifications/mark-notification-read';
import { markAllRead } from '@server/modules/notifications/mark-all-read';

const tags = ['Notiser'];

/** The current user's in-app notifications: list, mark one read, mark all read. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/notifications',
    { schema: { tags, summary: 'My notifications, newest first, with the unread count', querystring: ZNotificationQuery, response: { 200: ZNotificationPage } } },
    async (req) => findMyNotifications(req.ctx, req.query),
  );

  app.post(
    '/notifications/:id/read',
    { schema: { tags, summary: 'Mark one of my notifications read', params: ZNotificationIdParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await markNotificationRead(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/read-all',
    { schema: { tags, summary: 'Mark all my notifications read', response: { 204: z.null() } } },
    async (req, reply) => {
      await markAllRead(req.ctx);
      return reply.status(204).send(null);
    },
  );
};
