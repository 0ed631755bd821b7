import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember, testEmailDomain } from '@test/factories';
import { platformCreateOrganization } from '@server/modules/organizations/platform-create-organization';
import { platformSetOrganizationEmailDomains } from '@server/modules/users/users.platform';

const INSTALLER_PASSWORD = 'installationens-eget-losenord';
import { ROLES, type Role } from '@domain/roles';
import { seedDemoQuietly } from '@test/demo';
import { SAMPLE_VARIANTS, sampleFor, type OpenApi, type Operation, type Schema } from './openapi-samples';
import { idsOf, publishedLibraryIdsOf, SHARED_LIBRARY_ROUTES, tableFor, withAdmin, type TenantIds } from './tenant-ids';

/**
 * Walks every documented route as a user of another organisation — holding every role, and then each
 * role alone (so a missing permission cannot answer 403 before the object is found missing) — aiming
 * at the demo organisation's real objects. Each object route must answer 404 (never 200, 403 or
 * 409: those would confirm the object exists), every list must hold none of the demo
 * organisation's ids, and the demo organisation's data must be unchanged afterwards.
 * The one exception is the shared library: the demo organisation's published entries may appear
 * in lists and be read or copied (SHARED_LIBRARY_ROUTES) — and those answers must hold none of its
 * other ids — while updating or withdrawing them is 404 like everything else.
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

/**
 * Calls every documented route as `client`, aiming at `demoIds`, and returns what went wrong: an
 * object route that answers anything but 404, or a list that shows one of the ids.
 */
async function walkEveryRoute(doc: OpenApi, client: ApiClient, demoIds: TenantIds, publishedIds: readonly string[]): Promise<{ failures: string[]; unresolved: string[]; objectRoutes: number }> {
  const allDemoIds = [...new Set([...demoIds.values()].flat())].filter((id) => !publishedIds.includes(id));
  const failures: string[] = [];
  const unresolved: string[] = [];
  let objectRoutes = 0;

  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations) as [string, Operation][]) {
      const m = method.toUpperCase() as 'GET';
      const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path');
      if (pathParams.length === 0) {
        if (m !== 'GET') continue;
        const response = await client.get(path);
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
          ? await client.request(m, target, undefined, { ifMatch: 1, rawBody: 'Provfil', headers: { 'content-type': rawType } })
          : await client.request(m, target, bodySchema && m !== 'GET' ? sampleFor(doc, bodySchema, variant) : undefined, { ifMatch: 1 });
        if (response.statusCode !== 400) break;
      }
      // An upload route that is not documented as one says so with 415: send it a file instead.
      if (response!.statusCode === 415) {
        response = await client.request(m, target, undefined, { ifMatch: 1, rawBody: 'Provfil', headers: { 'content-type': 'application/octet-stream' } });
      }
      response = response!;
      if (SHARED_LIBRARY_ROUTES.has(`${m} ${path}`)) {
        // A published entry is shared on purpose: read (200), copied (201), or refused by role (403).
        if (![200, 201, 403].includes(response.statusCode)) failures.push(`${m} ${path} → ${response.statusCode} ${response.body.slice(0, 160)}`);
        const leaked = allDemoIds.filter((id) => response.body.includes(id));
        if (leaked.length > 0) failures.push(`${m} ${path} shows ${leaked.length} of the demo organisation's other ids`);
        continue;
      }
      if (response.statusCode !== 404) failures.push(`${m} ${path} → ${response.statusCode} ${response.body.slice(0, 160)}`);
    }
  }
  return { failures, unresolved, objectRoutes };
}

// Every role alone as well as all together: a role without a permission must still get 404 for
// another organisation's object, never a 403 that confirms the object exists.
const ROLE_SETS: [string, Role[]][] = [['every role', [...ROLES]], ...ROLES.map((role): [string, Role[]] => [role, [role]])];

