import { useTranslation } from 'react-i18next';
import type { TMember } from '@domain/members.contracts';
import { StatusTag } from '@web/ui/status-tag';

/**
 * "Aktiv" or "Avstängd" in words (the colour only helps), whether the membership here is disabled,
 * and whether a one-time password is still unused.
 */
export function MemberStatus({ member }: { member: Pick<TMember, 'isDisabled' | 'isMembershipDisabled' | 'mustChangePassword'> }) {
  const { t } = useTranslation();
  return (
    <span className="status-tags">
      {member.isDisabled ? <StatusTag tone="danger">{t('admin.members.disabled')}</StatusTag> : <StatusTag tone="success">{t('admin.members.active')}</StatusTag>}
      {member.isMembershipDisabled && <StatusTag tone="danger">{t('admin.members.membershipDisabled')}</StatusTag>}
      {!member.isDisabled && member.mustChangePassword && <StatusTag tone="info">{t('admin.members.hasOneTimePassword')}</StatusTag>}
    </span>
  );
}
