import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZIdParams } from '@domain/organization.contracts';
import { ZForum, ZForumInput, ZForumList, ZForumMemberCandidates } from '@domain/meetings.contracts';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { createForum } from '@server/modules/meetings/create-forum';
import { updateForum } from '@server/modules/meetings/update-forum';
import { findForumMemberCandidates, findForums, getForum } from '@server/modules/meetings/find-forums';

const tags = ['Beslutsforum och möten'];

/** Decision forums (beslutsforum) and their meetings: agenda, kallelse, decisions, minutes. */
export const meetingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/forums', { schema: { tags, summary: 'The decision forums, by name, with members and chair', response: { 200: ZForumList } } }, async (req) => ({
    items: await findForums(req.ctx),
  }));

  app.get(
    '/forums/member-candidates',
    { schema: { tags, summary: 'The organisation’s active members who can sit in a forum (meeting:manage)', response: { 200: ZForumMemberCandidates } } },
    async (req) => findForumMemberCandidates(req.ctx),
  );

  app.get('/forums/:id', { schema: { tags, summary: 'One forum; ETag = its version', params: ZIdParams, response: { 200: ZForum } } }, async (req, reply) => {
    const forum = await getForum(req.ctx, req.params.id);
    sendEtag(reply, forum.version);
    return forum;
  });

  app.post('/forums', { schema: { tags, summary: 'Define a decision forum (meeting:manage)', body: ZForumInput, response: { 201: ZForum } } }, async (req, reply) => {
    const forum = await createForum(req.ctx, req.body);
    sendEtag(reply, forum.version);
    return reply.status(201).send(forum);
  });

  app.put(
    '/forums/:id',
    { schema: { tags, summary: 'Change a forum, its members and chair (If-Match; meeting:manage)', params: ZIdParams, body: ZForumInput, response: { 200: ZForum } } },
    async (req, reply) => {
      const forum = await updateForum(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, forum.version);
      return forum;
    },
  );
};
