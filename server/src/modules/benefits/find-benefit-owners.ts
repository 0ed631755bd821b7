import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findMemberPeople } from '@server/modules/benefits/benefits.repository';

/** The members who can own a benefit (names only, for the owner field). */
export async function findBenefitOwners(ctx: Ctx): Promise<{ items: { id: string; name: string }[] }> {
  return inTenantRead(ctx, async (tx) => ({ items: await findMemberPeople(tx, ctx) }));
}
