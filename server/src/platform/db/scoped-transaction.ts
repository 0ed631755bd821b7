import type { Db, Tx } from '@server/platform/db/database';
import { drizzleOver, poolOf } from '@server/platform/db/drizzle-over';

/** The transaction-local settings row-level security reads (see migration 0001). */
export type TransactionSettings = { 'app.organization_id': string } | { 'app.platform': 'on' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The settings as SQL literals. Values are checked, not escaped: a uuid or the word "on", nothing else. */
function settingsSql(settings: TransactionSettings): string {
  const [[name, value]] = Object.entries(settings) as [[string, string]];
  if (!(name === 'app.platform' ? value === 'on' : UUID.test(value))) throw new Error(`refusing transaction setting ${name}=${value}`);
  return `select set_config('${name}', '${value}', true)`;
}

/**
 * Runs `fn` in a transaction whose settings are made in the same message as BEGIN: one round trip
 * instead of two on every request (ADR 0001, docs/PERFORMANCE.md). It mirrors Drizzle's own
 * `transaction()` (node-postgres session) but sends `BEGIN; select set_config(…)` as one simple-
 * protocol query. Nested `tx.transaction()` still works (savepoints).
 */
export async function transactionWith<T>(db: Db, settings: TransactionSettings, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const setup = `begin; ${settingsSql(settings)}`;
  const client = await poolOf(db).connect();
  const tx = drizzleOver(db, client);
  try {
    await client.query(setup);
    const result = await fn(tx);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
