import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { ZNeedListQuery } from '@domain/needs.contracts';
import * as schema from '@server/platform/db/schema';
import type { Db } from '@server/platform/db/database';
import { buildCtx } from '@server/platform/tenancy/context';
import { findNeeds } from '@server/modules/needs/find-needs';
import { getNeed } from '@server/modules/needs/get-need';

/** One SQL statement as the app sent it. */
export type Statement = { sql: string; params: unknown[] };
/** `detailIdParams[i]` lists the parameter positions of detail statement i that hold the need id. */
export type CapturedSql = { list: Statement[]; detail: Statement[]; detailIdParams: number[][] };

/** Tenancy plumbing (the tenant transaction and its setting) the baseline leaves out on purpose. */
const isTenancy = (s: Statement) => s.sql.includes("set_config('app.") || /^(begin|commit|rollback)\b/i.test(s.sql.trim());

/**
 * Runs the app's own use cases once with a logging Drizzle instance and records the data SQL they
 * send, so the baseline endpoint replays exactly the same statements without auth, tenancy or
 * serialisation. For the detail statements, records which parameters carry the need id.
 */
export async function captureAppSql(adminUrl: string, scope: { organizationId: string; userId: string }, listQuery: Record<string, string>, needId: string): Promise<CapturedSql> {
  const pool = new pg.Pool({ connectionString: adminUrl, max: 2 });
  // The cluster stops right after the capture; a connection it closes must not crash the run.
  pool.on('error', () => {});
  let log: Statement[] = [];
  const db = drizzle(pool, { schema, logger: { logQuery: (sql, params) => log.push({ sql, params }) } }) as unknown as Db;
  const ctx = buildCtx({ actor: { id: scope.userId, name: 'bench', email: '' }, organizationId: scope.organizationId, roles: ['coordinator'], requestId: 'bench', ip: '127.0.0.1', db });
  try {
    await findNeeds(ctx, ZNeedListQuery.parse(listQuery));
    const list = log.filter((s) => !isTenancy(s));
    log = [];
    await getNeed(ctx, needId);
    const detail = log.filter((s) => !isTenancy(s));
    const detailIdParams = detail.map((s) => s.params.flatMap((p, i) => (p === needId ? [i] : [])));
    return { list, detail, detailIdParams };
  } finally {
    await pool.end();
  }
}
