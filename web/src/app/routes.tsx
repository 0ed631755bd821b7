import type { RouteObject } from 'react-router';
import { AppLayout } from '@web/app/layout/app-layout';
import { NotFoundPage } from '@web/app/not-found-page';
import { RequireAuth } from '@web/app/require-auth';
import { AppErrorPage, PageErrorPage } from '@web/app/route-error-page';
import { LoadingState } from '@web/ui/states';

/**
 * The route table — the one place pages are added. Each page is loaded lazily, so a feature's code
 * (and heavy libraries such as charts) reach the browser only when someone opens it:
 *
 *   { path: 'behov', lazy: { Component: async () => (await import('@web/features/needs/needs-list-page')).NeedsListPage } },
 *
 * Put it under the guard it needs: public, logged in, or logged in with a permission
 * (`{ element: <RequirePermission anyOf={['need:read']} />, children: [ … ] }`). Use the address
 * from `paths.ts`, and add a menu entry in `nav-items.ts` when the page belongs in the menu.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <AppErrorPage />,
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        errorElement: <PageErrorPage />,
        children: [
          // Public pages.
          { path: 'logga-in', lazy: { Component: async () => (await import('@web/features/auth/login-page')).LoginPage } },
          { path: 'tillganglighet', lazy: { Component: async () => (await import('@web/features/about/accessibility-statement-page')).AccessibilityStatementPage } },

          // Logged in, also while a one-time password must still be changed.
          {
            element: <RequireAuth allowPasswordChange />,
            children: [{ path: 'byt-losenord', lazy: { Component: async () => (await import('@web/features/auth/change-password-page')).ChangePasswordPage } }],
          },

          // Logged in with an own password.
          {
            element: <RequireAuth />,
            children: [
              { index: true, lazy: { Component: async () => (await import('@web/features/home/home-page')).HomePage } },
              { path: 'notiser', lazy: { Component: async () => (await import('@web/features/notifications/notifications-page')).NotificationsPage } },
              // Feature pages go here, each under its RequirePermission guard.
            ],
          },

          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
