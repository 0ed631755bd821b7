import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization, type TestOrganization } from '@test/factories';
import { ROLES } from '@domain/roles';

type Problem = { code: string; errors?: { path: string }[] };

function expectValidationProblem(response: LightMyRequestResponse, field: string): void {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const problem = response.json<Problem>();
  expect(problem.code).toBe('validation_failed');
  expect(problem.errors?.map((e) => e.path)).toContain(field);
}

const need = (title: string, org: TestOrganization) => ({
  title,
  problem: 'Nattpersonalen saknar överblick.',
  expectedBenefit: 'Färre onödiga tillsynsbesök.',
  affectedGroups: ['staff'],
  unitId: org.unitId,
});

describe('hostile text and dates', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, [...ROLES]);
    admin = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  it('answers 400 naming the field when a user submits a need whose title holds a NUL character', async () => {
    expectValidationProblem(await admin.post('/api/v1/needs', need('Larm\u0000 på natten', org)), 'body.title');
  });

  it('answers 400 naming the field when a user searches lessons with a NUL character', async () => {
    expectValidationProblem(await admin.get('/api/v1/lessons?q=natt%00larm'), 'querystring.q');
  });

  it('answers 400 naming the field when a user submits text with a lone UTF-16 surrogate, which PostgreSQL refuses in jsonb', async () => {
    expectValidationProblem(await admin.post('/api/v1/needs', need('Larm \ud800 på natten', org)), 'body.title');
    expectValidationProblem(await admin.post('/api/v1/needs', need('Larm \udc00 på natten', org)), 'body.title');
  });

  it('still accepts text with emoji, tabs and line breaks', async () => {
    const response = await admin.post('/api/v1/needs', { ...need('Larm på natten 🚨', org), problem: 'Rad ett\n\tRad två' });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('answers 400 naming the field when a user asks for the inventory as of the year 0000 or a year out of range', async () => {
    expectValidationProblem(await admin.get('/api/v1/welfare-tech?asOf=0000-01-01'), 'querystring.asOf');
    expectValidationProblem(await admin.get('/api/v1/welfare-tech?asOf=9999-12-31'), 'querystring.asOf');
  });

  it('answers 400 problem+json when the path holds a lone or broken percent sign or an over-long id', async () => {
    for (const url of ['/api/v1/needs/%', '/api/v1/needs/%ZZ', '/api/v1/needs/%E0%A4%A', `/api/v1/needs/${'x'.repeat(300)}`]) {
      const response = await admin.get(url);
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      expect(response.json<Problem>().code).toBe('bad_request');
    }
  });
});

describe('the Origin check on state changes', () => {
  let t: TestApp;
  let org: TestOrganization;
  let admin: ApiClient;
  let member: { email: string; password: string };
  beforeAll(async () => {
    t = await createTestApp();
    org = await buildOrganization(t.db);
    member = await buildMember(t.db, org.id, [...ROLES]);
    admin = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  const refusedOrigins = ['null', 'inte en url', 'http://', 'https://localhost', 'ftp://localhost', 'http://localhost:8080', 'http://evil.example'];

  it('answers 403 problem+json when a logged-in user\'s change comes with Origin null, a malformed Origin or another scheme or port', async () => {
    for (const origin of refusedOrigins) {
      const response = await admin.post('/api/v1/needs', need('Larm på natten', org), { headers: { origin } });
      expect(response.statusCode, origin).toBe(403);
      expect(response.headers['content-type'], origin).toContain('application/problem+json');
      expect(response.json<Problem>().code, origin).toBe('csrf_failed');
    }
  });

  it('answers 403 problem+json when someone logs in with Origin null, a malformed Origin or another scheme', async () => {
    for (const origin of refusedOrigins) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { origin }, payload: { email: member.email, password: member.password } });
      expect(response.statusCode, origin).toBe(403);
      expect(response.headers['content-type'], origin).toContain('application/problem+json');
    }
  });

  it('lets a change and a login from the app\'s own origin through', async () => {
    const change = await admin.post('/api/v1/needs', need('Larm på natten', org), { headers: { origin: 'http://localhost' } });
    expect(change.statusCode, change.body).toBe(201);
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { origin: 'http://localhost:80' }, payload: { email: member.email, password: member.password } });
    expect(login.statusCode, login.body).toBe(200);
  });
});

describe('what the log may hold', () => {
  const MARKER = 'Hemligt fritext-märke 7351';
  const EMAIL = 'markerad.person@test.invalid';
  let t: TestApp;
  let org: TestOrganization;
  let admin: ApiClient;
  const lines: string[] = [];
  beforeAll(async () => {
    t = await createTestApp({ logLines: lines });
    org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, [...ROLES]);
    admin = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  it('keeps submitted free text and e-mail addresses out of the log when requests fail or search', async () => {
    const requests = [
      admin.post('/api/v1/needs', need(`${MARKER}\u0000`, org)),
      admin.post('/api/v1/needs', { ...need(MARKER, org), affectedGroups: [MARKER] }),
      admin.post('/api/v1/needs', need(`${MARKER} ${'x'.repeat(300)}`, org)),
      admin.get(`/api/v1/lessons?q=${encodeURIComponent(MARKER)}`),
      admin.get(`/api/v1/needs/${encodeURIComponent(MARKER)}`),
      admin.get(`/api/v1/welfare-tech?asOf=${encodeURIComponent(MARKER)}`),
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: EMAIL, password: MARKER } }),
      t.app.inject({ method: 'POST', url: `/api/v1/auth/login?email=${encodeURIComponent(EMAIL)}`, payload: { email: EMAIL } }),
    ];
    const statuses = (await Promise.all(requests)).map((r) => r.statusCode);
    expect(statuses.every((s) => s >= 200 && s < 500)).toBe(true);
    expect(lines.length).toBeGreaterThan(0);
    // URLs in the log are percent-encoded; look at them as they were typed too.
    const log = lines.map((line) => `${line}\n${decodeURIComponent(line.replace(/%(?![0-9A-F]{2})/gi, '%25'))}`).join('\n');
    expect(log).not.toContain(MARKER);
    expect(log).not.toContain(EMAIL);
  });

  it('logs a failed database query by its SQL and error code, not by the values the user sent', async () => {
    const { sql } = await import('drizzle-orm');
    const { errorForLog } = await import('@server/platform/http/log-safety');
    const error = await t.db.execute(sql`select ${`${MARKER} ${EMAIL}`}::int`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).toContain(MARKER); // what would have been logged
    const logged = JSON.stringify(errorForLog(error));
    expect(logged).not.toContain(MARKER);
    expect(logged).not.toContain(EMAIL);
    expect(logged).toContain('22P02'); // invalid_text_representation: still says what went wrong
  });
});
