import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZInstallationSetupRequest, ZInstallationSetupResponse } from '@domain/installation.contracts';
import type { Db } from '@server/platform/db/database';
import { platformCompleteSetup } from '@server/modules/organizations/installation-setup';

const tags = ['Installation'];

/**
 * The first start of an installation without demo data: the one-time link printed on the console
 * creates the first organisation and its administrator. Public (there is nobody to log in yet);
 * the token is the credential, and it works once.
 */
export const installationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/installation/setup',
    {
      config: { public: true },
      schema: { tags, summary: 'Create the first organisation and its administrator with the one-time setup link', body: ZInstallationSetupRequest, response: { 201: ZInstallationSetupResponse } },
    },
    async (req, reply) => reply.status(201).send(await platformCompleteSetup(db, req.body)),
  );
};
