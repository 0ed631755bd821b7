import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import pg from 'pg';
import type { CapturedSql } from './capture-sql';

/**
 * The baseline: a bare node:http server that runs the SQL the app sends for the same requests,
 * straight on a pg pool – no Fastify, no session, no tenancy transaction, no schema serialisation
 * (rows are written with JSON.stringify). The app's throughput is compared with this.
 */
const captured = JSON.parse(readFileSync(process.env.BASELINE_SQL_FILE!, 'utf8')) as CapturedSql;
const pool = new pg.Pool({ connectionString: process.env.BASELINE_PG_URL, max: 10 });

async function run(statements: CapturedSql['list'], id?: string) {
  let rows: unknown[] = [];
  for (const [n, statement] of statements.entries()) {
    const params = statement.params.map((p, i) => (id && captured.detailIdParams[n]?.includes(i) ? id : p));
    // Named like the app's driver names them, so both use prepared statements and cached plans.
    const name = `d${createHash('sha1').update(statement.sql).digest('base64url').slice(0, 20)}`;
    const result = await pool.query({ name, text: statement.sql, values: params });
    rows = result.rows;
  }
  return rows;
}

const server = http.createServer((request, response) => {
  const url = request.url ?? '/';
  const id = url.startsWith('/detail/') ? url.slice('/detail/'.length) : undefined;
  const work = id ? run(captured.detail, id) : run(captured.list);
  work.then(
    (rows) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(rows));
    },
    (error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    },
  );
});
server.listen(Number(process.env.BASELINE_PORT), '127.0.0.1', () => process.stdout.write('baseline ready\n'));
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
