import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization } from '@test/factories';
import { ROLES } from '@domain/roles';
import { resolveSchema, type OpenApi, type Operation, type Schema } from './openapi-samples';

const NIL_ID = '01900000-0000-7000-8000-00000000dead';

/** A value of a type the schema does not accept. */
function wrongTypeFor(schema: Schema): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string')) return { not: 'a string' };
  if (types.includes('number') || types.includes('integer')) return 'inte-ett-tal';
  if (types.includes('boolean')) return 'kanske';
  if (types.includes('array')) return 'inte-en-lista';
  if (types.includes('object')) return 'inte-ett-objekt';
  return { unexpected: [1, 2, 3] };
}

type BadRequest = { label: string; method: string; url: string; body?: string; query?: string };

/** Every malformed variant we can derive from one operation of the OpenAPI document. */
function badRequestsFor(doc: OpenApi, path: string, method: string, op: Operation): BadRequest[] {
  const resolve = (s: Schema): Schema => resolveSchema(doc, s);
  const params = op.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const fillPath = (value: (name: string) => string) => path.replace(/\{(\w+)\}/g, (_m, name: string) => value(name));
  const validUrl = fillPath(() => NIL_ID);
  const cases: BadRequest[] = [];
  const m = method.toUpperCase();

  for (const p of pathParams) {
    cases.push({ label: `path ${p.name} malformed`, method: m, url: fillPath((n) => (n === p.name ? 'inte-ett-id' : NIL_ID)) });
    cases.push({ label: `path ${p.name} oversized`, method: m, url: fillPath((n) => (n === p.name ? 'x'.repeat(190) : NIL_ID)) });
  }
  for (const q of params.filter((p) => p.in === 'query' && p.schema)) {
    const schema = resolve(q.schema!);
    if (schema.type && schema.type !== 'string' || schema.enum || schema.format) {
      cases.push({ label: `query ${q.name} wrong type`, method: m, url: validUrl, query: `${q.name}=${encodeURIComponent('§§inte-giltigt§§')}` });
    }
    cases.push({ label: `query ${q.name} oversized`, method: m, url: validUrl, query: `${q.name}=${'x'.repeat(3000)}` });
  }
  if (m === 'GET' || m === 'DELETE' || m === 'HEAD') return cases;

  cases.push({ label: 'malformed JSON', method: m, url: validUrl, body: '{"oops": ' });
  cases.push({ label: 'oversized body', method: m, url: validUrl, body: JSON.stringify({ filler: 'x'.repeat(300 * 1024) }) });
  const body = op.requestBody?.content['application/json']?.schema;
  if (!body) return cases;
  const schema = resolve(body);
  cases.push({ label: 'body is an array', method: m, url: validUrl, body: '[1,2,3]' });
  if (schema.required?.length) cases.push({ label: 'body missing required fields', method: m, url: validUrl, body: '{}' });
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    cases.push({ label: `body.${name} wrong type`, method: m, url: validUrl, body: JSON.stringify({ [name]: wrongTypeFor(resolve(property)) }) });
  }
  return cases;
}

async function countRows(adminUrl: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const tables = await client.query<{ t: string }>(
    `select tablename as t from pg_tables where schemaname = 'public' and tablename not in ('audit_events', 'security_events', 'sessions')`,
  );
  const counts: Record<string, number> = {};
  for (const { t } of tables.rows) counts[t] = (await client.query<{ n: number }>(`select count(*)::int as n from "${t}"`)).rows[0]!.n;
  await client.end();
  return counts;
}

describe('bad input on every documented route', () => {
  let t: TestApp;
  let everyone: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await buildOrganization(t.db);
    const member = await buildMember(t.db, org.id, [...ROLES]);
    everyone = await logInAs(t.app, member.email, member.password);
  });
  afterAll(async () => t.close());

  it('gets a 4xx problem response, never a 5xx, and changes nothing', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
    const before = await countRows(t.adminUrl);
    const failures: string[] = [];
    let sent = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        for (const bad of badRequestsFor(doc, path, method, op)) {
          const url = bad.query ? `${bad.url}?${bad.query}` : bad.url;
          const response = await everyone.request(bad.method as 'POST', url, undefined, {
            headers: { 'content-type': 'application/json', 'if-match': '"1"' },
            ...(bad.body === undefined ? {} : { rawBody: bad.body }),
          });
          sent++;
          const status = response.statusCode;
          const isProblem = String(response.headers['content-type']).includes('application/problem+json');
          if (status < 400 || status >= 500 || !isProblem) failures.push(`${bad.method} ${path} (${bad.label}) → ${status}`);
        }
      }
    }
    expect(sent).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    expect(await countRows(t.adminUrl)).toEqual(before);
  });
});
