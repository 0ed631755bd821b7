import type { TInvitation, TMember } from '@domain/members.contracts';
import type { InvitationRow, MemberRow } from '@server/modules/members/members.repository';

/**
 * A member as the API (and the audit log) shows her. Never includes the password hash; one-time
 * passwords are added by the use case that made them, to its response only.
 */
export const presentMember = (row: MemberRow): TMember => ({
  id: row.id,
  userId: row.userId,
  email: row.email,
  name: row.name,
  roles: row.roles,
  isDisabled: row.isDisabled,
  isMembershipDisabled: row.isMembershipDisabled,
  canManageAccount: row.canManageAccount,
  // Whether the home organisation just reset her password is the account's business, not the other organisations'.
  mustChangePassword: row.canManageAccount && row.mustChangePassword,
  version: row.version,
  createdAt: row.createdAt.toISOString(),
});

/** The part of a member the audit log compares before and after a change. */
export const auditedMember = (row: MemberRow) => ({
  userId: row.userId,
  email: row.email,
  name: row.name,
  roles: row.roles,
  isDisabled: row.isDisabled,
  isMembershipDisabled: row.isMembershipDisabled,
});

/** A pending invitation for the inviting organisation's administrators: what they typed, nothing more. */
export const presentInvitation = (row: InvitationRow): TInvitation => ({
  id: row.id,
  email: row.email,
  roles: row.roles,
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
});
