import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, logInAs, type ApiClient, type TestApp } from '@test/test-app';
import { buildMember } from '@test/factories';
import { ROLES } from '@domain/roles';
import { seedDemoQuietly } from '@test/demo';
import { resolveSchema, SAMPLE_VARIANTS, sampleFor, type OpenApi, type Operation, type Schema } from './openapi-samples';
import { idsOf, tableFor, withAdmin, type TenantIds } from './tenant-ids';

/**
 * Walks every documented route with hostile values, one parameter or body field at a time, the
 * rest filled with values the schema accepts and ids of real objects of the user's own
 * organisation, so a hostile value that slips past validation reaches the use case and the
 * database. Whatever comes back must be an answer, never a crash: no 5xx, and every error is
 * problem+json. The routes come from the OpenAPI document, so a new route is walked without
 * touching this file. Values are drawn with fast-check; a failure names the seed to replay it
 * (HOSTILE_SEED=…).
 */

const SEED = Number(process.env.HOSTILE_SEED ?? Date.now() % 2 ** 31);
/** Drawn values per field on top of the fixed worst cases; keeps the walk well under a minute. */
const DRAWN_PER_FIELD = 2;
/** Leaf fields per body, at most (deeply nested bodies would otherwise dominate the run). */
const MAX_BODY_FIELDS = 24;

/** A number literal JSON.stringify cannot write (-0, 2^53+1 exactly, 1e400). */
class RawNumber {
  constructor(readonly text: string) {}
}

const NUMBER_EXTREMES = [1e308, -1e308, new RawNumber('-0'), new RawNumber('9007199254740993'), new RawNumber('1e400'), 'NaN', 'Infinity', -1, 0.5];
const DATE_EXTREMES = ['0000-01-01', '9999-12-31', '275760-09-13', '+275760-09-13', '0001-01-01', '2024-02-30'];
const DATE_TIME_EXTREMES = ['0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', '+275760-09-13T00:00:00.000Z', '2024-13-01T00:00:00Z'];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

/** Text with NUL, lone surrogates and control characters spliced into drawn text. */
const hostileText = fc
  .tuple(fc.string({ maxLength: 30 }), fc.constantFrom('\u0000', '\ud800', '\udfff', '\u0001\u001f\u007f', '\u202e', '\ufeff', '\ud83d'), fc.string({ maxLength: 30 }))
  .map(([before, bad, after]) => before + bad + after);

function typesOf(schema: Schema): string[] {
  return (Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object']).filter((t) => t !== 'null');
}

/** The schema with `anyOf`/`oneOf` reduced to its first non-null alternative. */
function concrete(doc: OpenApi, raw: Schema): Schema {
  const schema = resolveSchema(doc, raw);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (!alternatives) return schema;
  return concrete(doc, alternatives.find((a) => resolveSchema(doc, a).type !== 'null') ?? alternatives[0]!);
}

/** The worst cases for a value of `schema`, always sent, and an arbitrary for drawn ones. */
function hostileValuesFor(doc: OpenApi, raw: Schema): { fixed: unknown[]; drawn: fc.Arbitrary<unknown> } {
  const schema = concrete(doc, raw);
  const types = typesOf(schema);
  const tooLong = 'x'.repeat((schema.maxLength ?? 20_000) + 1);
  if (types.includes('string')) {
    const formatted = schema.format === 'date' ? DATE_EXTREMES : schema.format === 'date-time' ? DATE_TIME_EXTREMES : [];
    return {
      fixed: ['a\u0000b', 'a\ud800b', tooLong, ...formatted],
      drawn: fc.oneof(hostileText, fc.constantFrom(...formatted, ...NUMBER_EXTREMES.filter((v) => typeof v === 'string'), ...PROTOTYPE_KEYS)),
    };
  }
  if (types.includes('integer') || types.includes('number')) {
    return { fixed: NUMBER_EXTREMES, drawn: fc.oneof(fc.double(), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), hostileText) };
  }
  if (types.includes('array')) {
    const item = schema.items ? hostileValuesFor(doc, schema.items) : { fixed: ['a\u0000b'], drawn: hostileText };
    return { fixed: [[item.fixed[0]], Array.from({ length: 5_000 }, () => 'x')], drawn: fc.array(item.drawn, { minLength: 1, maxLength: 3 }) };
  }
  if (types.includes('boolean')) return { fixed: ['true', 1, null], drawn: hostileText };
  return {
    fixed: [Object.fromEntries(PROTOTYPE_KEYS.map((k) => [k, { polluted: 'ja' }])), { 'a\u0000b': 'x' }, 'not-an-object'],
    drawn: fc.dictionary(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileText), hostileText, { minKeys: 1, maxKeys: 3 }),
  };
}

