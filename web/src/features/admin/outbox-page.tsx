import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Details, Link, Paragraph } from '@digdir/designsystemet-react';
import { EMAIL_STATUSES, type EmailStatus, type TOutboxMessage } from '@domain/email.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDateTime } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { LoadMore } from '@web/ui/load-more';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { problemText } from '@web/i18n/error-text';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { useOutbox, useRetryEmail } from '@web/features/admin/outbox.api';
import '@web/features/admin/admin.css';

const isStatus = (value: string | null): value is EmailStatus => (EMAIL_STATUSES as readonly (string | null)[]).includes(value);

/** Where a message stands, in words: sent when, waiting until when (or for a mail server), or given up. */
function MessageStatus({ message }: { message: TOutboxMessage }) {
  const { t } = useTranslation();
  if (message.status === 'sent') return <StatusTag tone="success">{t('admin.outbox.statusSent', { at: formatDateTime(message.sentAt) })}</StatusTag>;
  if (message.status === 'failed') {
    return (
      <>
        <StatusTag tone="danger">{t('admin.outbox.statusFailed')}</StatusTag>
        <Paragraph data-size="sm">{t('admin.outbox.attempts', { count: message.attempts })}</Paragraph>
        {message.lastError && <Paragraph data-size="sm">{t('admin.outbox.lastError', { error: message.lastError })}</Paragraph>}
      </>
    );
  }
  if (message.loggedAt && message.attempts === 0) return <StatusTag tone="warning">{t('admin.outbox.statusLogged', { at: formatDateTime(message.loggedAt) })}</StatusTag>;
  return (
    <>
      <StatusTag tone="info">{t('admin.outbox.statusQueued', { at: formatDateTime(message.nextAttemptAt) })}</StatusTag>
      {message.lastError && <Paragraph data-size="sm">{t('admin.outbox.lastError', { error: message.lastError })}</Paragraph>}
    </>
  );
}

/**
 * /administration/utkorg: the organisation's e-mail for the administrator — what went out, what
 * waits and why (a retry, or no mail server configured, when it was written to the log instead),
 * and what the worker gave up on, with the mail server's error and "Försök igen".
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [params] = useSearchParams();
  const status = isStatus(params.get('status')) ? (params.get('status') as EmailStatus) : undefined;
  const list = useOutbox(status);
  const retry = useRetryEmail();

  const onRetry = (message: TOutboxMessage) =>
    retry.mutate(message.id, {
      onSuccess: () => announce(t('admin.outbox.retried', { name: message.toName })),
      onError: (error) => announce(isApiError(error, 'conflict') ? t('admin.outbox.notFailed') : problemText(error)),
    });

  const columns: TColumn<TOutboxMessage>[] = [
    { id: 'created', header: t('admin.outbox.created'), isRowHeader: true, cell: (row) => <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time> },
    {
      id: 'to',
      header: t('admin.outbox.to'),
      cell: (row) => (
        <>
          {row.toName}
          <br />
          <span className="muted">{row.toAddress}</span>
        </>
      ),
    },
    {
      id: 'subject',
      header: t('admin.outbox.subject'),
      cell: (row) => (
        <Details>
          <Details.Summary>{row.subject}</Details.Summary>
          <Details.Content>
            <Paragraph data-size="sm" className="outbox-body">
              {row.body}
            </Paragraph>
            <Paragraph data-size="sm">
              {t('admin.outbox.link')}: {row.link}
            </Paragraph>
          </Details.Content>
        </Details>
      ),
    },
    { id: 'status', header: t('admin.outbox.status'), cell: (row) => <MessageStatus message={row} /> },
    {
      id: 'actions',
      header: t('admin.outbox.actions'),
      cell: (row) =>
        row.status === 'failed' ? (
          <Button variant="secondary" data-size="sm" aria-label={t('admin.outbox.retryLabel', { subject: row.subject, name: row.toName })} onClick={() => onRetry(row)} loading={retry.isPending && retry.variables === row.id}>
            {t('admin.outbox.retry')}
          </Button>
        ) : null,
    },
  ];

  const body = () => {
    if (list.isPending) return <LoadingState />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    return (
      <>
        {list.failedCount > 0 && (
          <Alert data-color="danger">
            <Paragraph>{t('admin.outbox.failedAlert', { count: list.failedCount })}</Paragraph>
          </Alert>
        )}
        <DataTable
          caption={status ? t('admin.outbox.captionFiltered') : t('admin.outbox.caption')}
          columns={columns}
          rows={list.items}
          rowKey={(row) => row.id}
          emptyText={status ? t('admin.outbox.noMatches') : t('admin.outbox.empty')}
        />
        <LoadMore
          shownCount={list.items.length}
          shownText={t('admin.outbox.shown', { count: list.items.length })}
          hasMore={list.hasNextPage}
          isLoading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </>
    );
  };

  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('admin.outbox.title')}</PageHeading>
      <Paragraph>{t('admin.outbox.intro')}</Paragraph>
      <Paragraph data-size="sm">{t('admin.outbox.noSmtp')}</Paragraph>
      <nav aria-label={t('admin.outbox.filterLabel')} className="outbox-filter">
        <ul className="button-row">
          {(['all', ...EMAIL_STATUSES] as const).map((option) => {
            const isCurrent = (option === 'all' && !status) || option === status;
            return (
              <li key={option}>
                <Link asChild>
                  <RouterLink to={option === 'all' ? paths.adminOutbox : `${paths.adminOutbox}?status=${option}`} aria-current={isCurrent ? 'page' : undefined}>
                    {t(`admin.outbox.filters.${option}`)}
                  </RouterLink>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <section className="admin-section">{body()}</section>
    </>
  );
}
