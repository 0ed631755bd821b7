import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findAssignableMembers } from '@server/modules/systems/systems.repository';

/** The members a förvaltning task can be assigned to (names only: no e-mail or roles). */
export async function findTaskAssignees(ctx: Ctx): Promise<Array<{ userId: string; name: string }>> {
  return inTenantRead(ctx, (tx) => findAssignableMembers(tx, ctx));
}
