import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Db, Tx } from '@server/platform/db/database';

type SessionArgs = ConstructorParameters<typeof NodePgSession>;
/** What Drizzle keeps on a node-postgres database object (pinned version; checked by the tenancy tests). */
type DrizzleInternals = { session: { client: pg.Pool; dialect: SessionArgs[1]; schema: SessionArgs[2]; options: SessionArgs[3] } };

/** The connection pool behind a Drizzle database. */
export function poolOf(db: Db): pg.Pool {
  return (db as unknown as DrizzleInternals).session.client;
}

/** Anything that answers `query(config, values)` as a pg connection does. */
type Queryable = { query(config: pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> };

/**
 * A Drizzle handle with the database's schema and options that sends its statements through
 * `client` – a checked-out connection (tenant transactions) or a stand-in with a `query` method
 * (tenant reads). Nested `tx.transaction()` uses savepoints on a real connection.
 */
export function drizzleOver(db: Db, client: pg.PoolClient | Queryable): Tx {
  const root = (db as unknown as DrizzleInternals).session;
  const session = new NodePgSession(client as unknown as pg.Pool, root.dialect, root.schema, root.options);
  return new NodePgTransaction(root.dialect, session, root.schema) as unknown as Tx;
}
