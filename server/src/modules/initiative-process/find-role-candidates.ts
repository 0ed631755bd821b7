import { canManageInitiative } from '@domain/initiative-policy';
import { AppError } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findActiveMemberPeople } from '@server/modules/members/active-member-people';
import { loadInitiative } from '@server/modules/initiative-process/initiative-subject';

/** The members who can be named on the initiative; only for those who may name people. */
export async function findRoleCandidates(ctx: Ctx, initiativeId: string): Promise<{ items: { id: string; name: string }[] }> {
  return inTenantRead(ctx, async (tx) => {
    const { subject } = await loadInitiative(tx, ctx, initiativeId);
    if (!canManageInitiative(ctx, subject)) throw new AppError('forbidden', 'You may not name people on this initiative.');
    return { items: await findActiveMemberPeople(tx, ctx) };
  });
}
