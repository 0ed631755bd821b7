import { Column, is, Placeholder, sql, SQL, Subquery } from 'drizzle-orm';
import pg from 'pg';
import type { Db, Tx } from '@server/platform/db/database';
import { statementName } from '@server/platform/db/statement-name';
import { drizzleOver, poolOf } from '@server/platform/db/drizzle-over';

/**
 * Read-only tenant statements in one round trip (ADR 0003).
 *
 * A tenant transaction costs three round trips around its queries (BEGIN with the tenant setting,
 * the query, COMMIT). A read does not need an explicit transaction: in PostgreSQL's extended query
 * protocol, every statement sent before one Sync runs in one implicit transaction. So each read
 * statement is sent as
 *
 *   Bind/Execute  select set_config('app.organization_id', $1, true), set_config('transaction_read_only', 'on', true)
 *   Parse/Bind/Describe/Execute  <the query>
 *   Sync
 *
 * in a single write. The setting is local to that implicit transaction (it is gone at Sync), so
 * row-level security sees the organisation exactly for this statement, and a write by mistake
 * fails ("read-only transaction") instead of committing on its own.
 */
export const TENANT_READ_STATEMENT = 'digiplan_tenant_read';
const TENANT_READ_SQL = "select set_config('app.organization_id', $1, true), set_config('transaction_read_only', 'on', true)";

/** pg's wire connection, as far as this file uses it (pg's own Query uses the same calls). */
type Connection = {
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
  parse(config: { name: string; text: string; types: number[] }): void;
  bind(config: { statement: string; values: unknown[] }): void;
  execute(config: { portal: string }): void;
};
type QueryInternals = {
  prepare(connection: Connection): void;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
  handleError(error: Error, connection: Connection): void;
};

/**
 * One read statement preceded by the tenant setting, answered as if it were the statement alone.
 *
 * The setting statement is a named prepared statement, parsed on a connection's first tenant read.
 * pg records a ParseComplete under the active query's name, so while the setting's own ParseComplete
 * may still arrive, this query wears the setting's name and text; it takes its own back when the
 * setting's answer (or an error) arrives, before the statement's ParseComplete can.
 */
class TenantReadStatement extends pg.Query {
  /** The setting statement answers first (one row, no description requested); it is skipped. */
  private settingAnswered = false;
  private ownIdentity: { name: string | undefined; text: string } | undefined;
  // pg's Query has these at run time; its type definitions leave them out.
  declare name: string | undefined;
  declare text: string;

  constructor(
    private readonly organizationId: string,
    config: pg.QueryConfig,
  ) {
    super(config);
  }

  /** Always the extended protocol, even without parameters: the setting must go first. */
  requiresPreparation(): boolean {
    return true;
  }

  prepare(connection: Connection): void {
    const parseSetting = connection.parsedStatements[TENANT_READ_STATEMENT] === undefined && connection.submittedNamedStatements[TENANT_READ_STATEMENT] === undefined;
    if (parseSetting) {
      connection.parse({ name: TENANT_READ_STATEMENT, text: TENANT_READ_SQL, types: [] });
      connection.submittedNamedStatements[TENANT_READ_STATEMENT] = TENANT_READ_SQL;
    }
    connection.bind({ statement: TENANT_READ_STATEMENT, values: [this.organizationId] });
    connection.execute({ portal: '' });
    (pg.Query.prototype as unknown as QueryInternals).prepare.call(this, connection);
    if (parseSetting) {
      this.ownIdentity = { name: this.name, text: this.text };
      this.name = TENANT_READ_STATEMENT;
      this.text = TENANT_READ_SQL;
    }
  }

  private takeOwnIdentity(): void {
    if (!this.ownIdentity) return;
    this.name = this.ownIdentity.name;
    this.text = this.ownIdentity.text;
    this.ownIdentity = undefined;
  }

  handleDataRow(message: unknown): void {
    this.takeOwnIdentity();
    if (this.settingAnswered) (pg.Query.prototype as unknown as QueryInternals).handleDataRow.call(this, message);
  }

  handleCommandComplete(message: unknown, connection: Connection): void {
    this.takeOwnIdentity();
    if (!this.settingAnswered) {
      this.settingAnswered = true;
      return;
    }
    (pg.Query.prototype as unknown as QueryInternals).handleCommandComplete.call(this, message, connection);
  }

  handleError(error: Error, connection: Connection): void {
    this.takeOwnIdentity();
    (pg.Query.prototype as unknown as QueryInternals).handleError.call(this, error, connection);
  }
}

/**
 * A Drizzle handle whose every statement is a tenant read on its own pooled connection. Statements
 * of one use case may therefore run in parallel; each sees the data as of its own start, which is
 * what READ COMMITTED gives inside a transaction too. `organizationOf` picks the organisation per
 * statement from its parameters (prepared reads, below) when it is not fixed.
 */
export function tenantReader(db: Db, organization: string | ((params: unknown[]) => string)): Tx {
  const pool = poolOf(db);
  const organizationOf = typeof organization === 'string' ? () => organization : organization;
  const client = {
    // The pool attaches its own callback to the statement, which releases the connection.
    query: (config: pg.QueryConfig, values: unknown[] = []) =>
      pool.query(new TenantReadStatement(organizationOf(values), { ...config, name: config.name ?? statementName(config.text), values }) as unknown as pg.QueryConfig),
  };
  return drizzleOver(db, client);
}

