import { eq } from 'drizzle-orm';
import type { Role } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
import { auditEvents } from '@server/platform/audit/audit.tables';
import { inPlatform } from '@server/platform/tenancy/context';
import { buildMember, buildOrganization, type TestMember, type TestOrganization } from '@test/factories';
import { logInAs, type ApiClient, type TestApp } from '@test/test-app';

/** Obviously fake number for the guard tests; it passes the date and Luhn rules. */

/** Roles without organisation or user administration rights. */
export const NON_ADMIN_ROLES = ['coordinator', 'staff', 'viewer'] as const satisfies readonly Role[];

/** Two organisations: ours with one member per role, and another with its own administrator. */
export type AdminScene = {
  org: TestOrganization;
  other: TestOrganization;
  members: Record<'admin' | (typeof NON_ADMIN_ROLES)[number], TestMember>;
  clients: Record<'admin' | (typeof NON_ADMIN_ROLES)[number] | 'otherAdmin', ApiClient>;
};

/** Builds the scene every administration test starts from, all logged in through the real route. */
export async function buildAdminScene(t: TestApp): Promise<AdminScene> {
  const org = await buildOrganization(t.db);
  const other = await buildOrganization(t.db);
  const members = {
    admin: await buildMember(t.db, org.id, ['admin'], 'Anna Administratör'),
    coordinator: await buildMember(t.db, org.id, ['coordinator'], 'Cecilia Utvecklingsledare'),
    staff: await buildMember(t.db, org.id, ['staff'], 'Sara Medarbetare'),
    viewer: await buildMember(t.db, org.id, ['viewer'], 'Viktor Läsare'),
  };
  const otherAdmin = await buildMember(t.db, other.id, ['admin'], 'Olle Annanstans');
  const clients = {
    admin: await logInAs(t.app, members.admin.email, members.admin.password),
    coordinator: await logInAs(t.app, members.coordinator.email, members.coordinator.password),
    staff: await logInAs(t.app, members.staff.email, members.staff.password),
    viewer: await logInAs(t.app, members.viewer.email, members.viewer.password),
    otherAdmin: await logInAs(t.app, otherAdmin.email, otherAdmin.password),
  };
  return { org, other, members, clients };
}

/** The audit events about one entity, oldest first (read as the platform, bypassing the API). */
export async function auditEventsOf(db: Db, entityId: string) {
  const rows = await inPlatform(db, (tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, entityId)));
  return rows.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.id.localeCompare(b.id));
}
