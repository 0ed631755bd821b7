import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZInvitationParams, ZMyInvitationList } from '@domain/members.contracts';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import type { Principal } from '@server/platform/auth/sessions';
import { findMyInvitations } from '@server/modules/members/find-my-invitations';
import { acceptInvitation } from '@server/modules/members/accept-invitation';
import { declineInvitation } from '@server/modules/members/decline-invitation';

const tags = ['Användare och roller'];

function principalOf(request: { principal: Principal | undefined }): Principal {
  if (!request.principal) throw new AppError('unauthenticated');
  return request.principal;
}

/**
 * The logged-in person's own invitations (ADR 0004). These need a session but no organisation:
 * the person may not be a member anywhere yet.
 */
export const myInvitationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/me/invitations',
    { config: { auth: 'user' }, schema: { tags, summary: 'My pending invitations to organisations', response: { 200: ZMyInvitationList } } },
    async (req) => findMyInvitations(db, principalOf(req)),
  );

  app.post(
    '/me/invitations/:id/accept',
    { config: { auth: 'user' }, schema: { tags, summary: 'Accept an invitation: become a member with its roles', params: ZInvitationParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await acceptInvitation(db, principalOf(req), req.params.id, { requestId: req.id, ip: req.ip });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/me/invitations/:id/decline',
    { config: { auth: 'user' }, schema: { tags, summary: 'Decline an invitation', params: ZInvitationParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await declineInvitation(db, principalOf(req), req.params.id, { requestId: req.id, ip: req.ip });
      return reply.status(204).send(null);
    },
  );
};
