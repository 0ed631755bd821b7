import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZSearchQuery, ZSearchResults } from '@domain/search.contracts';
import { search } from '@server/modules/search/search';

const tags = ['Sök'];

/** Sök: the header's search box over needs, initiatives, systems and documents. */
export const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      schema: {
        tags,
        summary: 'Find needs, initiatives, systems and documents by need number (B-12) or Swedish words; grouped by kind, at most 10 of each',
        querystring: ZSearchQuery,
        response: { 200: ZSearchResults },
      },
    },
    async (req) => search(req.ctx, req.query),
  );
};
