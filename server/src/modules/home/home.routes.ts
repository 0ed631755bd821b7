import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZHome } from '@domain/home.contracts';
import { findHome } from '@server/modules/home/find-home';

const tags = ['Start'];

/** The start page: what waits for the caller, by role (sections her roles do not get are null). */
export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/home',
    { schema: { tags, summary: 'The start page by role: own needs, needs to score, own initiatives and due measurements, the portfolio in figures and the plan', response: { 200: ZHome } } },
    async (req) => findHome(req.ctx),
  );
};
