import { isDeepStrictEqual } from 'node:util';
import fastJson from 'fast-json-stringify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Serialises responses with fast-json-stringify compiled from the route's zod response schema.
 * Like zod it writes only the declared properties (nothing leaks), but it does not validate, so
 * the integration tests keep zod's validating serializer and production uses this one: the
 * benchmark measured the needs list 40 % faster (docs/PERFORMANCE.md). Schemas that cannot be
 * expressed in JSON Schema fall back to JSON.stringify.
 */
export function fastSerializerCompiler({ schema }: { schema: unknown }): (data: unknown) => string {
  if (!(schema instanceof z.ZodType)) return (data) => JSON.stringify(data);
  // Compiled on first use: each compiled serializer may hold its own validator for unions, and
  // most routes' error and rare responses are never sent by a given process.
  let serialize: ((data: unknown) => string) | undefined;
  return (data) => (serialize ??= compile(schema))(data);
}

type RouteSchema = Parameters<typeof serializerCompiler>[0];

/**
 * For tests: zod's validating serializer writes the response (a response that breaks its contract
 * fails the request), and the production serializer must write the same JSON, so every
 * integration test also checks what production would send.
 */
export function checkedSerializerCompiler(route: RouteSchema): (data: unknown) => string {
  const validating = serializerCompiler(route);
  const production = fastSerializerCompiler(route);
  return (data) => {
    const expected = validating(data);
    const written = production(data);
    if (!isDeepStrictEqual(JSON.parse(written), JSON.parse(expected))) {
      throw new Error(`The production serializer writes ${route.method} ${route.url} differently.\nproduction: ${written}\nzod:        ${expected}`);
    }
    return expected;
  };
}

function compile(schema: z.ZodType): (data: unknown) => string {
  try {
    const json = z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' });
    return fastJson(forSerialization(json) as Parameters<typeof fastJson>[0]) as (data: unknown) => string;
  } catch {
    return (data) => JSON.stringify(data);
  }
}

type JsonSchema = { [keyword: string]: unknown };
const isSchema = (value: unknown): value is JsonSchema => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNull = (value: unknown) => isSchema(value) && value.type === 'null' && Object.keys(value).length === 1;

/**
 * The JSON Schema as far as writing JSON needs it. fast-json-stringify picks an `anyOf` branch by
 * validating the value against it with Ajv, so zod's `X | null` (an `anyOf` with null) ran uuid
 * and date-time regular expressions on every nullable field of every list row. Writing never
 * checks `pattern` or `format` (the values are strings already, validated in the tests), so they
 * are dropped, and `anyOf: [X, null]` with a plain typed X becomes X with `nullable: true`, which
 * fast-json-stringify writes with a null check.
 */
export function forSerialization(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSerialization);
  if (!isSchema(schema)) return schema;
  const result: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'pattern' || keyword === 'format') continue;
    // Property names and enum values are data, not schemas: copied as they are.
    if (keyword === 'properties' || keyword === 'definitions' || keyword === '$defs') {
      result[keyword] = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, sub]) => [name, forSerialization(sub)]));
    } else if (keyword === 'enum' || keyword === 'const' || keyword === 'required') {
      result[keyword] = value;
    } else {
      result[keyword] = forSerialization(value);
    }
  }
  const branches = result.anyOf;
  if (Array.isArray(branches) && branches.length === 2 && Object.keys(result).length === 1) {
    const other = branches.find((branch) => !isNull(branch));
    if (branches.some(isNull) && isSchema(other) && typeof other.type === 'string' && other.type !== 'null' && !('const' in other) && !('anyOf' in other) && !('oneOf' in other) && !('allOf' in other)) {
      // Ajv still validates this schema when it sits inside another `anyOf`, and its `enum`
      // applies to null too, so null joins the enum.
      return Array.isArray(other.enum) ? { ...other, enum: [...(other.enum as unknown[]), null], nullable: true } : { ...other, nullable: true };
    }
  }
  return result;
}
