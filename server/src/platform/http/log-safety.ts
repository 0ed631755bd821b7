import type { FastifyRequest } from 'fastify';

/** Quoted values in database and driver messages ("…" and '…'): they are what the user typed. */
const QUOTED = /"[^"]*"|'[^']*'|\([^()]*\)=\([^()]*\)/g;
const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+/g;

/** A message with every quoted value and e-mail address replaced by `…`. */
export function redactMessage(message: string): string {
  return message.replace(QUOTED, '…').replace(EMAIL, '…');
}

type LoggedError = { type: string; message: string; code?: string; stack?: string; constraint?: string; table?: string; column?: string; cause?: LoggedError };

/**
 * What an error log line may say about an error: its type, codes and where it happened, never the
 * values. Drizzle's query error carries the query's parameters in its message and stack, and
 * PostgreSQL's messages and `detail` quote the offending value ("Key (email)=(…) already exists"),
 * so submitted free text and e-mail addresses would end up in the log; here they do not.
 */
export function errorForLog(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'non-error thrown' };
  const fields = error as Error & { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; params?: unknown };
  // Drizzle puts the SQL and its parameters in the message; the SQL alone is safe and useful.
  const message = 'params' in fields && 'query' in fields ? `Failed query: ${String((fields as { query: unknown }).query)}` : redactMessage(error.message);
  const stackFrames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  return {
    type: error.constructor.name,
    message,
    ...(typeof fields.code === 'string' ? { code: fields.code } : {}),
    ...(typeof fields.constraint === 'string' ? { constraint: fields.constraint } : {}),
    ...(typeof fields.table === 'string' ? { table: fields.table } : {}),
    ...(typeof fields.column === 'string' ? { column: fields.column } : {}),
    ...(stackFrames ? { stack: `${error.constructor.name}: ${message}\n${stackFrames}` } : {}),
    ...(error.cause !== undefined && depth < 3 ? { cause: errorForLog(error.cause, depth + 1) } : {}),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The path as the log may show it: the route's own segments and ids (UUIDs, numbers) as they
 * came; anything else a user could have typed in a parameter becomes `…`.
 */
function pathForLog(request: FastifyRequest): string {
  const path = request.url.split('?')[0]!;
  const pattern = request.routeOptions.url?.split('/');
  return path
    .split('/')
    .map((segment, i) => {
      const fixed = pattern ? pattern[i] !== undefined && !pattern[i]!.startsWith(':') && pattern[i] !== '*' : /^[a-z][a-z0-9-]{0,40}$/.test(segment);
      return segment === '' || fixed || UUID.test(segment) || /^\d{1,12}$/.test(segment) ? segment : '…';
    })
    .join('/');
}

/**
 * How a request appears in the log: method and path, without the query string (search words,
 * filters) and without free text in path parameters — what a user typed stays out of the log.
 */
export function requestForLog(request: FastifyRequest): { method: string; url: string; remoteAddress: string } {
  return { method: request.method, url: pathForLog(request), remoteAddress: request.ip };
}
