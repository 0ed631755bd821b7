import type { RouteObject } from 'react-router';

/**
 * The registers' pages (each lazy), mounted once in `routes.tsx` under `register:read`; the forms
 * check `register:manage` themselves and the server refuses everyone else.
 */
export const registerRoutes: RouteObject[] = [
  { path: 'systemlista', lazy: { Component: async () => (await import('@web/features/registers/systems-page')).SystemsPage } },
  { path: 'systemlista/nytt', lazy: { Component: async () => (await import('@web/features/registers/system-page')).NewSystemPage } },
  { path: 'systemlista/integrationer', lazy: { Component: async () => (await import('@web/features/registers/integrations-page')).IntegrationsPage } },
  { path: 'systemlista/:id', lazy: { Component: async () => (await import('@web/features/registers/system-page')).SystemPage } },
  { path: 'valfardsteknik', lazy: { Component: async () => (await import('@web/features/registers/welfare-tech-page')).WelfareTechPage } },
  { path: 'valfardsteknik/ny', lazy: { Component: async () => (await import('@web/features/registers/welfare-tech-item-page')).NewWelfareTechPage } },
  { path: 'valfardsteknik/:id', lazy: { Component: async () => (await import('@web/features/registers/welfare-tech-item-page')).WelfareTechItemPage } },
  { path: 'leverantorsvisningar', lazy: { Component: async () => (await import('@web/features/registers/supplier-demos-page')).SupplierDemosPage } },
  { path: 'leverantorsvisningar/ny', lazy: { Component: async () => (await import('@web/features/registers/supplier-demo-page')).NewSupplierDemoPage } },
  { path: 'leverantorsvisningar/:id', lazy: { Component: async () => (await import('@web/features/registers/supplier-demo-page')).SupplierDemoPage } },
];
