import type { TMember } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { platformSetUserDisabled } from '@server/modules/users/users.platform';
import { requireHomeOrganization } from '@server/modules/members/account-guard';
import { findMemberRow, touchMembershipRow } from '@server/modules/members/members.repository';
import { auditedMember, presentMember } from '@server/modules/members/members.presenters';

/**
 * Lets a disabled member's user log in again (everywhere, since users are global); her password
 * is unchanged. Only her home organisation may (ADR 0004). Enabling an enabled user changes nothing.
 */
export async function enableMember(ctx: Ctx, id: string): Promise<TMember> {
  return inTenant(ctx, async (tx) => {
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    requireHomeOrganization(current);
    if (!current.isDisabled) return presentMember(current);
    await platformSetUserDisabled(tx, current.userId, false);
    await touchMembershipRow(tx, ctx, id, current.version);
    const row = (await findMemberRow(tx, ctx, id))!;
    await recordAudit(tx, ctx, { action: 'member.enabled', entityType: 'membership', entityId: id, before: auditedMember(current), after: auditedMember(row) });
    return presentMember(row);
  });
}
