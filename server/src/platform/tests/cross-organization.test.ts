import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, buildOrganization } from '@test/factories';
import { ROLES } from '@domain/roles';
import { seedDemoIfEmpty } from '@server/seed/seed-demo';
import { SAMPLE_VARIANTS, sampleFor, type OpenApi, type Operation, type Schema } from './openapi-samples';
import { idsOf, tableFor, withAdmin, type TenantIds } from './tenant-ids';

/**
 * Walks every documented route as a user of another organisation who holds every role, aiming
 * at the demo organisation's real objects. Each object route must answer 404 (never 200, 403 or
 * 409: those would confirm the object exists), every list must hold none of the demo
 * organisation's ids, and the demo organisation's data must be unchanged afterwards.
 * New routes are covered without touching this file, as long as each id parameter follows a path
 * segment named after its table (`/needs/{id}` → `needs`, `/needs/{id}/comments/{commentId}` →
 * `need_comments`).
 */

/** A fingerprint of all of the organisation's rows, table by table. */
async function fingerprintOf(adminUrl: string, organizationId: string): Promise<Record<string, string>> {
  return withAdmin(adminUrl, async (client) => {
    const tables = await client.query<{ t: string }>(
      `select table_name as t from information_schema.columns
        where table_schema = 'public' and column_name = 'organization_id' and table_name not in ('audit_events', 'security_events', 'sessions')`,
    );
    const prints: Record<string, string> = {};
    for (const { t } of tables.rows) {
      const row = await client.query<{ f: string | null }>(
        `select md5(string_agg(x::text, '|' order by x::text)) as f from "${t}" x where organization_id = $1`,
        [organizationId],
      );
      prints[t] = row.rows[0]!.f ?? 'empty';
    }
    return prints;
  });
}

describe('another organisation on every documented route', () => {
  let t: TestApp;
  let outsider: ApiClient;
  let demoOrganizationId: string;
  let demoIds: TenantIds;
  beforeAll(async () => {
    t = await createTestApp();
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = (() => true) as typeof process.stdout.write; // the seed prints a one-time password
    try {
      await seedDemoIfEmpty(t.db, pino({ level: 'silent' }));
    } finally {
      process.stdout.write = write;
    }
    demoOrganizationId = await withAdmin(t.adminUrl, async (c) => (await c.query<{ id: string }>('select id::text as id from organizations')).rows[0]!.id);
    demoIds = await idsOf(t.adminUrl, demoOrganizationId);
    const other = await buildOrganization(t.db);
    const member = await buildMember(t.db, other.id, [...ROLES]);
    outsider = await logInAs(t.app, member.email, member.password);
  }, 180_000);
  afterAll(async () => t.close());

  it("answers 404 for the demo organisation's objects, lists none of them and changes nothing", async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
    const allDemoIds = [...demoIds.values()].flat();
    const before = await fingerprintOf(t.adminUrl, demoOrganizationId);
    const failures: string[] = [];
    const unresolved: string[] = [];
    let objectRoutes = 0;

    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations) as [string, Operation][]) {
        const m = method.toUpperCase() as 'GET';
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
        if (pathParams.length === 0) {
          if (m !== 'GET') continue;
          const response = await outsider.get(path);
          const leaked = allDemoIds.filter((id) => response.body.includes(id));
          if (leaked.length > 0) failures.push(`GET ${path} lists ${leaked.length} of the demo organisation's ids`);
          continue;
        }
        let url = path;
        let resolved = true;
        for (const p of pathParams) {
          const schema = p.schema as Schema | undefined;
          let value: string | undefined;
          if (schema?.format === 'uuid' || /id$/i.test(p.name)) {
            const table = tableFor(path, p.name, demoIds);
            value = table ? demoIds.get(table)![0] : undefined;
          } else if (schema) {
            value = String(sampleFor(doc, schema));
          }
          if (value === undefined) {
            resolved = false;
            unresolved.push(`${m} ${path} {${p.name}}`);
            break;
          }
          url = url.replace(`{${p.name}}`, value);
        }
        if (!resolved) continue;
        objectRoutes++;
        const bodySchema = op.requestBody?.content['application/json']?.schema;
        // Uploads take the file itself as the body (application/octet-stream), not JSON.
        const rawType = bodySchema ? undefined : Object.keys(op.requestBody?.content ?? {})[0];
        const requiredQuery = (op.parameters ?? []).filter((p) => p.in === 'query' && p.required && p.schema);
        let response;
        let target = url;
        for (const variant of SAMPLE_VARIANTS) {
          const query = requiredQuery.map((p) => `${p.name}=${encodeURIComponent(String(sampleFor(doc, p.schema!, variant)))}`).join('&');
          target = query ? `${url}?${query}` : url;
          response = rawType
            ? await outsider.request(m, target, undefined, { ifMatch: 1, rawBody: 'Provfil', headers: { 'content-type': rawType } })
            : await outsider.request(m, target, bodySchema && m !== 'GET' ? sampleFor(doc, bodySchema, variant) : undefined, { ifMatch: 1 });
          if (response.statusCode !== 400) break;
        }
        // An upload route that is not documented as one says so with 415: send it a file instead.
        if (response!.statusCode === 415) {
          response = await outsider.request(m, target, undefined, { ifMatch: 1, rawBody: 'Provfil', headers: { 'content-type': 'application/octet-stream' } });
        }
        response = response!;
        if (response.statusCode !== 404) failures.push(`${m} ${path} → ${response.statusCode} ${response.body.slice(0, 160)}`);
      }
    }

    expect(unresolved, 'each id parameter must follow a path segment named after its table').toEqual([]);
    expect(objectRoutes).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    expect(await fingerprintOf(t.adminUrl, demoOrganizationId)).toEqual(before);
  });
});
