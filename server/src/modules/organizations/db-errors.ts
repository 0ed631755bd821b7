/** PostgreSQL error codes the organisation and member use cases turn into API answers. */
export const PG_FOREIGN_KEY_VIOLATION = '23503';
export const PG_UNIQUE_VIOLATION = '23505';

/**
 * True when `error` (or the error it wraps — Drizzle wraps driver errors in `cause`) is a
 * PostgreSQL error with `code`. Lets a use case rely on a constraint, which holds under concurrent
 * requests, instead of a check-then-write that does not.
 */
export function isPgError(error: unknown, code: string): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    if ('code' in current && current.code === code) return true;
    current = 'cause' in current ? current.cause : undefined;
  }
  return false;
}
