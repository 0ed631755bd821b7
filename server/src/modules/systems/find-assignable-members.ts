import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findActiveMemberPeople } from '@server/modules/members/active-member-people';

/** The members a förvaltning task can be assigned to (names only: no e-mail or roles). */
export async function findTaskAssignees(ctx: Ctx): Promise<Array<{ userId: string; name: string }>> {
  return inTenantRead(ctx, async (tx) => (await findActiveMemberPeople(tx, ctx)).map(({ id, name }) => ({ userId: id, name })));
}
