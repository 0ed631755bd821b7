import type { MemberRow } from '@server/modules/members/members.repository';
import { accountElsewhere } from '@server/modules/members/members.policy';

/**
 * Refuses an account-wide change (password, name, disabling the account, ending sessions) unless
 * this organisation is the member's home organisation, i.e. owns her address's e-mail domain.
 * An account whose domain nobody owns is managed by no organisation's administrator.
 */
export function requireHomeOrganization(member: Pick<MemberRow, 'canManageAccount'>): void {
  if (!member.canManageAccount) throw accountElsewhere();
}