describe('another organisation on every documented route', () => {
  let t: TestApp;
  let doc: OpenApi;
  let otherOrganizationId: string;
  let demoOrganizationId: string;
  let demoIds: TenantIds;
  let publishedIds: string[];
  let before: Record<string, string>;
  let installer: ApiClient;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoQuietly(t.db);
    demoOrganizationId = await withAdmin(t.adminUrl, async (c) => (await c.query<{ id: string }>('select id::text as id from organizations')).rows[0]!.id);
    // The seed has no pending invitation; one makes the invitation routes aim at a real object.
    await withAdmin(t.adminUrl, (c) =>
      c.query(
        `insert into member_invitations (organization_id, id, email, roles, invited_by, expires_at)
         select organization_id, gen_random_uuid(), 'inbjuden@leverantor.example', '{viewer}', user_id, now() + interval '14 days'
         from memberships where organization_id = $1 limit 1`,
        [demoOrganizationId],
      ),
    );
    // Nor a comment; one makes the comment routes (delete, redact) aim at a real object.
    await withAdmin(t.adminUrl, (c) =>
      c.query(
        `insert into need_comments (organization_id, id, need_id, author_id, body)
         select organization_id, gen_random_uuid(), id, submitted_by, 'Vi har samma behov.'
         from needs where organization_id = $1 limit 1`,
        [demoOrganizationId],
      ),
    );
    // Nor a session; one makes the routes of a person's own sessions aim at a real one.
    await withAdmin(t.adminUrl, (c) =>
      c.query(
        `insert into sessions (token_hash, user_id, current_organization_id, csrf_token, expires_at)
         select 'walk-' || gen_random_uuid(), user_id, organization_id, 'walk', now() + interval '1 hour'
         from memberships where organization_id = $1 limit 1`,
        [demoOrganizationId],
      ),
    );
    demoIds = await idsOf(t.adminUrl, demoOrganizationId);
    publishedIds = await publishedLibraryIdsOf(t.adminUrl, demoOrganizationId);
    // The installation's routes address an organisation itself (`/installation/organizations/{id}`).
    demoIds.set('organizations', [demoOrganizationId]);
    // The other organisation is made the way a real installation makes one: by its installation
    // administrator through the API (who is herself a member of a third organisation only).
    const first = await platformCreateOrganization(t.db, { name: 'Driftkommunen', adminEmail: 'drift@drift.example', adminName: 'Drift', installationAdmin: true }, { id: null, name: 'test' });
    const once = await logInAs(t.app, 'drift@drift.example', first.oneTimePassword!);
    await once.post('/api/v1/auth/password', { currentPassword: first.oneTimePassword, newPassword: INSTALLER_PASSWORD });
    await withAdmin(t.adminUrl, (c) => c.query('update memberships set roles = $1 where user_id = $2', [[...ROLES], first.adminUserId]));
    installer = await logInAs(t.app, 'drift@drift.example', INSTALLER_PASSWORD);
    const created = await installer.post('/api/v1/installation/organizations', {
      name: 'Grannkommunen', organizationNumber: '212000-1111', emailDomain: 'granne.example', adminName: 'Greta', adminEmail: 'greta@granne.example',
    });
    otherOrganizationId = created.json<{ organization: { id: string } }>().organization.id;
    await platformSetOrganizationEmailDomains(t.db, otherOrganizationId, ['granne.example', testEmailDomain(otherOrganizationId)]);
    doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
    before = await fingerprintOf(t.adminUrl, demoOrganizationId);
  }, 180_000);
  afterAll(async () => t.close());

  it("answers 404 to the installation administrator, who is no member of the demo organisation, for its content, and changes nothing", async () => {
    // Her own installation routes (`/installation/…`) are left out: listing and disabling
    // organisations is what she is for, and none of them shows content.
    const contentOnly: OpenApi = { ...doc, paths: Object.fromEntries(Object.entries(doc.paths).filter(([path]) => !path.startsWith('/api/v1/installation/'))) };
    const { failures, unresolved, objectRoutes } = await walkEveryRoute(contentOnly, installer, demoIds, publishedIds);
    expect(unresolved).toEqual([]);
    expect(objectRoutes).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    expect(await fingerprintOf(t.adminUrl, demoOrganizationId)).toEqual(before);
  });

  it.each(ROLE_SETS)("answers 404 to a user of another organisation with %s for the demo organisation's objects, lists none of them and changes nothing", async (_, roles) => {
    const member = await buildMember(t.db, otherOrganizationId, roles);
    const outsider = await logInAs(t.app, member.email, member.password);
    const { failures, unresolved, objectRoutes } = await walkEveryRoute(doc, outsider, demoIds, publishedIds);

    expect(unresolved, 'each id parameter must follow a path segment named after its table').toEqual([]);
    expect(publishedIds.length, 'the demo organisation publishes one library entry').toBeGreaterThan(0);
    expect(objectRoutes).toBeGreaterThan(10);
    expect(failures).toEqual([]);
    expect(await fingerprintOf(t.adminUrl, demoOrganizationId)).toEqual(before);
  });
});
