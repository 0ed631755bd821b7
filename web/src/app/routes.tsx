import type { RouteObject } from 'react-router';
import { AppLayout } from '@web/app/layout/app-layout';
import { NotFoundPage } from '@web/app/not-found-page';
import { RequireAuth, RequirePermission } from '@web/app/require-auth';
import { AppErrorPage, PageErrorPage } from '@web/app/route-error-page';
import { LoadingState } from '@web/ui/states';
import { registerRoutes } from '@web/features/registers/register-routes';
import { planPrintRoute, planRoutes } from '@web/features/plans/plan-routes';
import { meetingRoutes } from '@web/features/meetings/meeting-routes';

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
          { path: 'installera', lazy: { Component: async () => (await import('@web/features/installation/setup-page')).SetupPage } },
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
              // The installation administrator's page; the server answers 404 to everyone else.
              { path: 'installation', lazy: { Component: async () => (await import('@web/features/installation/installation-page')).InstallationPage } },
              { path: 'sok', lazy: { Component: async () => (await import('@web/features/search/search-page')).SearchPage } },
              { path: 'mina-inloggningar', lazy: { Component: async () => (await import('@web/features/account/my-sessions-page')).MySessionsPage } },
              // Every e-mail's footer links here.
              { path: 'mina-installningar/e-post', lazy: { Component: async () => (await import('@web/features/account/email-preferences-page')).EmailPreferencesPage } },
              // Feature pages go here, each under its RequirePermission guard.
              {
                element: <RequirePermission anyOf={['assessment:read']} />,
                children: [{ path: 'prioriteringsmatris', lazy: { Component: async () => (await import('@web/features/matrix/matrix-page')).MatrixPage } }],
              },
              {
                element: <RequirePermission anyOf={['decision:read']} />,
                children: [{ path: 'beslutslogg', lazy: { Component: async () => (await import('@web/features/decisions/decision-log-page')).DecisionLogPage } }],
              },
              {
                element: <RequirePermission anyOf={['initiative:read']} />,
                children: [
                  { path: 'initiativ', lazy: { Component: async () => (await import('@web/features/process/portfolio-page')).PortfolioPage } },
                  { path: 'initiativ/registrera', lazy: { Component: async () => (await import('@web/features/initiatives/register-initiative-page')).RegisterInitiativePage } },
                  { path: 'initiativ/:id', lazy: { Component: async () => (await import('@web/features/initiatives/initiative-page')).InitiativePage } },
                  { path: 'initiativ/:id/nytta', lazy: { Component: async () => (await import('@web/features/benefits/benefit-plan-page')).BenefitPlanPage } },
                  { path: 'initiativ/:id/nytta/:benefitId', lazy: { Component: async () => (await import('@web/features/benefits/benefit-page')).BenefitPage } },
                  { path: 'initiativ/:id/nyttokalkyl', lazy: { Component: async () => (await import('@web/features/benefits/calculation-page')).CalculationPage } },
                  { path: 'initiativ/:id/uppfoljning', lazy: { Component: async () => (await import('@web/features/benefits/follow-up-page')).FollowUpPage } },
                  { path: 'nyttorealisering', lazy: { Component: async () => (await import('@web/features/benefits/portfolio-page')).PortfolioPage } },
                  { path: 'nyttorealisering/att-mata', lazy: { Component: async () => (await import('@web/features/benefits/due-page')).DuePage } },
                  { path: 'lardomar', lazy: { Component: async () => (await import('@web/features/benefits/lessons-page')).LessonsPage } },
                  { path: 'piloter', lazy: { Component: async () => (await import('@web/features/pilots/pilots-page')).PilotsPage } },
                  { path: 'initiativ/:id/risker', lazy: { Component: async () => (await import('@web/features/risks/risks-page')).RisksPage } },
                  { path: 'initiativ/:id/klassning', lazy: { Component: async () => (await import('@web/features/classification/classification-page')).ClassificationPage } },
                  { path: 'initiativ/:id/dokument', lazy: { Component: async () => (await import('@web/features/documents/documents-page')).DocumentsPage } },
                  { path: 'initiativ/:id/dokument/:documentId', lazy: { Component: async () => (await import('@web/features/documents/document-page')).DocumentPage } },
                ],
              },
              {
                element: <RequirePermission anyOf={['organization:manage', 'user:manage']} />,
                children: [{ path: 'administration', lazy: { Component: async () => (await import('@web/features/admin/administration-page')).AdministrationPage } }],
              },
              {
                element: <RequirePermission anyOf={['organization:manage']} />,
                children: [
                  { path: 'administration/organisation', lazy: { Component: async () => (await import('@web/features/admin/organization-page')).OrganizationPage } },
                  { path: 'administration/enheter', lazy: { Component: async () => (await import('@web/features/admin/units-page')).UnitsPage } },
                  { path: 'administration/fokusomraden', lazy: { Component: async () => (await import('@web/features/admin/focus-areas-page')).FocusAreasPage } },
                  { path: 'administration/mal', lazy: { Component: async () => (await import('@web/features/admin/strategic-goals-page')).StrategicGoalsPage } },
                  { path: 'administration/checklistor', lazy: { Component: async () => (await import('@web/features/process/checklist-templates-page')).ChecklistTemplatesPage } },
                  { path: 'administration/nyttokalkyl', lazy: { Component: async () => (await import('@web/features/benefits/benefit-rates-page')).BenefitRatesPage } },
                  { path: 'administration/klassningsnivaer', lazy: { Component: async () => (await import('@web/features/classification/level-labels-page')).LevelLabelsPage } },
                  { path: 'administration/inloggning', lazy: { Component: async () => (await import('@web/features/admin/sso-page')).SsoPage } },
                  { path: 'administration/utkorg', lazy: { Component: async () => (await import('@web/features/admin/outbox-page')).OutboxPage } },
                  { path: 'arshjul/aterkommande-handelser', lazy: { Component: async () => (await import('@web/features/governance-year/recurring-events-page')).RecurringEventsPage } },
                ],
              },
              {
                element: <RequirePermission anyOf={['user:manage']} />,
                children: [
                  { path: 'administration/anvandare', lazy: { Component: async () => (await import('@web/features/admin/members-page')).MembersPage } },
                  { path: 'administration/anvandare/ny', lazy: { Component: async () => (await import('@web/features/admin/new-member-page')).NewMemberPage } },
                  { path: 'administration/anvandare/:id', lazy: { Component: async () => (await import('@web/features/admin/member-page')).MemberPage } },
                ],
              },
              { element: <RequirePermission anyOf={['register:read']} />, children: registerRoutes },
              { element: <RequirePermission anyOf={['decision:read']} />, children: meetingRoutes },
              { element: <RequirePermission anyOf={['plan:read']} />, children: planRoutes },
              {
                element: <RequirePermission anyOf={['plan:read']} />,
                children: [
                  { path: 'planer/:id/fardplan', lazy: { Component: async () => (await import('@web/features/plans/roadmap-page')).RoadmapPage } },
                  { path: 'strategi', lazy: { Component: async () => (await import('@web/features/strategy/strategy-page')).StrategyPage } },
                  { path: 'arshjul', lazy: { Component: async () => (await import('@web/features/governance-year/governance-year-page')).GovernanceYearPage } },
                ],
              },
              {
                element: <RequirePermission anyOf={['initiative:read']} />,
                children: [
                  { path: 'bibliotek', lazy: { Component: async () => (await import('@web/features/library/library-page')).LibraryPage } },
                  { path: 'bibliotek/:id', lazy: { Component: async () => (await import('@web/features/library/library-entry-page')).LibraryEntryPage } },
                ],
              },
              {
                element: <RequirePermission anyOf={['maturity:read']} />,
                children: [
                  { path: 'mognad', lazy: { Component: async () => (await import('@web/features/maturity/maturity-page')).MaturityPage } },
                  { path: 'mognad/:id', lazy: { Component: async () => (await import('@web/features/maturity/maturity-assessment-page')).MaturityAssessmentPage } },
                ],
              },
              {
                element: <RequirePermission anyOf={['audit:read']} />,
                children: [{ path: 'granskningslogg', lazy: { Component: async () => (await import('@web/features/audit/audit-log-page')).AuditLogPage } }],
              },
              {
                element: <RequirePermission anyOf={['need:submit']} />,
                children: [{ path: 'behov/nytt', lazy: { Component: async () => (await import('@web/features/needs/submit-need-page')).SubmitNeedPage } }],
              },
              {
                element: <RequirePermission anyOf={['need:read']} />,
                children: [
                  { path: 'behov', lazy: { Component: async () => (await import('@web/features/needs/needs-list-page')).NeedsListPage } },
                  { path: 'behov/:id', lazy: { Component: async () => (await import('@web/features/needs/need-page')).NeedPage } },
                ],
              },
              {
                element: <RequirePermission anyOf={['need:submit', 'need:edit']} />,
                children: [{ path: 'behov/:id/redigera', lazy: { Component: async () => (await import('@web/features/needs/edit-need-page')).EditNeedPage } }],
              },
              {
                element: <RequirePermission anyOf={['need:merge']} />,
                children: [{ path: 'behov/:id/sla-ihop', lazy: { Component: async () => (await import('@web/features/needs/merge-need-page')).MergeNeedPage } }],
              },
            ],
          },

          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
  // A print view renders the plan as a document without the app frame (header, menu, footer).
  {
    path: '/',
    errorElement: <AppErrorPage />,
    hydrateFallbackElement: <LoadingState />,
    children: [{ element: <RequireAuth />, children: [{ element: <RequirePermission anyOf={['plan:read']} />, children: [planPrintRoute] }] }],
  },
];
