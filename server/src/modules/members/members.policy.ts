import type { Role } from '@domain/roles';
import { AppError } from '@server/platform/errors';

/** What the last-administrator rule needs to know about the organisation's admin memberships. */
export type AdminMembership = { id: string; isDisabled: boolean };

/** The member's state after a change: `roles: null` means the membership is removed. */
export type MemberAfter = { roles: readonly Role[] | null; isDisabled: boolean };

/**
 * True when the change leaves the organisation without an enabled administrator: member
 * `memberId`, an enabled admin now, stops being one (loses the role, the membership, or is
 * disabled) and no other enabled admin remains. Pure, so the rule is tested apart from the database.
 */
export function leavesNoAdmin(admins: readonly AdminMembership[], memberId: string, after: MemberAfter): boolean {
  const isEnabledAdminNow = admins.some((admin) => admin.id === memberId && !admin.isDisabled);
  if (!isEnabledAdminNow) return false;
  if (after.roles !== null && after.roles.includes('admin') && !after.isDisabled) return false;
  return !admins.some((admin) => admin.id !== memberId && !admin.isDisabled);
}

/** A member's roles with duplicates folded, in the order given. */
export const distinctRoles = (roles: readonly Role[]): Role[] => [...new Set(roles)];

/** The 409 for a change that would leave the organisation without an administrator. */
export const lastAdmin = () =>
  new AppError('invalid_state', 'The organisation must keep at least one administrator. Make someone else administrator first.', [
    { path: 'id', code: 'last_admin' },
  ]);

/** The 409 when administrators try to disable, remove or reset themselves through member administration. */
export const notYourself = (what: string) =>
  new AppError('invalid_state', `You cannot ${what} yourself.`, [{ path: 'id', code: 'self' }]);

/**
 * The 409 for account-wide changes (password, name, disabling the account, ending its sessions)
 * of a member whose home organisation is not this one: only the organisation that owns the
 * address's e-mail domain manages the account (ADR 0004). Her membership here stays manageable.
 */
export const accountElsewhere = () =>
  new AppError('invalid_state', 'The account belongs to another organisation. You can change her roles here or remove the membership.', [
    { path: 'id', code: 'account_elsewhere' },
  ]);

/** The 422 for creating an account with an address in a domain the organisation does not own. */
export const domainNotOwned = () =>
  new AppError('unprocessable', 'The organisation does not own the e-mail domain, so it cannot create the account. Invite the person instead.', [
    { path: 'body.email', code: 'domain_not_owned' },
  ]);

/** The 422 for inviting an address in the organisation's own domain, where it creates accounts instead. */
export const domainOwned = () =>
  new AppError('unprocessable', 'The organisation owns the e-mail domain: add the person as a member instead of inviting her.', [
    { path: 'body.email', code: 'domain_owned' },
  ]);

/** How long an invitation waits for its answer. */
export const INVITATION_DAYS = 14;
