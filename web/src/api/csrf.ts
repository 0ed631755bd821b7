/**
 * The session's CSRF token, kept in memory only (never in storage, so another tab or an injected
 * script cannot read it from there). It comes with every session response.
 */
let token: string | undefined;

/** Remembers the token from a session response (login, GET session, switch organisation …). */
export function rememberCsrfToken(value: string | undefined): void {
  token = value;
}

/** The token to send as `X-CSRF-Token` on state-changing requests. */
export function currentCsrfToken(): string | undefined {
  return token;
}
