import type { FastifyInstance } from 'fastify';
import type { TFieldIssue } from '@domain/problem';
import { AppError } from '@server/platform/errors';

/** A NUL, or a UTF-16 surrogate without its partner. */
// eslint-disable-next-line no-control-regex -- NUL is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `text` holds a character PostgreSQL cannot store (NUL, a lone surrogate); imports check cells with it. */
export function hasUnstorableCharacters(text: string): boolean {
  return UNSTORABLE.test(text);
}

function findUnstorable(value: unknown, path: string, issues: TFieldIssue[], depth = 0): void {
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) issues.push({ path, code: 'invalid_characters', message: 'The text holds a NUL character or a broken UTF-16 surrogate.' });
    return;
  }
  // Bodies are at most 256 kB of JSON; the depth bound only keeps a pathological nesting cheap.
  if (value === null || typeof value !== 'object' || depth > 64 || Buffer.isBuffer(value)) return;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (UNSTORABLE.test(key)) issues.push({ path: at, code: 'invalid_characters', message: 'The name holds a NUL character or a broken UTF-16 surrogate.' });
    findUnstorable(inner, at, issues, depth + 1);
  }
}

/**
 * Refuses, for every route at once, text that PostgreSQL cannot store: a NUL character fails in
 * `text` and `jsonb`, and a lone UTF-16 surrogate fails in `jsonb` (and would be silently replaced
 * in `text`). Neither is ever typed by a person, so the request is refused with 400 naming each
 * field (`body.title`, `querystring.q`, `params.id`) before any schema or use case sees it — a new field
 * or route cannot forget the check.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const issues: TFieldIssue[] = [];
    findUnstorable(request.params, 'params', issues);
    findUnstorable(request.query, 'querystring', issues);
    findUnstorable(request.body, 'body', issues);
    if (issues.length === 0) return done();
    done(new AppError('validation_failed', 'The request holds characters that cannot be stored.', issues));
  });
}
