import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { TMySession } from '@domain/sessions.contracts';
import { problemText } from '@web/i18n/error-text';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDateTime } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { useEndMyOtherSessions, useEndMySession, useMySessions } from '@web/features/account/my-sessions.api';

/**
 * /mina-inloggningar: where the person is logged in (browser, when she logged in, when it was last
 * used), with "Logga ut" for each other session and "Logga ut överallt utom här".
 */
export function MySessionsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const query = useMySessions();
  const endOne = useEndMySession();
  const endOthers = useEndMyOtherSessions();

  const browserOf = (session: TMySession) => session.browser ?? t('account.sessions.unknownBrowser');
  const columns: TColumn<TMySession>[] = [
    {
      id: 'browser',
      header: t('account.sessions.title'),
      isRowHeader: true,
      cell: (session) => (
        <>
          {browserOf(session)} {session.isCurrent && <StatusTag tone="info">{t('account.sessions.current')}</StatusTag>}
        </>
      ),
    },
    { id: 'started', header: t('account.sessions.started'), cell: (session) => <time dateTime={session.createdAt}>{formatDateTime(session.createdAt)}</time> },
    { id: 'lastSeen', header: t('account.sessions.lastSeen'), cell: (session) => <time dateTime={session.lastSeenAt}>{formatDateTime(session.lastSeenAt)}</time> },
    {
      id: 'end',
      header: <span className="visually-hidden">{t('account.sessions.end')}</span>,
      cell: (session) =>
        session.isCurrent ? null : (
          <Button
            variant="tertiary"
            data-size="sm"
            loading={endOne.isPending && endOne.variables === session.id}
            aria-label={t('account.sessions.endNamed', { browser: browserOf(session), started: formatDateTime(session.createdAt) })}
            onClick={() => endOne.mutate(session.id, { onSuccess: () => announce(t('account.sessions.ended')), onError: (error) => announce(problemText(error)) })}
          >
            {t('account.sessions.end')}
          </Button>
        ),
    },
  ];

  const body = () => {
    if (query.isPending) return <LoadingState />;
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    const others = query.data.filter((session) => !session.isCurrent).length;
    return (
      <>
        <DataTable caption={t('account.sessions.listLabel')} captionHidden columns={columns} rows={query.data} rowKey={(session) => session.id} />
        {others > 0 ? (
          <Button
            variant="secondary"
            loading={endOthers.isPending}
            onClick={() =>
              endOthers.mutate(undefined, {
                onSuccess: ({ ended }) => announce(t('account.sessions.othersEnded', { count: ended })),
                onError: (error) => announce(problemText(error)),
              })
            }
          >
            {t('account.sessions.endOthers')}
          </Button>
        ) : (
          <Paragraph>{t('account.sessions.onlyThis')}</Paragraph>
        )}
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('account.sessions.title')}</PageHeading>
      <Paragraph>{t('account.sessions.intro')}</Paragraph>
      {body()}
    </>
  );
}
