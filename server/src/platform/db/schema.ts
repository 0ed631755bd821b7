/** Every table, for drizzle-kit and for typed queries. Modules own their tables; this only lists them. */
export * from '@server/modules/organizations/organizations.tables';
export * from '@server/modules/users/users.tables';
export * from '@server/modules/needs/needs.tables';
export * from '@server/modules/assessments/assessments.tables';
export * from '@server/modules/decisions/decisions.tables';
export * from '@server/modules/initiatives/initiatives.tables';
export * from '@server/modules/notifications/notifications.tables';
export * from '@server/platform/audit/audit.tables';
export * from '@server/modules/initiative-process/process.tables';
export * from '@server/modules/benefits/benefits.tables';
export * from '@server/modules/risks/risks.tables';
export * from '@server/modules/classification/classification.tables';
export * from '@server/modules/documents/documents.tables';
export * from '@server/modules/attachments/attachments.tables';
export * from '@server/modules/systems/systems.tables';
export * from '@server/modules/welfare-tech/welfare-tech.tables';
export * from '@server/modules/supplier-demos/supplier-demos.tables';
