import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZNeed, ZNeedPage, type TNeed, type TNeedListItem } from '@domain/needs.contracts';
import { fastSerializerCompiler, forSerialization } from '@server/platform/http/fast-serializer';
import { resolveSchema, sampleFor, type OpenApi, type Schema } from '@server/platform/tests/openapi-samples';

const serializerFor = (schema: z.ZodType) => fastSerializerCompiler({ schema });
/** What the integration tests' validating serializer writes: zod's parse (drops undeclared keys), then JSON. */
const validated = (schema: z.ZodType, data: unknown) => JSON.stringify(schema.parse(data));

const listItem = (overrides: Partial<TNeedListItem> = {}): TNeedListItem => ({
  id: '00000000-0000-7000-8000-000000000001',
  number: 12,
  title: 'Tillsynskameror i ordinärt boende "natt"',
  affectedGroups: ['care_recipients', 'staff'],
  units: [{ id: '00000000-0000-7000-8000-000000000002', name: 'Hemtjänst Öst' }],
  allUnits: false,
  focusAreas: [],
  submittedBy: { id: '00000000-0000-7000-8000-000000000003', name: 'Testa Testsson' },
  status: 'assessed',
  overall: 2.25,
  quadrant: 'doNow',
  priority: '1',
  supporterCount: 1,
  commentCount: 0,
  submittedAt: '2026-03-04T05:06:07.089Z',
  ...overrides,
});

describe('the production response serializer', () => {
  it('writes a needs page exactly as the validating serializer does, nulls and all', () => {
    const page = {
      items: [listItem(), listItem({ units: [], allUnits: true, focusAreas: [{ id: '00000000-0000-7000-8000-000000000004', name: 'Trygghet' }, { id: '00000000-0000-7000-8000-000000000005', name: 'Effektivitet' }], quadrant: null, priority: null, overall: null })],
      nextCursor: null,
    };
    expect(serializerFor(ZNeedPage)(page)).toBe(validated(ZNeedPage, page));
  });

  it('writes a need page exactly as the validating serializer does and leaves out undeclared properties', () => {
    const need: TNeed & { organizationId: string } = {
      ...listItem(),
      problem: 'Nattpersonalen hinner inte med tillsynen.',
      expectedBenefit: 'Brukare sover ostört.',
      mergedInto: null,
      costEstimate: { low: '4000000', high: '6000000', recurrence: 'per_year', note: 'beroende på lösning' },
      costEstimateText: '40 000–60 000 kr/år, beroende på lösning',
      what: 'Kameror för tillsyn på natten',
      how: '',
      proposedBy: 'Enhetschef hemtjänst',
      plannedStartYear: null,
      feasibility: 2,
      potential: 2.5,
      isSupportedByMe: false,
      updatedAt: '2026-03-05T00:00:00.000Z',
      version: 3,
      permissions: { canEdit: true, canComment: true, canMerge: false, canSupport: false, canAssess: true, canDecide: true, canDelete: false, canRedact: false },
      organizationId: '00000000-0000-7000-8000-0000000000ff',
    };
    const written = serializerFor(ZNeed)(need);
    expect(written).toBe(validated(ZNeed, need));
    expect(written).not.toContain('organizationId');
  });

  it('turns "X or null" into a nullable X and drops the checks writing never needs', () => {
    const schema = forSerialization({
      type: 'object',
      properties: {
        unit: { anyOf: [{ type: 'object', properties: { id: { type: 'string', format: 'uuid', pattern: '^x$' } } }, { type: 'null' }] },
        kind: { anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'string' } } }] },
        status: { type: 'string', enum: ['format', 'pattern'] },
      },
      required: ['unit'],
    });
    expect(schema).toEqual({
      type: 'object',
      properties: {
        unit: { type: 'object', properties: { id: { type: 'string' } }, nullable: true },
        kind: { anyOf: [{ type: 'object', properties: { a: { type: 'string' } } }, { type: 'object', properties: { b: { type: 'string' } } }] },
        status: { type: 'string', enum: ['format', 'pattern'] },
      },
      required: ['unit'],
    });
  });
});

type Definitions = Record<string, Schema>;
/** The contract's definitions as the document `resolveSchema` and `sampleFor` look `$ref`s up in. */
const docOf = (definitions: Definitions): OpenApi => ({ paths: {}, components: { schemas: definitions } });
const allowsNull = (doc: OpenApi, schema: Schema) =>
  (schema.anyOf ?? []).some((branch) => resolveSchema(doc, branch).type === 'null') || (Array.isArray(schema.type) && schema.type.includes('null'));

/**
 * The sample with null wherever the schema allows it: `inner` keeps nullable objects and fills
 * their own nullable fields with null (a present object with a null inside), `outer` makes the
 * nullable objects themselves null.
 */
function withNulls(doc: OpenApi, raw: Schema, value: unknown, depth: 'inner' | 'outer'): unknown {
  const schema = resolveSchema(doc, raw);
  const nonNull = (schema.anyOf ?? []).find((branch) => resolveSchema(doc, branch).type !== 'null');
  const target = nonNull ? resolveSchema(doc, nonNull) : schema;
  const isObject = target.type === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value);
  if (allowsNull(doc, schema) && (depth === 'outer' || !isObject)) return null;
  if (isObject) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [key, target.properties?.[key] ? withNulls(doc, target.properties[key], item, depth) : item]),
    );
  }
  if (Array.isArray(value) && target.items) return value.map((item) => withNulls(doc, target.items!, item, depth));
  return value;
}

describe('every contract written by the production serializer', () => {
  it('matches what the validating serializer writes for samples of each response shape in domain/, with and without nulls', async () => {
    const folder = fileURLToPath(new URL('../../../../domain/', import.meta.url));
    const schemas: [string, z.ZodType][] = [];
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.contracts.ts'))) {
      const exports = (await import(path.join(folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports)) if (value instanceof z.ZodObject) schemas.push([`${file}: ${name}`, value]);
    }
    let compared = 0;
    for (const [name, schema] of schemas) {
      const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) as Schema & { definitions?: Definitions };
      const doc = docOf(json.definitions ?? {});
      const sample = sampleFor(doc, json);
      for (const variant of [sample, withNulls(doc, json, sample, 'inner'), withNulls(doc, json, sample, 'outer')]) {
        const parsed = schema.safeParse(variant);
        // Request shapes with cross-field rules reject the naive sample; they are never responses.
        if (!parsed.success) continue;
        // Compared as JSON values: a defaulted property may come in another order, which JSON ignores.
        expect(JSON.parse(serializerFor(schema)(variant)), name).toStrictEqual(JSON.parse(JSON.stringify(parsed.data)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(150);
  });
});
