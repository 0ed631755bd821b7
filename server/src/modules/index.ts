import type { FastifyPluginAsync } from 'fastify';
import { assessmentRoutes } from '@server/modules/assessments/assessments.routes';
import { decisionRoutes } from '@server/modules/decisions/decisions.routes';
import { initiativeRoutes } from '@server/modules/initiatives/initiatives.routes';
import { processRoutes } from '@server/modules/initiative-process/process.routes';
import { needsRoutes } from '@server/modules/needs/needs.routes';
import { notificationsRoutes } from '@server/modules/notifications/notifications.routes';
import { organizationRoutes } from '@server/modules/organizations/organizations.routes';
import { memberRoutes } from '@server/modules/members/members.routes';
import { auditLogRoutes } from '@server/modules/audit-log/audit-log.routes';
import { benefitRoutes } from '@server/modules/benefits/benefits.routes';
import { initiativeWorkRoutes } from '@server/modules/initiative-access/initiative-work.routes';
import { registerRoutes } from '@server/modules/registers.routes';
import { planRoutes } from '@server/modules/plans/plans.routes';
import { redactionRoutes } from '@server/modules/redaction/redaction.routes';
import { homeRoutes } from '@server/modules/home/home.routes';
import { searchRoutes } from '@server/modules/search/search.routes';
import { governanceYearRoutes } from '@server/modules/governance-year/governance-year.routes';
import { meetingRoutes } from '@server/modules/meetings/meetings.routes';
import { emailRoutes } from '@server/modules/email/email.routes';
import { maturityRoutes } from '@server/modules/maturity/maturity.routes';
import { pilotRoutes } from '@server/modules/pilots/pilots.routes';
import { libraryRoutes } from '@server/modules/library/library.routes';

/**
 * The API modules, registered under /api/v1 in this order. Each is a Fastify plugin that owns its
 * routes; add a module here and nowhere else.
 */
export const apiModules: FastifyPluginAsync[] = [
  needsRoutes,
  notificationsRoutes,
  assessmentRoutes,
  decisionRoutes,
  processRoutes,
  initiativeRoutes,
  organizationRoutes,
  memberRoutes,
  auditLogRoutes,
  benefitRoutes,
  ...initiativeWorkRoutes,
  registerRoutes,
  planRoutes,
  redactionRoutes,
  homeRoutes,
  searchRoutes,
  governanceYearRoutes,
  meetingRoutes,
  emailRoutes,
  maturityRoutes,
  pilotRoutes,
  libraryRoutes,
];