function draw(values: { fixed: unknown[]; drawn: fc.Arbitrary<unknown> }, seed: number): unknown[] {
  return [...values.fixed, ...fc.sample(values.drawn, { numRuns: DRAWN_PER_FIELD, seed })];
}

/** JSON with RawNumber written as its literal and keys like `__proto__` kept as own keys. */
function toJson(value: unknown): string {
  if (value instanceof RawNumber) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Percent-encodes like encodeURIComponent, but writes a lone surrogate as the bytes a client would send. */
function encodePart(value: unknown): string {
  const text = value instanceof RawNumber ? value.text : typeof value === 'string' ? value : toJson(value);
  return [...text].map((c) => (/[\ud800-\udfff]/.test(c) ? '%ED%A0%80' : encodeURIComponent(c))).join('');
}

/** Every leaf of `body` (as a path of keys), up to the bound. */
function leafPaths(doc: OpenApi, raw: Schema, prefix: string[] = [], out: string[][] = []): string[][] {
  const schema = concrete(doc, raw);
  const properties = Object.entries(schema.properties ?? {});
  if (prefix.length === 0 || properties.length === 0) {
    if (prefix.length > 0) out.push(prefix);
  }
  for (const [name, property] of properties) {
    if (out.length >= MAX_BODY_FIELDS) break;
    const inner = concrete(doc, property);
    if (typesOf(inner).includes('object') && inner.properties && prefix.length < 2) leafPaths(doc, inner, [...prefix, name], out);
    else out.push([...prefix, name]);
  }
  return out;
}

function withValueAt(body: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = { ...(body !== null && typeof body === 'object' ? body : {}) } as Record<string, unknown>;
  copy[path[0]!] = withValueAt(copy[path[0]!], path.slice(1), value);
  return copy;
}

function schemaAt(doc: OpenApi, raw: Schema, path: string[]): Schema {
  return path.reduce((schema, key) => concrete(doc, concrete(doc, schema).properties![key]!), raw);
}

type Hostile = { label: string; url: string; body?: string };

/** The path with every parameter filled by `idFor`, and the required query parameters. */
function validUrl(doc: OpenApi, path: string, op: Operation, idFor: (param: string) => string): string {
  const query = (op.parameters ?? [])
    .filter((p) => p.in === 'query' && p.required && p.schema)
    .map((p) => `${p.name}=${encodePart(sampleFor(doc, p.schema!))}`)
    .join('&');
  return path.replace(/\{(\w+)\}/g, (_m, param: string) => idFor(param)) + (query ? `?${query}` : '');
}

/** Every hostile request for one operation: each path parameter, query parameter and body field in turn. */
function hostileRequestsFor(doc: OpenApi, path: string, method: string, op: Operation, idFor: (param: string) => string, validBody: unknown, seed: number): Hostile[] {
  const params = op.parameters ?? [];
  const fill = (name: string, value?: string) =>
    path.replace(/\{(\w+)\}/g, (_m, param: string) => (param === name && value !== undefined ? value : idFor(param)));
  const validQuery = params
    .filter((p) => p.in === 'query' && p.required && p.schema)
    .map((p) => [p.name, encodePart(sampleFor(doc, p.schema!))] as const);
  const query = (name?: string, value?: string) => {
    const pairs = validQuery.filter(([n]) => n !== name).map(([n, v]) => `${n}=${v}`);
    if (name !== undefined) pairs.push(`${name}=${value}`);
    return pairs.length ? `?${pairs.join('&')}` : '';
  };
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  const body = (value: unknown) => (value === undefined ? undefined : toJson(value));
  const requests: Hostile[] = [];
  let n = 0;
  for (const p of params.filter((x) => x.in === 'path' || x.in === 'query')) {
    for (const value of draw(hostileValuesFor(doc, p.schema ?? { type: 'string' }), seed + n++)) {
      const encoded = encodePart(value);
      const url = p.in === 'path' ? fill(p.name, encoded) + query() : fill('') + query(p.name, encoded);
      requests.push({ label: `${p.in} ${p.name}=${encoded.slice(0, 40)}`, url, body: body(validBody) });
    }
  }
  if (bodySchema && validBody !== undefined) {
    for (const field of leafPaths(doc, bodySchema)) {
      for (const value of draw(hostileValuesFor(doc, schemaAt(doc, bodySchema, field)), seed + n++)) {
        requests.push({ label: `body.${field.join('.')}=${toJson(value).slice(0, 40)}`, url: fill('') + query(), body: toJson(withValueAt(validBody, field, value)) });
      }
    }
    const polluted = { ...(validBody as object), ...Object.fromEntries(PROTOTYPE_KEYS.map((k) => [k, { isAdmin: true }])) };
    requests.push({ label: 'body with prototype keys', url: fill('') + query(), body: toJson(polluted) });
  }
  return requests;
}

function isCrash(response: LightMyRequestResponse): boolean {
  if (response.statusCode >= 500) return true;
  return response.statusCode >= 400 && !String(response.headers['content-type']).includes('application/problem+json');
}

describe('hostile input on every documented route', () => {
  let t: TestApp;
  let admin: ApiClient;
  let coordinator: ApiClient;
  let ids: TenantIds;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoQuietly(t.db);
    const organizationId = await withAdmin(t.adminUrl, async (c) => (await c.query<{ id: string }>('select id::text as id from organizations')).rows[0]!.id);
    ids = await idsOf(t.adminUrl, organizationId);
    const adminMember = await buildMember(t.db, organizationId, [...ROLES], 'Admin Adminsson');
    const coordinatorMember = await buildMember(t.db, organizationId, ['coordinator'], 'Kora Koordinatorsson');
    admin = await logInAs(t.app, adminMember.email, adminMember.password);
    coordinator = await logInAs(t.app, coordinatorMember.email, coordinatorMember.password);
  }, 180_000);
  afterAll(async () => t.close());

  it('answers every hostile value from an administrator or a coordinator with a 4xx problem or a normal answer, never a 5xx', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApi>();
    const failures: string[] = [];
    let sent = 0;
    let seed = SEED;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(operations) as [string, Operation][]) {
        const m = method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
        // Logging out would end the walk's session; its only input is the cookie.
        if (path.endsWith('/auth/logout')) continue;
        const idFor = (param: string) => {
          const table = tableFor(path, param, ids);
          return (table && ids.get(table)?.[0]) ?? '01900000-0000-7000-8000-00000000dead';
        };
        const url = validUrl(doc, path, op, idFor);
        const hasGet = Boolean(doc.paths[path]!.get);
        // Edits need the current version, or they stop at 412 before the value reaches the database.
        const currentVersion = async () => {
          if (!hasGet || m === 'GET' || m === 'POST') return '"1"';
          const response = await admin.get(url);
          return typeof response.headers.etag === 'string' ? response.headers.etag : '"1"';
        };
        // A body the route accepts (first sample variant that is not refused), so that each
        // hostile field is the only thing wrong with it. DELETE sends none: it would remove the object.
        const bodySchema = op.requestBody?.content['application/json']?.schema;
        let validBody: unknown;
        if (bodySchema && m !== 'GET' && m !== 'DELETE') {
          for (const variant of SAMPLE_VARIANTS) {
            validBody = sampleFor(doc, bodySchema, variant);
            const response = await admin.request(m, url, validBody, { headers: { 'if-match': await currentVersion() } });
            if (response.statusCode !== 400) break;
          }
        }
        const requests = hostileRequestsFor(doc, path, m, op, idFor, validBody, seed++);
        for (const [i, hostile] of requests.entries()) {
          // The administrator sends everything; the coordinator every other value.
          const clients = i % 2 === 0 ? [admin, coordinator] : [admin];
          for (const client of clients) {
            const response = await client.request(m, hostile.url, undefined, {
              headers: { 'content-type': 'application/json', 'if-match': await currentVersion() },
              ...(hostile.body === undefined ? {} : { rawBody: hostile.body }),
            });
            sent++;
            if (isCrash(response)) failures.push(`${m} ${path} (${hostile.label}) → ${response.statusCode} ${response.body.slice(0, 120)}`);
          }
        }
      }
    }
    // What the hostile values stored (control characters, emoji halves in pairs, prototype keys,
    // extreme numbers) must still read back, list and export: every GET once more, plain.
    for (const [path, operations] of Object.entries(doc.paths)) {
      const op = operations.get as Operation | undefined;
      if (!op) continue;
      const idFor = (param: string) => {
        const table = tableFor(path, param, ids);
        return (table && ids.get(table)?.[0]) ?? '01900000-0000-7000-8000-00000000dead';
      };
      const response = await admin.get(validUrl(doc, path, op, idFor));
      sent++;
      if (isCrash(response)) failures.push(`GET ${path} after the hostile writes → ${response.statusCode} ${response.body.slice(0, 120)}`);
    }
    expect(sent).toBeGreaterThan(500);
    expect(failures, `HOSTILE_SEED=${SEED}`).toEqual([]);
  }, 170_000);
});
