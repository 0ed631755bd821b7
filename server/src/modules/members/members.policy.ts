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
 * The 409 for account-wide changes (disable, enable, reset password, rename) of a user who also
 * belongs to another organisation. Users are global, so otherwise an administrator of one
 * organisation could take over an account that holds roles – even the administrator role – in
 * another. Removing her membership here is still allowed.
 */
export const accountShared = () =>
  new AppError(
    'invalid_state',
    'The account also belongs to another organisation, so only the user herself can change it. You can change her roles here or remove her from this organisation.',
    [{ path: 'id', code: 'account_shared' }],
  );
