import type { TChangePasswordRequest, TLoginRequest, TSessionResponse } from '@domain/auth.contracts';
import type { TLoginMethodRequest, TLoginMethodResponse } from '@domain/sso.contracts';
import { api } from '@web/api/client';
import { isApiError } from '@web/api/api-error';
import { rememberCsrfToken } from '@web/api/csrf';

/** Keeps the CSRF token of every session response the server sends. */
function remember(session: TSessionResponse): TSessionResponse {
  rememberCsrfToken(session.csrfToken);
  return session;
}

/** The current session, or null when nobody is logged in (401 is an answer here, not an error). */
export async function fetchSession(signal?: AbortSignal): Promise<TSessionResponse | null> {
  try {
    const { data } = await api.get<TSessionResponse>('/auth/session', { signal, redirectOnUnauthenticated: false });
    return remember(data);
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) {
      rememberCsrfToken(undefined);
      return null;
    }
    throw error;
  }
}

/** Logs in; wrong credentials reject with `invalid_credentials`, too many tries with `too_many_requests`. */
export async function logIn(input: TLoginRequest): Promise<TSessionResponse> {
  const { data } = await api.post<TSessionResponse>('/auth/login', input, { redirectOnUnauthenticated: false });
  return remember(data);
}

/** Ends the session on the server and forgets the CSRF token. */
export async function logOut(): Promise<void> {
  await api.post<null>('/auth/logout', undefined, { redirectOnUnauthenticated: false });
  rememberCsrfToken(undefined);
}

/** Changes the password; the server ends all other sessions and returns a fresh one. */
export async function changePassword(input: TChangePasswordRequest): Promise<TSessionResponse> {
  const { data } = await api.post<TSessionResponse>('/auth/password', input);
  return remember(data);
}

/** Makes another of the user's organisations the current one. */
export async function switchOrganization(organizationId: string): Promise<TSessionResponse> {
  const { data } = await api.put<TSessionResponse>('/auth/session/organization', { organizationId });
  return remember(data);
}

/** The login page's first step: whether this address logs in with a password or is sent to its organisation's single sign-on. */
export async function loginMethod(input: TLoginMethodRequest): Promise<TLoginMethodResponse> {
  const { data } = await api.post<TLoginMethodResponse>('/auth/login-method', input, { redirectOnUnauthenticated: false });
  return data;
}