type PreparedRead<R> = { execute(values: Record<string, unknown>): Promise<R> };

/** What Drizzle's prepared node-postgres query keeps (pinned version; `tenant-read.test.ts` and every read test cover it). */
type PreparedInternals = {
  params: unknown[];
  fields?: { path: string[]; field: unknown }[];
  customResultMapper?: (rows: unknown[][]) => unknown;
};
type Decoder = { mapFromDriverValue(value: unknown): unknown };

/** The decoder Drizzle itself would use for a field (the same cases as its `mapResultRow`). */
function decoderOf(field: unknown): Decoder {
  // `decoder` is internal to Drizzle's SQL class.
  const decoderOfSql = (value: unknown) => (value as { decoder: Decoder }).decoder;
  if (is(field, Column)) return field;
  if (is(field, SQL)) return decoderOfSql(field);
  if (is(field, Subquery)) return decoderOfSql((field as unknown as { _: { sql: SQL } })._.sql);
  return decoderOfSql((field as SQL.Aliased).sql);
}

/**
 * Drizzle maps every row field by field, asking of each field what kind it is (`is()`), which was
 * the largest cost of the needs list after building its SQL. A prepared read's fields never
 * change, so for a flat selection the decoders are looked up once and rows map in a plain loop.
 * Selections with nested objects keep Drizzle's own mapping.
 */
function useFlatRowMapper(prepared: PreparedInternals): void {
  const fields = prepared.fields;
  if (!fields || fields.some((f) => f.path.length !== 1)) return;
  const names = fields.map((f) => f.path[0]!);
  // Text, uuid and integer columns and untyped sql`` keep the driver's value; only the others
  // (timestamps, numerics, arrays) are decoded. A subquery's columns are proxies, so skipping the
  // identity decoders also skips a proxy trap per field and row.
  const decoders = fields.map((f) => {
    const decoder = decoderOf(f.field);
    return IDENTITY_DECODERS.has(decoder.mapFromDriverValue) ? undefined : decoder;
  });
  prepared.customResultMapper = (rows) =>
    rows.map((row) => {
      const mapped: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const value = row[i];
        const decoder = decoders[i];
        mapped[names[i]!] = value === null || !decoder ? value : decoder.mapFromDriverValue(value);
      }
      return mapped;
    });
}

/** Drizzle's decoders that return the driver's value unchanged: a column's default, and plain sql``'s. */
const IDENTITY_DECODERS = new Set<unknown>([Column.prototype.mapFromDriverValue, decoderOf(sql``).mapFromDriverValue]);
type Preparable<R> = { prepare(name: string): PreparedRead<R> };
type Scope = { db: Db; organizationId: string };

/** Beyond this many query shapes per database the least recently built is dropped (and rebuilt on demand). */
const MAX_SHAPES = 200;

/**
 * Tenant reads whose SQL Drizzle builds once per *shape* instead of on every request (the need
 * page spent a third of its CPU building its select). A shape is one SQL text: `build` writes it
 * with `sql.placeholder(…)` for every value and must filter on `sql.placeholder('organizationId')`,
 * which is filled from the caller's context and also sets row-level security for the statement.
 * The caller names the shape by a key that determines the SQL text (e.g. which filters are on).
 */
export function preparedTenantReads<S, R>(
  name: string,
  build: (reader: Tx, shape: S) => Preparable<R>,
): (scope: Scope, shape: { key: string; input: S }, values: Record<string, unknown>) => Promise<R> {
  const byDatabase = new WeakMap<Db, Map<string, PreparedRead<R>>>();
  function prepare(db: Db, shape: { key: string; input: S }): PreparedRead<R> {
    let organizationAt = -1;
    const statement = shape.key ? `${name}_${statementName(shape.key)}` : name;
    const prepared = build(tenantReader(db, (params) => params[organizationAt] as string), shape.input).prepare(statement);
    const internals = prepared as unknown as PreparedInternals;
    organizationAt = internals.params.findIndex((p) => is(p, Placeholder) && p.name === 'organizationId');
    if (organizationAt < 0) throw new Error(`${name}: a prepared tenant read must filter on sql.placeholder('organizationId')`);
    useFlatRowMapper(internals);
    return prepared;
  }
  return (scope, shape, values) => {
    let shapes = byDatabase.get(scope.db);
    if (!shapes) byDatabase.set(scope.db, (shapes = new Map()));
    let prepared = shapes.get(shape.key);
    if (prepared) {
      shapes.delete(shape.key); // re-inserted below: the Map's order is the use order
    } else {
      prepared = prepare(scope.db, shape);
      if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
    }
    shapes.set(shape.key, prepared);
    return prepared.execute({ ...values, organizationId: scope.organizationId });
  };
}

/** A prepared tenant read of one fixed shape (see `preparedTenantReads`). */
export function preparedTenantRead<R>(name: string, build: (reader: Tx) => Preparable<R>): (scope: Scope, values: Record<string, unknown>) => Promise<R> {
  const reads = preparedTenantReads<undefined, R>(name, (reader) => build(reader));
  const shape = { key: '', input: undefined };
  return (scope, values) => reads(scope, shape, values);
}
