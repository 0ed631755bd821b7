import type { RouteObject } from 'react-router';

/**
 * The plan pages (each lazy), mounted in `routes.tsx` under `plan:read`; the forms check
 * `plan:edit` and `plan:fix` themselves and the server refuses everyone else. The print view is
 * mounted outside the app frame (see `routes.tsx`).
 */
export const planRoutes: RouteObject[] = [
  { path: 'planer', lazy: { Component: async () => (await import('@web/features/plans/plans-page')).PlansPage } },
  { path: 'planer/:id', lazy: { Component: async () => (await import('@web/features/plans/plan-page')).PlanPage } },
];

/** The print view: no header, menu or footer, on screen or on paper. */
export const planPrintRoute: RouteObject = { path: 'planer/:id/utskrift', lazy: { Component: async () => (await import('@web/features/plans/plan-print-page')).PlanPrintPage } };
