import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import {
  ZCreatedInstallationOrganization,
  ZCreateInstallationOrganizationRequest,
  ZDeletedOrganization,
  ZDeleteOrganizationRequest,
  ZInstallationAuditList,
  ZInstallationOrganization,
  ZInstallationOrganizationList,
  ZInstallationOrganizationParams,
} from '@domain/installation.contracts';
import type { Db } from '@server/platform/db/database';
import { AppError } from '@server/platform/errors';
import { clearSessionCookie } from '@server/platform/auth/cookies';
import { authorize } from '@server/platform/auth/auth.plugin';
import { platformListOrganizations } from '@server/modules/installation/list-organizations';
import { createOrganizationAsInstallationAdmin } from '@server/modules/installation/create-organization';
import { setOrganizationDisabled } from '@server/modules/installation/set-organization-disabled';
import { deleteOrganization } from '@server/modules/installation/delete-organization';
import { platformFindInstallationAudit, type InstallationActor } from '@server/modules/installation/installation-audit';

const tags = ['Installation'];

/**
 * The acting installation administrator, or 404 for everyone else: the installation's routes do
 * not exist for them. They need a session but no organisation (`auth: 'user'`): an installation
 * administrator need not be a member of any organisation, and is no member of the ones she manages.
 */
function installationAdmin(request: FastifyRequest): InstallationActor {
  const principal = request.principal;
  if (!principal?.installationAdmin) throw new AppError('not_found', 'Not found.');
  if (principal.mustChangePassword) throw new AppError('forbidden', 'Choose a new password before continuing.');
  return { id: principal.userId, name: principal.name, requestId: request.id, ip: request.ip };
}

/** Installation administration (systemadministratör): the installation's organisations and its own audit trail. */
export const installationAdminRoutes: FastifyPluginAsyncZod<{ db: Db; secureCookies: boolean }> = async (app, { db, secureCookies }) => {
  const user = { auth: 'user' as const };

  app.get(
    '/installation/organizations',
    { config: user, schema: { tags, summary: 'The installation’s organisations: size, members, last activity (installation administrator)', response: { 200: ZInstallationOrganizationList } } },
    async (req) => {
      installationAdmin(req);
      return { items: await platformListOrganizations(db) };
    },
  );

  app.post(
    '/installation/organizations',
    {
      config: user,
      schema: {
        tags,
        summary: 'Create an organisation with its first administrator; the one-time password is shown once (installation administrator)',
        body: ZCreateInstallationOrganizationRequest,
        response: { 201: ZCreatedInstallationOrganization },
      },
    },
    async (req, reply) => reply.status(201).send(await createOrganizationAsInstallationAdmin(db, installationAdmin(req), req.body)),
  );

  app.post(
    '/installation/organizations/:id/disable',
    { config: user, schema: { tags, summary: 'Disable an organisation: its users cannot log in to it, its sessions end (nothing is deleted)', params: ZInstallationOrganizationParams, response: { 200: ZInstallationOrganization } } },
    async (req) => setOrganizationDisabled(db, installationAdmin(req), req.params.id, true),
  );

  app.post(
    '/installation/organizations/:id/enable',
    { config: user, schema: { tags, summary: 'Enable a disabled organisation again', params: ZInstallationOrganizationParams, response: { 200: ZInstallationOrganization } } },
    async (req) => setOrganizationDisabled(db, installationAdmin(req), req.params.id, false),
  );

  app.delete(
    '/installation/organizations/:id',
    {
      config: user,
      schema: { tags, summary: 'Delete a disabled organisation with everything in it, after its name is typed', params: ZInstallationOrganizationParams, body: ZDeleteOrganizationRequest, response: { 200: ZDeletedOrganization } },
    },
    async (req) => deleteOrganization(db, installationAdmin(req), req.params.id, req.body.confirmName, 'installation_admin'),
  );

  app.get(
    '/installation/audit-events',
    { config: user, schema: { tags, summary: 'What installation administrators did, newest first', response: { 200: ZInstallationAuditList } } },
    async (req) => {
      installationAdmin(req);
      return platformFindInstallationAudit(db);
    },
  );

  app.delete(
    '/organization',
    {
      schema: {
        tags: ['Organisation'],
        summary: 'Delete the current organisation with everything in it, its audit log included, after its name is typed (administrator)',
        body: ZDeleteOrganizationRequest,
        response: { 200: ZDeletedOrganization },
      },
    },
    async (req, reply) => {
      authorize(req.ctx, 'organization:manage');
      const { actor, organizationId, requestId, ip } = req.ctx;
      const deleted = await deleteOrganization(db, { id: actor.id, name: actor.name, requestId, ip }, organizationId, req.body.confirmName, 'organization_admin');
      clearSessionCookie(reply, secureCookies);
      return deleted;
    },
  );
};
