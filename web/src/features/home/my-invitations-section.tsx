import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TMyInvitation } from '@domain/members.contracts';
import { useRequiredSession } from '@web/app/session';
import { formatDate } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { adminProblemText } from '@web/features/admin/admin-errors';
import { useAnswerInvitation, useMyInvitations } from '@web/features/admin/members.api';
import { RowActionError } from '@web/features/admin/org-item-actions';

/** One invitation with Acceptera / Avböj (accepting waits for a password of her own). */
function InvitationItem({ invitation, canAccept }: { invitation: TMyInvitation; canAccept: boolean }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const answer = useAnswerInvitation();
  const [error, setError] = useState<string | null>(null);
  const organization = invitation.organizationName;
  const roles = invitation.roles.map((role) => t(`roles.${role}`).toLocaleLowerCase()).join(', ');
  const respond = (kind: 'accept' | 'decline') => {
    setError(null);
    answer.mutate(
      { id: invitation.id, answer: kind },
      {
        onSuccess: () => announce(t(kind === 'accept' ? 'admin.myInvitations.acceptedDone' : 'admin.myInvitations.declinedDone', { organization })),
        onError: (failure) => setError(adminProblemText(failure)),
      },
    );
  };
  return (
    <li>
      <Paragraph>{t('admin.myInvitations.item', { organization, roles, date: formatDate(invitation.expiresAt) })}</Paragraph>
      <RowActionError message={error} onDismiss={() => setError(null)} />
      <div className="button-row">
        <Button data-size="sm" disabled={!canAccept} aria-label={t('admin.myInvitations.acceptLabel', { organization })} loading={answer.isPending && answer.variables?.answer === 'accept'} onClick={() => respond('accept')}>
          {t('admin.myInvitations.accept')}
        </Button>
        <Button data-size="sm" variant="secondary" aria-label={t('admin.myInvitations.declineLabel', { organization })} loading={answer.isPending && answer.variables?.answer === 'decline'} onClick={() => respond('decline')}>
          {t('admin.myInvitations.decline')}
        </Button>
      </div>
    </li>
  );
}

/**
 * "Inbjudningar till dig" on the start page: organisations that invited the logged-in person
 * (ADR 0004), by name and roles, each with Acceptera / Avböj. Nothing is shown without invitations.
 */
export function MyInvitationsSection() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const invitations = useMyInvitations();
  const items = invitations.data?.data.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="my-invitations-heading">
      <Heading level={2} data-size="sm" id="my-invitations-heading">
        {t('admin.myInvitations.heading')}
      </Heading>
      <Paragraph>{t('admin.myInvitations.intro')}</Paragraph>
      {session.mustChangePassword && <Paragraph>{t('admin.myInvitations.choosePasswordFirst')}</Paragraph>}
      <ul className="stack">
        {items.map((invitation) => (
          <InvitationItem key={invitation.id} invitation={invitation} canAccept={!session.mustChangePassword} />
        ))}
      </ul>
    </section>
  );
}
