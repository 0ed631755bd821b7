import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TMember } from '@domain/members.contracts';
import { paths } from '@web/app/paths';
import { useRequiredSession } from '@web/app/session';
import { formatDate } from '@web/ui/format';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { MemberAccountActions } from '@web/features/admin/member-account-actions';
import { MemberRolesForm } from '@web/features/admin/member-roles-form';
import { MemberStatus } from '@web/features/admin/member-status';
import { useMember, useMemberMutations } from '@web/features/admin/members.api';
import { OneTimePasswordBox } from '@web/features/admin/one-time-password';
import '@web/features/admin/admin.css';

function MemberFacts({ member }: { member: TMember }) {
  const { t } = useTranslation();
  return (
    <dl className="member-facts">
      <dt>{t('admin.members.email')}</dt>
      <dd>{member.email}</dd>
      <dt>{t('admin.members.roles')}</dt>
      <dd>{member.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
      <dt>{t('admin.members.status')}</dt>
      <dd>
        <MemberStatus member={member} />
      </dd>
      <dt>{t('admin.members.memberSince')}</dt>
      <dd>{formatDate(member.createdAt)}</dd>
    </dl>
  );
}

/**
 * /administration/anvandare/:id: one member — her roles (If-Match), and the account actions
 * stäng av / aktivera, återställ lösenord (the new one-time password is shown once here), logga
 * ut överallt — only in her home organisation — and the membership's own: stäng av and ta bort
 * från organisationen. Administrators cannot disable, reset or remove themselves here.
 */
export function MemberPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const session = useRequiredSession();
  const query = useMember(id);
  const mutations = useMemberMutations(id);
  const [newPassword, setNewPassword] = useState<string | null>(null);
  const member = query.data?.data;

  const body = () => {
    if (query.isPending) return <LoadingState />;
    if (query.isError || !member) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    const isSelf = member.userId === session.user.id;
    return (
      <>
        {newPassword && <OneTimePasswordBox password={newPassword} intro={t('admin.members.resetIntro', { name: member.name, email: member.email })} />}
        <MemberFacts member={member} />
        <section aria-labelledby="member-roles-heading" className="admin-section">
          <Heading level={2} data-size="sm" id="member-roles-heading">
            {t('admin.members.rolesHeading')}
          </Heading>
          <MemberRolesForm member={member} etag={query.data.etag} updateRoles={mutations.updateRoles} onReload={() => void query.refetch()} />
        </section>
        <section aria-labelledby="member-account-heading" className="admin-section">
          <Heading level={2} data-size="sm" id="member-account-heading" tabIndex={-1}>
            {t('admin.members.accountHeading')}
          </Heading>
          {isSelf ? (
            <Paragraph>{t('admin.members.selfNote')}</Paragraph>
          ) : (
            <>
              <Paragraph>{member.canManageAccount ? t('admin.members.accountIntro') : t('admin.members.accountElsewhere')}</Paragraph>
              <MemberAccountActions member={member} organizationName={session.organization?.name ?? ''} mutations={mutations} onPasswordReset={setNewPassword} />
            </>
          )}
        </section>
      </>
    );
  };

  return (
    <>
      <AdminBackLink to={paths.adminMembers} label={t('admin.members.title')} />
      <PageHeading documentTitle={member ? `${member.name} – ${t('admin.members.title')}` : t('admin.members.title')}>{member?.name ?? t('admin.members.listHeading')}</PageHeading>
      {body()}
    </>
  );
}
