import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '@domain/roles';
import { paths } from '@web/app/paths';
import { useCan, useSessionQuery } from '@web/app/session';
import { ForbiddenPage } from '@web/app/forbidden-page';
import { ErrorState, LoadingState } from '@web/ui/states';

/** Where the login page sends the user afterwards: the page they tried to open. */
export type TLoginState = { from?: string; expired?: boolean; loggedOut?: boolean };

/**
 * Guards the pages that need a logged-in user: without a session → /logga-in (remembering where
 * the user was going); with a one-time password still in use → /byt-losenord first.
 * `allowPasswordChange` is for the change-password page itself.
 */
export function RequireAuth({ allowPasswordChange = false }: { allowPasswordChange?: boolean }) {
  const session = useSessionQuery();
  const location = useLocation();
  const from = `${location.pathname}${location.search}`;
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to={paths.login} replace state={{ from } satisfies TLoginState} />;
  if (session.data.mustChangePassword && !allowPasswordChange) {
    return <Navigate to={paths.changePassword} replace state={{ from } satisfies TLoginState} />;
  }
  return <Outlet />;
}

/**
 * Shows its child routes only to roles with any of `anyOf`; others get a "no access" page. The
 * server checks every request anyway — this only spares users a page full of 403s.
 */
export function RequirePermission({ anyOf }: { anyOf: readonly Permission[] }) {
  const can = useCan();
  return anyOf.some(can) ? <Outlet /> : <ForbiddenPage />;
}
