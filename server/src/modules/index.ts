import type { FastifyPluginAsync } from 'fastify';

/**
 * The API modules, registered under /api/v1 in this order. Each is a Fastify plugin that owns its
 * routes; add a module here and nowhere else.
 */
export const apiModules: FastifyPluginAsync[] = [];
