import type { TMember, TUpdateMemberRequest } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { notFound } from '@server/platform/errors';
import { staleVersion } from '@server/platform/http/etag';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { platformRenameUser } from '@server/modules/users/users.platform';
import { requireHomeOrganization } from '@server/modules/members/account-guard';
import { findMemberRow, lockAdminMemberships, touchMembershipRow } from '@server/modules/members/members.repository';
import { auditedMember, presentMember } from '@server/modules/members/members.presenters';
import { distinctRoles, lastAdmin, leavesNoAdmin } from '@server/modules/members/members.policy';

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((role) => b.includes(role));

/**
 * Sets a member's roles in this organisation (and optionally her name, which is the same
 * everywhere, so only her home organisation may change it), if nobody saved since the administrator read her. The organisation always keeps an
 * enabled administrator.
 */
export async function updateMember(ctx: Ctx, id: string, input: TUpdateMemberRequest, expected: number): Promise<TMember> {
  const roles = distinctRoles(input.roles);
  return inTenant(ctx, async (tx) => {
    const admins = await lockAdminMemberships(tx, ctx);
    const current = await findMemberRow(tx, ctx, id, { lock: true });
    if (!current) throw notFound('member');
    if (current.version !== expected) throw staleVersion();
    const renames = input.name !== undefined && input.name !== current.name;
    if (renames) requireHomeOrganization(current);
    if (leavesNoAdmin(admins, id, { roles, isDisabled: current.isDisabled })) throw lastAdmin();
    if (!(await touchMembershipRow(tx, ctx, id, expected, roles))) throw staleVersion();
    if (renames) await platformRenameUser(tx, current.userId, input.name!);
    const row = (await findMemberRow(tx, ctx, id))!;
    await recordAudit(tx, ctx, {
      action: sameRoles(current.roles, row.roles) ? 'member.updated' : 'member.roles_changed',
      entityType: 'membership',
      entityId: id,
      before: auditedMember(current),
      after: auditedMember(row),
    });
    return presentMember(row);
  });
}
