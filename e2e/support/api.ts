import { inject } from 'vitest';

/** A minimal API client for setting up journeys (the journeys themselves use the browser). */
export type Api = { request: <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<{ status: number; data: T; etag: string | null }> };

/** Logs in over HTTP and returns a client with the session cookie and CSRF header. */
export async function apiLogIn(email: string, password: string): Promise<Api> {
  const baseUrl = inject('baseUrl');
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!login.ok) throw new Error(`login ${email}: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    request: async (method, path, body, headers = {}) => {
      const response = await fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, data: (text ? JSON.parse(text) : null) as never, etag: response.headers.get('etag') };
    },
  };
}

/** The administrator of the demo organisation (password set by the global setup). */
export const adminApi = () => apiLogIn(inject('adminEmail'), inject('adminPassword'));

/**
 * Creates a member through the admin API and returns her one-time password. The address is in the
 * demo organisation's own e-mail domain: only there does it create accounts (ADR 0004).
 */
export async function createMember(admin: Api, name: string, roles: string[]): Promise<{ email: string; oneTimePassword: string }> {
  const email = `${name.toLowerCase().replace(/[^a-z]/g, '')}.${Date.now().toString(36)}@exempelkommun.se`;
  const created = await admin.request<{ oneTimePassword: string }>('POST', '/members', { email, name, roles });
  if (created.status !== 201) throw new Error(`create member: ${created.status} ${JSON.stringify(created.data)}`);
  return { email, oneTimePassword: created.data.oneTimePassword };
}

/** Logs a member in with her one-time password and sets a permanent one, over HTTP. */
export async function activateMember(email: string, oneTimePassword: string, password: string): Promise<Api> {
  const first = await apiLogIn(email, oneTimePassword);
  const changed = await first.request('POST', '/auth/password', { currentPassword: oneTimePassword, newPassword: password });
  if (changed.status !== 200) throw new Error(`change password: ${changed.status}`);
  return apiLogIn(email, password);
}
