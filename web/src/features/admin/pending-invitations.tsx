import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TInvitation } from '@domain/members.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { adminProblemText } from '@web/features/admin/admin-errors';
import { useInvitations, useWithdrawInvitation } from '@web/features/admin/members.api';
import { RowActionError } from '@web/features/admin/org-item-actions';

/**
 * "Väntande inbjudningar" on the members page: the addresses the organisation invited (as typed),
 * the roles and the dates — nothing about whether an account exists — with "Dra tillbaka".
 */
export function PendingInvitations() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const list = useInvitations();
  const withdraw = useWithdrawInvitation();
  const [error, setError] = useState<string | null>(null);

  const columns: TColumn<TInvitation>[] = [
    { id: 'email', header: t('admin.members.email'), isRowHeader: true, cell: (row) => row.email },
    { id: 'roles', header: t('admin.members.roles'), cell: (row) => row.roles.map((role) => t(`roles.${role}`)).join(', ') },
    { id: 'invitedAt', header: t('admin.members.invitedAt'), cell: (row) => formatDate(row.createdAt) },
    { id: 'expiresAt', header: t('admin.members.expiresAt'), cell: (row) => formatDate(row.expiresAt) },
    {
      id: 'actions',
      header: <span className="visually-hidden">{t('admin.members.withdraw')}</span>,
      cell: (row) => (
        <Button
          variant="tertiary"
          data-size="sm"
          aria-label={t('admin.members.withdrawLabel', { email: row.email })}
          loading={withdraw.isPending && withdraw.variables === row.id}
          onClick={() => {
            setError(null);
            withdraw.mutate(row.id, {
              onSuccess: () => announce(t('admin.members.withdrawnDone', { email: row.email })),
              onError: (failure) => setError(adminProblemText(failure)),
            });
          }}
        >
          {t('admin.members.withdraw')}
        </Button>
      ),
    },
  ];

  const body = () => {
    if (list.isPending) return <LoadingState />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    return (
      <DataTable caption={t('admin.members.invitationsCaption')} columns={columns} rows={list.data.data.items} rowKey={(row) => row.id} emptyText={t('admin.members.invitationsEmpty')} />
    );
  };

  return (
    <section aria-labelledby="invitations-heading" className="admin-section">
      <Heading level={2} data-size="sm" id="invitations-heading">
        {t('admin.members.invitationsHeading')}
      </Heading>
      <Paragraph>{t('admin.members.invitationsIntro')}</Paragraph>
      <RowActionError message={error} onDismiss={() => setError(null)} />
      {body()}
    </section>
  );
}
