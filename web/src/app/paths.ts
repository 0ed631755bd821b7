/**
 * Every page's address, in one place, so links between features cannot drift from the route
 * table (`routes.tsx`). Swedish slugs without diacritics: they are read aloud and typed by users.
 */
export const paths = {
  start: '/',
  login: '/logga-in',
  changePassword: '/byt-losenord',
  accessibility: '/tillganglighet',
  notifications: '/notiser',
  submitNeed: '/behov/nytt',
  needs: '/behov',
  need: (id: string) => `/behov/${id}`,
  editNeed: (id: string) => `/behov/${id}/redigera`,
  mergeNeed: (id: string) => `/behov/${id}/sla-ihop`,
  priorityMatrix: '/prioriteringsmatris',
  decisionLog: '/beslutslogg',
  initiatives: '/initiativ',
  initiative: (id: string) => `/initiativ/${id}`,
  initiativeRisks: (id: string) => `/initiativ/${id}/risker`,
  initiativeClassification: (id: string) => `/initiativ/${id}/klassning`,
  initiativeDocuments: (id: string) => `/initiativ/${id}/dokument`,
  initiativeDocument: (id: string, documentId: string) => `/initiativ/${id}/dokument/${documentId}`,
  administration: '/administration',
  adminOrganization: '/administration/organisation',
  adminUnits: '/administration/enheter',
  adminFocusAreas: '/administration/fokusomraden',
  adminGoals: '/administration/mal',
  adminClassificationLabels: '/administration/klassningsnivaer',
  adminMembers: '/administration/anvandare',
  adminNewMember: '/administration/anvandare/ny',
  adminMember: (id: string) => `/administration/anvandare/${id}`,
  auditLog: '/granskningslogg',
} as const;
