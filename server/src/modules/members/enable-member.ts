import type { TMember } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { platformHasMembershipElsewhere, platformSetUserDisabled } from '@server/modules/users/users.platform';
import { findMemberRow, touchMembershipRow } from '@server/modules/members/members.repository';
import { auditedMember, presentMember } from '@server/modules/members/members.presenters';
import { accountShared } from '@server/modules/members/members.policy';

/**
 * Lets a disabled member's user log in again (everywhere, since users are global); her password
 * is unchanged. Enabling an enabled user changes nothing.
 */
export async function enableMember(ctx: Ctx, id: string): Promise<TMember> {
  return inTenant(ctx, async (tx) => {
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    if (!current.isDisabled) return presentMember(current);
    if (await platformHasMembershipElsewhere(ctx.db, current.userId, ctx.organizationId)) throw accountShared();
    await platformSetUserDisabled(tx, current.userId, false);
    await touchMembershipRow(tx, ctx, id, current.version);
    const row = (await findMemberRow(tx, ctx, id))!;
    await recordAudit(tx, ctx, { action: 'member.enabled', entityType: 'membership', entityId: id, before: auditedMember(current), after: auditedMember(row) });
    return presentMember(row);
  });
}
