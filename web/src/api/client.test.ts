import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@web/api/api-error';
import { api, onPersonalDataWarning, onUnauthenticated } from '@web/api/client';
import { rememberCsrfToken } from '@web/api/csrf';

type TCall = { url: string; init: RequestInit };

function stubFetch(...responses: Response[]): TCall[] {
  const calls: TCall[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (!next) throw new Error('no more responses');
    return next;
  });
  return calls;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, code: string, extra: Record<string, unknown> = {}) =>
  new Response(JSON.stringify({ type: 'x', title: 'x', status, code, requestId: 'req-1', ...extra }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
const header = (call: TCall | undefined, name: string) => new Headers(call?.init.headers).get(name);

afterEach(() => {
  vi.unstubAllGlobals();
  rememberCsrfToken(undefined);
});

describe('the API client', () => {
  it('returns the data and the ETag, same-origin with the session cookie', async () => {
    const calls = stubFetch(json({ id: 1 }, 200, { etag: '"3"' }));
    const result = await api.get<{ id: number }>('/needs/1', { query: { mine: true, cursor: undefined } });
    expect(result).toEqual({ data: { id: 1 }, etag: '"3"' });
    expect(calls[0]?.url).toBe('/api/v1/needs/1?mine=true');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(header(calls[0], 'x-csrf-token')).toBeNull();
  });

  it('sends the CSRF token and If-Match on changes', async () => {
    rememberCsrfToken('token-1');
    const calls = stubFetch(new Response(null, { status: 204 }));
    const result = await api.patch('/needs/1', { title: 'Ny' }, { ifMatch: '"3"' });
    expect(result.data).toBeNull();
    expect(header(calls[0], 'x-csrf-token')).toBe('token-1');
    expect(header(calls[0], 'if-match')).toBe('"3"');
    expect(header(calls[0], 'content-type')).toBe('application/json');
    expect(calls[0]?.init.body).toBe('{"title":"Ny"}');
  });

  it('parses a problem document into an ApiError with every field issue', async () => {
    stubFetch(problem(400, 'validation_failed', { detail: 'Invalid body.', errors: [{ path: 'body.title', code: 'too_small' }] }));
    const error = await api.post('/needs', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', requestId: 'req-1', errors: [{ path: 'body.title', code: 'too_small' }] });
  });

  it('tells the app when the session is gone, but not for wrong credentials', async () => {
    const listener = vi.fn();
    const stop = onUnauthenticated(listener);
    stubFetch(problem(401, 'invalid_credentials'), problem(401, 'unauthenticated'));
    await api.post('/auth/login', { email: 'a', password: 'b' }).catch(() => undefined);
    expect(listener).not.toHaveBeenCalled();
    await api.get('/needs').catch(() => undefined);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('fetches a fresh CSRF token once when the server refuses the old one', async () => {
    rememberCsrfToken('old');
    const calls = stubFetch(problem(403, 'csrf_failed'), json({ csrfToken: 'new' }), json({ ok: true }));
    const result = await api.post('/needs', { title: 'x' });
    expect(result.data).toEqual({ ok: true });
    expect(header(calls[2], 'x-csrf-token')).toBe('new');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(api.get('/needs')).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('asks the user about a personal-data warning and, when she confirms, sends the same request again with the confirmation header', async () => {
    const warning = { path: 'body.problem', reason: 'name_with_room', text: 'Anna Svensson' };
    const calls = stubFetch(problem(422, 'personal_data_warning', { warnings: [warning] }), json({ id: 7 }, 201, { etag: '"1"' }));
    const asked: unknown[] = [];
    const stop = onPersonalDataWarning(async (warnings) => {
      asked.push(warnings);
      return true;
    });
    try {
      const result = await api.post<{ id: number }>('/needs', { problem: 'Anna Svensson rum 12' }, { ifMatch: '"1"' });
      expect(result.data).toEqual({ id: 7 });
    } finally {
      stop();
    }
    expect(asked).toEqual([[warning]]);
    expect(calls.map((c) => [c.init.method, header(c, 'digiplan-confirm-personal-data'), header(c, 'if-match'), c.init.body])).toEqual([
      ['POST', null, '"1"', '{"problem":"Anna Svensson rum 12"}'],
      ['POST', 'yes', '"1"', '{"problem":"Anna Svensson rum 12"}'],
    ]);
  });

  it('fails the call with the warning when the user does not confirm, and sends nothing more', async () => {
    const calls = stubFetch(problem(422, 'personal_data_warning', { warnings: [{ path: 'body.body', reason: 'personal_number_check_digit', text: '19121212-1213' }] })); // fake test-personnummer with a broken check digit
    const stop = onPersonalDataWarning(async () => false);
    try {
      const failure = await api.post('/needs/1/comments', { body: 'x' }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ApiError);
      expect(failure).toMatchObject({ status: 422, code: 'personal_data_warning', warnings: [{ path: 'body.body', reason: 'personal_number_check_digit' }] });
    } finally {
      stop();
    }
    expect(calls).toHaveLength(1);
  });
});
