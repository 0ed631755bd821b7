import { useTranslation } from 'react-i18next';
import type { TMember } from '@domain/members.contracts';
import { StatusTag } from '@web/ui/status-tag';

/** "Aktiv" or "Avstängd" in words (the colour only helps), and whether a one-time password is still unused. */
export function MemberStatus({ member }: { member: Pick<TMember, 'isDisabled' | 'mustChangePassword'> }) {
  const { t } = useTranslation();
  return (
    <span className="status-tags">
      {member.isDisabled ? <StatusTag tone="danger">{t('admin.members.disabled')}</StatusTag> : <StatusTag tone="success">{t('admin.members.active')}</StatusTag>}
      {!member.isDisabled && member.mustChangePassword && <StatusTag tone="info">{t('admin.members.hasOneTimePassword')}</StatusTag>}
    </span>
  );
}
