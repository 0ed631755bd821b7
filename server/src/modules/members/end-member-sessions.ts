import type { TMember } from '@domain/members.contracts';
import { recordAudit } from '@server/platform/audit/audit';
import { deleteSessionsOfUser } from '@server/platform/auth/sessions';
import { notFound } from '@server/platform/errors';
import { inTenant, type Ctx } from '@server/platform/tenancy/context';
import { findMemberRow } from '@server/modules/members/members.repository';
import { presentMember } from '@server/modules/members/members.presenters';
import { notYourself } from '@server/modules/members/members.policy';
import { requireHomeOrganization } from '@server/modules/members/account-guard';

/**
 * Logs a member out everywhere (e.g. a lost phone), without touching her password. Sessions are
 * the account's, in every organisation, so only her home organisation may (ADR 0004).
 */
export async function endMemberSessions(ctx: Ctx, id: string): Promise<TMember> {
  const member = await inTenant(ctx, async (tx) => {
    const current = await findMemberRow(tx, ctx, id);
    if (!current) throw notFound('member');
    if (current.userId === ctx.actor.id) throw notYourself('log out');
    requireHomeOrganization(current);
    await recordAudit(tx, ctx, { action: 'member.sessions_ended', entityType: 'membership', entityId: id });
    return current;
  });
  await deleteSessionsOfUser(ctx.db, member.userId);
  return presentMember(member);
}
