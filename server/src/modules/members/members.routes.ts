import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCreateInvitationRequest,
  ZEmailDomainList,
  ZInvitation,
  ZInvitationList,
  ZInvitationParams,
  ZCreateMemberRequest,
  ZCreateMemberResponse,
  ZMember,
  ZMemberPage,
  ZMemberParams,
  ZMemberQuery,
  ZResetPasswordResponse,
  ZUpdateMemberRequest,
} from '@domain/members.contracts';
import { authorize } from '@server/platform/auth/auth.plugin';
import { expectedVersion, sendEtag } from '@server/platform/http/etag';
import { findMembers } from '@server/modules/members/find-members';
import { getMember } from '@server/modules/members/get-member';
import { createMember } from '@server/modules/members/create-member';
import { updateMember } from '@server/modules/members/update-member';
import { disableMember } from '@server/modules/members/disable-member';
import { enableMember } from '@server/modules/members/enable-member';
import { resetMemberPassword } from '@server/modules/members/reset-member-password';
import { removeMember } from '@server/modules/members/remove-member';
import { disableMembership } from '@server/modules/members/disable-membership';
import { enableMembership } from '@server/modules/members/enable-membership';
import { endMemberSessions } from '@server/modules/members/end-member-sessions';
import { findEmailDomains } from '@server/modules/members/find-email-domains';
import { findInvitations } from '@server/modules/members/find-invitations';
import { inviteMember } from '@server/modules/members/invite-member';
import { withdrawInvitation } from '@server/modules/members/withdraw-invitation';

const tags = ['Användare och roller'];

/**
 * Users and their roles in the current organisation, for administrators (`user:manage`). A member
 * is addressed by her membership id; users of other organisations are 404 here. Accounts are
 * created only in the organisation's own e-mail domains; other people are invited, and account-wide
 * actions are for the account's home organisation only (ADR 0004).
 */
export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/members',
    { schema: { tags, summary: 'The organisation’s members by name', querystring: ZMemberQuery, response: { 200: ZMemberPage } } },
    async (req) => {
      authorize(req.ctx, 'user:manage');
      return findMembers(req.ctx, req.query);
    },
  );

  app.get(
    '/members/:id',
    { schema: { tags, summary: 'One member', params: ZMemberParams, response: { 200: ZMember } } },
    async (req, reply) => {
      const member = await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      sendEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/members',
    {
      schema: {
        tags,
        summary: 'Add a member; a new e-mail creates the user and returns a one-time password once',
        body: ZCreateMemberRequest,
        response: { 201: ZCreateMemberResponse },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'user:manage');
      const member = await createMember(req.ctx, req.body);
      sendEtag(reply, member.version);
      // The one-time password must not linger in any cache.
      void reply.header('cache-control', 'no-store');
      return reply.status(201).send(member);
    },
  );

  app.patch(
    '/members/:id',
    { schema: { tags, summary: 'Change a member’s roles or name (If-Match)', params: ZMemberParams, body: ZUpdateMemberRequest, response: { 200: ZMember } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      const member = await updateMember(req.ctx, req.params.id, req.body, expectedVersion(req));
      sendEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/members/:id/disable',
    { schema: { tags, summary: 'Disable the user and end her sessions', params: ZMemberParams, response: { 200: ZMember } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      const member = await disableMember(req.ctx, req.params.id);
      sendEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/members/:id/enable',
    { schema: { tags, summary: 'Let a disabled user log in again', params: ZMemberParams, response: { 200: ZMember } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      const member = await enableMember(req.ctx, req.params.id);
      sendEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/members/:id/reset-password',
    { schema: { tags, summary: 'Give the user a new one-time password (shown once)', params: ZMemberParams, response: { 200: ZResetPasswordResponse } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      const member = await resetMemberPassword(req.ctx, req.params.id);
      sendEtag(reply, member.version);
      void reply.header('cache-control', 'no-store');
      return member;
    },
  );

  app.delete(
    '/members/:id',
    { schema: { tags, summary: 'End the membership (the user stays)', params: ZMemberParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      await removeMember(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/members/:id/membership/disable',
    { schema: { tags, summary: 'Disable the membership here only (the account and other memberships go on)', params: ZMemberParams, response: { 200: ZMember } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      const member = await disableMembership(req.ctx, req.params.id);
      sendEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/members/:id/membership/enable',
    { schema: { tags, summary: 'Let the member use her membership here again', params: ZMemberParams, response: { 200: ZMember } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      const member = await enableMembership(req.ctx, req.params.id);
      sendEtag(reply, member.version);
      return member;
    },
  );

  app.post(
    '/members/:id/end-sessions',
    { schema: { tags, summary: 'Log the user out everywhere (home organisation only)', params: ZMemberParams, response: { 200: ZMember } } },
    async (req, reply) => {
      await getMember(req.ctx, req.params.id);
      authorize(req.ctx, 'user:manage');
      const member = await endMemberSessions(req.ctx, req.params.id);
      sendEtag(reply, member.version);
      return member;
    },
  );

  app.get(
    '/organization/email-domains',
    { schema: { tags, summary: 'The e-mail domains the organisation owns (accounts are created only there)', response: { 200: ZEmailDomainList } } },
    async (req) => {
      authorize(req.ctx, 'user:manage');
      return findEmailDomains(req.ctx);
    },
  );

  app.get(
    '/members/invitations',
    { schema: { tags, summary: 'Pending invitations of the organisation', response: { 200: ZInvitationList } } },
    async (req) => {
      authorize(req.ctx, 'user:manage');
      return findInvitations(req.ctx);
    },
  );

  app.post(
    '/members/invitations',
    {
      schema: {
        tags,
        summary: 'Invite an address in another domain; the answer never says whether an account exists',
        body: ZCreateInvitationRequest,
        response: { 201: ZInvitation },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'user:manage');
      return reply.status(201).send(await inviteMember(req.ctx, req.body));
    },
  );

  app.delete(
    '/members/invitations/:id',
    { schema: { tags, summary: 'Withdraw a pending invitation', params: ZInvitationParams, response: { 204: z.null() } } },
    async (req, reply) => {
      await withdrawInvitation(req.ctx, req.params.id);
      return reply.status(204).send(null);
    },
  );
};
