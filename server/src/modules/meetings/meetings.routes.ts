import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZIdParams } from '@domain/organization.contracts';
import {
  ZAgendaCandidates,
  ZAgendaInput,
  ZForum,
  ZForumInput,
  ZForumList,
  ZForumMemberCandidates,
  ZMeeting,
  ZMeetingCreate,
  ZMeetingList,
  ZMeetingListQuery,
  ZMeetingSent,
} from '@domain/meetings.contracts';
import { DOCX_CONTENT_TYPE } from '@server/platform/docx/docx-document';
import { sendDownload } from '@server/platform/http/download';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { createForum } from '@server/modules/meetings/create-forum';
import { updateForum } from '@server/modules/meetings/update-forum';
import { findForumMemberCandidates, findForums, getForum } from '@server/modules/meetings/find-forums';
import { findAgendaCandidates, findMeetings, getMeeting } from '@server/modules/meetings/find-meetings';
import { createMeeting } from '@server/modules/meetings/create-meeting';
import { updateAgenda } from '@server/modules/meetings/update-agenda';
import { sendMeetingPapers } from '@server/modules/meetings/send-meeting-papers';
import { approveMinutes } from '@server/modules/meetings/approve-minutes';
import { exportMeetingDocument } from '@server/modules/meetings/export-meeting-document';

const ZDocxFile = z.string().meta({ description: 'A Word document (.docx).', format: 'binary' });

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

  app.get(
    '/meetings',
    { schema: { tags, summary: 'The meetings (sammanträden), latest date first', querystring: ZMeetingListQuery, response: { 200: ZMeetingList } } },
    async (req) => ({ items: await findMeetings(req.ctx, req.query.forumId) }),
  );

  app.post(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Create a meeting of a forum; Digiplan proposes its agenda from the needs assessed and undecided since the forum’s previous meeting (meeting:manage)',
        body: ZMeetingCreate,
        response: { 201: ZMeeting },
      },
    },
    async (req, reply) => {
      const meeting = await createMeeting(req.ctx, req.body);
      sendEtag(reply, meeting.version);
      return reply.status(201).send(meeting);
    },
  );

  app.get(
    '/meetings/:id',
    { schema: { tags, summary: 'A meeting with its agenda and papers; ETag = its version', params: ZIdParams, response: { 200: ZMeeting } } },
    async (req, reply) => {
      const meeting = await getMeeting(req.ctx, req.params.id);
      sendEtag(reply, meeting.version);
      return meeting;
    },
  );

  app.get(
    '/meetings/:id/candidates',
    { schema: { tags, summary: 'Assessed, undecided needs not on the agenda, to add (meeting:manage)', params: ZIdParams, response: { 200: ZAgendaCandidates } } },
    async (req) => findAgendaCandidates(req.ctx, req.params.id),
  );

  app.put(
    '/meetings/:id/agenda',
    {
      schema: {
        tags,
        summary: 'Save the agenda: heading and items in order, added, removed, analysis and förslag till beslut (If-Match; meeting:manage; 409 once the minutes are approved)',
        params: ZIdParams,
        body: ZAgendaInput,
        response: { 200: ZMeeting },
      },
    },
    async (req, reply) => {
      const meeting = await updateAgenda(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, meeting.version);
      return meeting;
    },
  );

  app.post(
    '/meetings/:id/send',
    {
      schema: {
        tags,
        summary:
          'Send the kallelse: sets agenda_sent_at, notifies every forum member in-app and queues the e-mail meeting_papers, in one transaction; sending again after changes is allowed and says so (If-Match; meeting:manage; 409 once the minutes are approved)',
        params: ZIdParams,
        response: { 200: ZMeetingSent },
      },
    },
    async (req, reply) => {
      const sent = await sendMeetingPapers(req.ctx, req.params.id, expectedVersion(req));
      sendEtag(reply, sent.meeting.version);
      return sent;
    },
  );

  app.post(
    '/meetings/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve (justera) the minutes: the forum’s chair only; the meeting is frozen afterwards (If-Match; 403 for anyone but the chair; 409 when already approved)',
        params: ZIdParams,
        response: { 200: ZMeeting },
      },
    },
    async (req, reply) => {
      const meeting = await approveMinutes(req.ctx, req.params.id, expectedVersion(req));
      sendEtag(reply, meeting.version);
      return meeting;
    },
  );

  app.get(
    '/meetings/:id/agenda.docx',
    { schema: { tags, summary: 'The kallelse with its papers (underlag) as a Word file (.docx); audited', params: ZIdParams, produces: [DOCX_CONTENT_TYPE], response: { 200: ZDocxFile } } },
    async (req, reply) => {
      const file = await exportMeetingDocument(req.ctx, req.params.id, 'agenda');
      return sendDownload(reply, file.body, DOCX_CONTENT_TYPE, file.filename);
    },
  );

  app.get(
    '/meetings/:id/minutes.docx',
    {
      schema: {
        tags,
        summary: 'The minutes (protokoll) from the decisions taken at the meeting, as a Word file (.docx); audited',
        params: ZIdParams,
        produces: [DOCX_CONTENT_TYPE],
        response: { 200: ZDocxFile },
      },
    },
    async (req, reply) => {
      const file = await exportMeetingDocument(req.ctx, req.params.id, 'minutes');
      return sendDownload(reply, file.body, DOCX_CONTENT_TYPE, file.filename);
    },
  );
};
