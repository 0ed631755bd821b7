import { useCallback } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { TSessionResponse } from '@domain/auth.contracts';
import type { Permission } from '@domain/roles';
import { fetchSession } from '@web/api/session';

/** The query key of the session; every other query is refetched when it changes organisation. */
export const SESSION_QUERY_KEY = ['session'] as const;

let sessionExpired = false;

/**
 * Remembers that the session ran out (a call answered 401), so the login page can say so however
 * the user got there; cleared when a new session is stored.
 */
export function markSessionExpired(): void {
  sessionExpired = true;
}

/** Whether the last session ran out rather than being ended by the user. */
export function isSessionExpired(): boolean {
  return sessionExpired;
}

/** The session query: `data` is the session, or null when logged out. */
export function useSessionQuery() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: 60_000,
  });
}

/** The session when known (undefined while loading, null when logged out). */
export function useSession(): TSessionResponse | null | undefined {
  return useSessionQuery().data;
}

/**
 * The session on pages behind `RequireAuth`, which renders them only once a session exists; a
 * missing session here is a programming error, not a user state.
 */
export function useRequiredSession(): TSessionResponse {
  const session = useSession();
  if (!session) throw new Error('useRequiredSession used outside RequireAuth');
  return session;
}

/**
 * `can('need:submit')`: whether the current role may do something, to hide or disable controls.
 * The server decides for real; this only spares users buttons that would answer 403.
 */
export function useCan(): (permission: Permission) => boolean {
  const permissions = useSession()?.permissions;
  return useCallback((permission: Permission) => permissions?.includes(permission) ?? false, [permissions]);
}

/** Puts a session the server just returned (login, password, switch) into the cache. */
export function useStoreSession(): (session: TSessionResponse | null) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (session) => {
      if (session) sessionExpired = false;
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
    [queryClient],
  );
}
