import { ApiError, apiErrorFromResponse, type TApiPersonalDataWarning } from '@web/api/api-error';
import { currentCsrfToken, rememberCsrfToken } from '@web/api/csrf';

/** Every API path is relative to this prefix: `api.get('/needs')` calls `/api/v1/needs`. */
export const API_PREFIX = '/api/v1';

export type THttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type TQuery = Record<string, string | number | boolean | null | undefined>;

export type TRequestOptions = {
  /** Query-string values; `undefined`/`null` are left out. */
  query?: TQuery;
  /** Sent as JSON. */
  body?: unknown;
  /** The ETag last read, for updates of versioned resources (the server answers 428/412). */
  ifMatch?: string | null;
  signal?: AbortSignal;
  /** Leave false for calls where 401 is an answer, not an expired session (e.g. reading the session). */
  redirectOnUnauthenticated?: boolean;
  /** Sends `Digiplan-Confirm-Personal-Data: yes`: the user confirmed the text holds no personal data. */
  confirmPersonalData?: boolean;
};

/** A successful call: the parsed JSON body and the ETag to send back as If-Match. */
export type TApiResponse<T> = { data: T; etag: string | null };

const SAFE_METHODS = new Set<THttpMethod>(['GET']);
let unauthenticatedListener: (() => void) | undefined;
let personalDataWarningListener: ((warnings: TApiPersonalDataWarning[]) => Promise<boolean>) | undefined;

/**
 * Registers what happens when any call finds the session gone (401): the app sends the user to
 * the login page. Wrong credentials at login are also 401 but are not an expired session.
 */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListener = listener;
  return () => {
    if (unauthenticatedListener === listener) unauthenticatedListener = undefined;
  };
}

/**
 * Registers the one question asked when the server flags text that may hold personal data (422
 * `personal_data_warning`): the app's confirm dialog. Answering yes resends the same request with
 * the confirmation header, so every form that saves text gets the question without code of its own;
 * answering no fails the call with the warning as its error.
 */
export function onPersonalDataWarning(listener: (warnings: TApiPersonalDataWarning[]) => Promise<boolean>): () => void {
  personalDataWarningListener = listener;
  return () => {
    if (personalDataWarningListener === listener) personalDataWarningListener = undefined;
  };
}

/** Builds `/api/v1<path>?query`, leaving out empty values. */
export function apiUrl(path: string, query?: TQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_PREFIX}${path}${search ? `?${search}` : ''}`;
}

async function send(method: THttpMethod, path: string, options: TRequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = currentCsrfToken();
  if (!SAFE_METHODS.has(method) && csrf) headers['x-csrf-token'] = csrf;
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  if (options.confirmPersonalData) headers['digiplan-confirm-personal-data'] = 'yes';
  try {
    return await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ status: 0, code: 'network' });
  }
}

/** Fetches a fresh CSRF token after the server refused ours (e.g. the session was renewed elsewhere). */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/auth/session', {});
  if (!response.ok) return false;
  const session = (await response.json()) as { csrfToken?: string };
  rememberCsrfToken(session.csrfToken);
  return Boolean(session.csrfToken);
}

/**
 * Calls the API same-origin with the session cookie, JSON in and out, `X-CSRF-Token` on
 * state-changing requests and `If-Match` when given. Failures throw `ApiError` parsed from the
 * problem document; a 401 also tells the app to show the login page.
 */
export async function apiRequest<T>(method: THttpMethod, path: string, options: TRequestOptions = {}): Promise<TApiResponse<T>> {
  let response = await send(method, path, options);
  if (response.status === 403 && !SAFE_METHODS.has(method)) {
    const error = await apiErrorFromResponse(response.clone());
    if (error.code === 'csrf_failed' && (await refreshCsrfToken())) response = await send(method, path, options);
  }
  if (!response.ok) {
    const error = await apiErrorFromResponse(response);
    if (error.status === 401 && error.code !== 'invalid_credentials' && options.redirectOnUnauthenticated !== false) {
      unauthenticatedListener?.();
    }
    if (error.code === 'personal_data_warning' && !options.confirmPersonalData && personalDataWarningListener && (await personalDataWarningListener(error.warnings))) {
      return apiRequest<T>(method, path, { ...options, confirmPersonalData: true });
    }
    throw error;
  }
  const etag = response.headers.get('etag');
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  const data = response.status === 204 || !isJson ? null : await response.json();
  return { data: data as T, etag };
}

/** Shorthands for `apiRequest`. */
export const api = {
  get: <T>(path: string, options?: Omit<TRequestOptions, 'body'>) => apiRequest<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: TRequestOptions) => apiRequest<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: TRequestOptions) => apiRequest<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: TRequestOptions) => apiRequest<T>('PATCH', path, { ...options, body }),
  delete: <T = null>(path: string, options?: TRequestOptions) => apiRequest<T>('DELETE', path, options),
};
