import type { TSessionResponse } from '@domain/auth.contracts';
import { permissionsOf } from '@domain/roles';
import type { Db } from '@server/platform/db/database';
import type { Principal } from '@server/platform/auth/sessions';
import { platformFindMembershipsOfUser } from '@server/modules/users/users.platform';

/** Describes the logged-in user, the current organisation and computed permissions for the UI. */
export async function getSession(db: Db, principal: Principal): Promise<TSessionResponse> {
  const memberships = await platformFindMembershipsOfUser(db, principal.userId);
  const current = memberships.find((m) => m.organizationId === principal.organizationId);
  return {
    user: { id: principal.userId, email: principal.email, name: principal.name, locale: principal.locale },
    mustChangePassword: principal.mustChangePassword,
    csrfToken: principal.csrfToken,
    organization: current ? { id: current.organizationId, name: current.organizationName } : null,
    roles: principal.roles,
    permissions: [...permissionsOf(principal.roles)],
    memberships,
    installationAdmin: principal.installationAdmin,
  };
}
