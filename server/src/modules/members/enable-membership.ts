import type { TMember } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findMemberRow, touchMembershipRow } from '@server/modules/members/members.repository';
import { auditedMember, presentMember } from '@server/modules/members/members.presenters';

/**
 * Lets a member use her membership in this organisation again. The account itself is not touched:
 * if her home organisation disabled it, she still cannot log in. Enabling an enabled membership
 * changes nothing.
 */
export async function enableMembership(ctx: Ctx, id: string): Promise<TMember> {
  return inTenant(ctx, async (tx) => {
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    if (!current.isMembershipDisabled) return presentMember(current);
    await touchMembershipRow(tx, ctx, id, current.version, undefined, false);
    const row = (await findMemberRow(tx, ctx, id))!;
    await recordAudit(tx, ctx, { action: 'member.membership_enabled', entityType: 'membership', entityId: id, before: auditedMember(current), after: auditedMember(row) });
    return presentMember(row);
  });
}
