import { useEffect } from 'react';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from 'react-router/dom';
import { I18nextProvider } from 'react-i18next';
import type { i18n as TI18n } from 'i18next';
import { onUnauthenticated } from '@web/api/client';
import { paths } from '@web/app/paths';
import type { TLoginState } from '@web/app/require-auth';
import { router } from '@web/app/router';
import { markSessionExpired, SESSION_QUERY_KEY } from '@web/app/session';
import { LiveRegionProvider } from '@web/ui/live-region';

/**
 * When any call finds the session gone, forget what was cached and show the login page, which
 * then says the session expired and returns the user to where they were.
 */
function useLoginOnExpiredSession(queryClient: QueryClient) {
  useEffect(
    () =>
      onUnauthenticated(() => {
        const { pathname, search } = router.state.location;
        if (pathname === paths.login) return;
        markSessionExpired();
        queryClient.setQueryData(SESSION_QUERY_KEY, null);
        queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
        void router.navigate(paths.login, { replace: true, state: { from: `${pathname}${search}`, expired: true } satisfies TLoginState });
      }),
    [queryClient],
  );
}

/** The app: server-state cache, translations, the live region for "Sparat", and the router. */
export function App({ queryClient, i18n }: { queryClient: QueryClient; i18n: TI18n }) {
  useLoginOnExpiredSession(queryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <LiveRegionProvider>
          <RouterProvider router={router} />
        </LiveRegionProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
