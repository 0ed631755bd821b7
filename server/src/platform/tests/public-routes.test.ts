import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@test/test-app';

/**
 * Deny by default: these are the only routes reachable without a session. Adding a public route
 * must be a conscious change to this list.
 */
const PUBLIC_ROUTES = [
  'GET /api/openapi.json',
  'GET /health/live',
  'GET /health/ready',
  'POST /api/v1/auth/login',
  // The one-time setup link of a new installation (its token is the credential, usable once).
  'POST /api/v1/installation/setup',
  // Single sign-on: how an address logs in (decided by its domain), and the provider's return
  // (its state, issued by the former and usable once, is the credential).
  'POST /api/v1/auth/login-method',
  'GET /api/v1/auth/sso/callback',
  'GET /*',
].sort();

describe('routes without a session', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('are exactly the pinned public routes, besides the API docs', () => {
    const found = t.app.routeTable
      .filter((r) => r.isPublic && r.method !== 'HEAD' && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url}`);
    // GET /* serves the web app and exists only when it is built; tests run API-only.
    expect([...new Set(found)].sort()).toEqual(PUBLIC_ROUTES.filter((r) => r !== 'GET /*'));
  });

  it('answer 401 problem+json on every other API route', async () => {
    const protectedRoutes = t.app.routeTable.filter((r) => !r.isPublic && r.url.startsWith('/api/v1') && r.method !== 'HEAD');
    expect(protectedRoutes.length).toBeGreaterThan(3);
    for (const route of protectedRoutes) {
      const url = route.url.replace(/:(\w+)/g, '01900000-0000-7000-8000-000000000000');
      const response = await t.app.inject({ method: route.method as 'GET', url, payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {} });
      expect({ route: `${route.method} ${route.url}`, status: response.statusCode }).toEqual({ route: `${route.method} ${route.url}`, status: 401 });
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('serves the OpenAPI 3.1 document and the interactive docs', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toMatch(/^3\.1/);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('sends a strict Content Security Policy and other security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health/live' });
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBeTruthy();
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/needs' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-security-policy']).toContain("default-src 'self'");
    expect(refused.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(refused.headers['x-request-id']).toBe(refused.json().requestId);
  });

  it('refuses a request body over the limit with 413 problem+json', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@test.invalid', password: 'x'.repeat(300 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('payload_too_large');
  });
});
