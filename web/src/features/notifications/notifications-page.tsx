import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TNotification } from '@domain/notifications.contracts';
import { paths } from '@web/app/paths';
import { isApiError } from '@web/api/api-error';
import { problemText } from '@web/i18n/error-text';
import { formatDateTime } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { LoadMore } from '@web/ui/load-more';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { notificationText } from '@web/features/notifications/notification-text';
import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '@web/features/notifications/notifications.api';

const itemId = (id: string) => `notification-${id}`;

/** Kinds whose page inside Digiplan the server wrote into `params.link`. */
const LINKED_KINDS: ReadonlySet<TNotification['kind']> = new Set(['reminder', 'meeting_papers', 'minutes_to_approve']);

/** A reminder's or a meeting's page inside Digiplan (a path the server wrote), or null. */
const reminderLink = (notification: TNotification): string | null => {
  const link = LINKED_KINDS.has(notification.kind) ? notification.params.link : null;
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') ? link : null;
};

function NotificationItem({ notification }: { notification: TNotification }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const markRead = useMarkNotificationRead();
  const sentence = notificationText(notification);

  const handleMarkRead = () =>
    markRead.mutate(notification.id, {
      onSuccess: () => {
        announce(t('notifications.markedRead'));
        // The button goes away; keep focus on the notification rather than losing it to the page.
        document.getElementById(itemId(notification.id))?.focus();
      },
      onError: (error) => announce(problemText(error)),
    });

  return (
    <li id={itemId(notification.id)} tabIndex={-1} className={notification.isRead ? 'notification' : 'notification notification--unread'}>
      <StatusTag tone={notification.isRead ? 'neutral' : 'info'}>{notification.isRead ? t('notifications.read') : t('notifications.unread')}</StatusTag>
      <Paragraph>{sentence}</Paragraph>
      <Paragraph data-size="sm" className="muted">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
      </Paragraph>
      <div className="notification__actions">
        {notification.needId && (
          <Link asChild>
            <RouterLink to={paths.need(notification.needId)}>
              {t('notifications.openNeed')}
              <span className="visually-hidden">: {sentence}</span>
            </RouterLink>
          </Link>
        )}
        {reminderLink(notification) && (
          <Link asChild>
            <RouterLink to={reminderLink(notification)!}>
              {t('notifications.openReminder')}
              <span className="visually-hidden">: {sentence}</span>
            </RouterLink>
          </Link>
        )}
        {!notification.isRead && (
          <Button variant="tertiary" data-size="sm" onClick={handleMarkRead} loading={markRead.isPending}>
            {t('notifications.markRead')}
            <span className="visually-hidden">: {sentence}</span>
          </Button>
        )}
      </div>
    </li>
  );
}

/** /notiser: the user's notifications, newest first, each with a link to its need and "Markera som läst". */
export function NotificationsPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const query = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  const items = query.items;
  const unreadCount = query.data?.pages[0]?.unreadCount ?? 0;

  const body = () => {
    if (query.isPending) return <LoadingState />;
    if (query.isError) {
      return isApiError(query.error, 'not_found') ? <EmptyState>{t('notifications.unavailable')}</EmptyState> : <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    }
    if (items.length === 0) return <EmptyState>{t('notifications.empty')}</EmptyState>;
    return (
      <>
        {unreadCount > 0 && (
          <Button
            variant="secondary"
            loading={markAll.isPending}
            onClick={() => markAll.mutate(undefined, { onSuccess: () => announce(t('notifications.allMarkedRead')), onError: (error) => announce(problemText(error)) })}
          >
            {t('notifications.markAllRead')}
          </Button>
        )}
        <ul className="notification-list">
          {items.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} />
          ))}
        </ul>
        <LoadMore shownCount={items.length} shownText={t('notifications.shown', { count: items.length })} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('notifications.title')}</PageHeading>
      <Paragraph>{t('notifications.intro')}</Paragraph>
      {body()}
    </>
  );
}
