/** The parts of an OpenAPI 3.1 document the route-walking tests read. */
export type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  items?: Schema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  pattern?: string;
};
export type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
};
export type OpenApi = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

export function resolveSchema(doc: OpenApi, schema: Schema): Schema {
  return schema.$ref ? resolveSchema(doc, doc.components!.schemas![schema.$ref.split('/').pop()!]!) : schema;
}

/**
 * How to fill values that schemas alone cannot describe: rules like "not in the future" or "after
 * today" need past or future dates, and text that must parse as a Swedish number needs digits.
 * Callers try the variants in turn. Dates increase field by field, so "target after baseline" holds.
 */
export type SampleVariant = { dates: 'past' | 'future'; text: 'words' | 'digits' };
export const SAMPLE_VARIANTS: readonly SampleVariant[] = [
  { dates: 'past', text: 'words' },
  { dates: 'future', text: 'words' },
  { dates: 'past', text: 'digits' },
  { dates: 'future', text: 'digits' },
];
type SampleState = SampleVariant & { day: number; ids: number };

const SAMPLE_ID = '01900000-0000-7000-8000-0000000c0ffe';

function sampleString(schema: Schema, state: SampleState): string {
  const day = String(10 + (state.day++ % 18)).padStart(2, '0');
  switch (schema.format) {
    case 'uuid':
      // Distinct per field, so "from and to differ" rules hold.
      return SAMPLE_ID.slice(0, -2) + (state.ids++ % 256).toString(16).padStart(2, '0');
    case 'date':
      return `${state.dates === 'past' ? '2020' : '2030'}-01-${day}`;
    case 'date-time':
      return `${state.dates === 'past' ? '2020' : '2030'}-01-${day}T09:00:00.000Z`;
    case 'email':
      return 'prov@test.invalid';
    case undefined:
    default: {
      const text = state.text === 'digits' ? '12' : 'Provtext för en test';
      const min = schema.minLength ?? 0;
      return text.padEnd(min, 'x').slice(0, schema.maxLength ?? text.length + min);
    }
  }
}

/**
 * A value the schema accepts (for the shapes our zod contracts produce): the first enum value,
 * the first alternative, every property filled. Good enough to get past body validation so a
 * route reaches its handler; it does not try to satisfy cross-field rules.
 */
export function sampleFor(doc: OpenApi, raw: Schema, variant: SampleVariant = SAMPLE_VARIANTS[0]!): unknown {
  return sampleWith(doc, raw, { ...variant, day: 0, ids: 0 });
}

function sampleWith(doc: OpenApi, raw: Schema, state: SampleState): unknown {
  const schema = resolveSchema(doc, raw);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const nonNull = alternatives.find((a) => resolveSchema(doc, a).type !== 'null') ?? alternatives[0]!;
    return sampleWith(doc, nonNull, state);
  }
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sampleWith(doc, s, state) as object));
  const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return sampleString(schema, state);
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: schema.minItems ?? 1 }, () => (schema.items ? sampleWith(doc, schema.items, state) : 'x'));
    case 'null':
      return null;
    case undefined:
    default:
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([name, property]) => [name, sampleWith(doc, property, state)]));
  }
}
