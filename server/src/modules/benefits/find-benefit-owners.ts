import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findActiveMemberPeople } from '@server/modules/members/active-member-people';

/** The members who can own a benefit (names only, for the owner field). */
export async function findBenefitOwners(ctx: Ctx): Promise<{ items: { id: string; name: string }[] }> {
  return inTenantRead(ctx, async (tx) => ({ items: await findActiveMemberPeople(tx, ctx) }));
}
