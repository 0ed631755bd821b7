import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@web/app/paths';
import { useUnreadNotificationCount } from '@web/features/notifications/notifications.api';

/**
 * "Notiser" with the unread count. The count is in the link text (not only a coloured dot) so
 * it is announced; while the server has no notifications route the link shows without a count.
 */
export function NotificationsBell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const unread = useUnreadNotificationCount().data ?? 0;
  return (
    <Link to={paths.notifications} className="header-link" aria-current={pathname === paths.notifications ? 'page' : undefined}>
      <svg className="header-link__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 2a6 6 0 0 0-6 6v3.6L4.3 15A1 1 0 0 0 5.2 16.5h13.6a1 1 0 0 0 .9-1.5L18 11.6V8a6 6 0 0 0-6-6Zm0 20a3 3 0 0 0 2.8-2h-5.6A3 3 0 0 0 12 22Z" />
      </svg>
      <span>{t('header.notifications')}</span>
      {unread > 0 && (
        <span className="count-badge">
          <span className="visually-hidden">, </span>
          {t('header.unread', { count: unread })}
        </span>
      )}
    </Link>
  );
}
