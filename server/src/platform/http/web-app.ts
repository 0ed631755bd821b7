import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built single-page app. Hashed assets are cached for a year; any other non-API path
 * gets index.html so the client router can handle deep links.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    app.log.warn({ webRoot }, 'web app not built; run npm run build');
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, serve: false });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (urlPath.startsWith('/api/')) return reply.callNotFound();
    const file = path.normalize(urlPath).replace(/^(\.\.[/\\])+/, '').slice(1);
    if (file && !file.endsWith('/') && existsSync(path.join(webRoot, file))) {
      const immutable = file.startsWith('assets/');
      return reply.sendFile(file, { maxAge: immutable ? 31_536_000_000 : 0, immutable });
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
