import type { TMember } from '@domain/members.contracts';
import { notFound } from '@server/platform/errors';
import { inTenantRead, type Ctx } from '@server/platform/tenancy/context';
import { findMemberRow } from '@server/modules/members/members.repository';
import { presentMember } from '@server/modules/members/members.presenters';

/**
 * One member of the caller's organisation. A user who is not a member here is 404, even if she
 * exists in another organisation: users are global, but administrators only see their own.
 */
export async function getMember(ctx: Ctx, id: string): Promise<TMember> {
  const row = await inTenantRead(ctx, (tx) => findMemberRow(tx, ctx, id));
  if (!row) throw notFound('member');
  return presentMember(row);
}
