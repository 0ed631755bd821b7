import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/**
 * OpenAPI 3.1 generated from the zod route schemas: JSON at /api/openapi.json, interactive docs at
 * /api/docs. Both are public (pinned by a test): the API contract is not a secret.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Digiplan API',
        version: '1',
        description:
          'Digiplan – styrning av digitalisering och välfärdsteknik. Errors are application/problem+json (RFC 9457) with a stable `code`. ' +
          'State-changing requests need the session cookie, the `X-CSRF-Token` header from GET /api/v1/auth/session, and `If-Match` when they edit a versioned resource.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'digiplan_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
