import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TSessionResponse } from '@domain/auth.contracts';
import { paths } from '@web/app/paths';
import { HeaderSearch } from '@web/app/layout/header-search';
import { LanguageSwitch } from '@web/app/layout/language-switch';
import { NotificationsBell } from '@web/app/layout/notifications-bell';
import { OrganizationSwitcher } from '@web/app/layout/organization-switcher';
import { UserMenu } from '@web/app/layout/user-menu';

/**
 * The banner: product name (a link home), and once logged in the current organisation with its
 * switcher, the notifications bell and the user menu. Logged out it offers only the language.
 */
export function SiteHeader({ session }: { session: TSessionResponse | null }) {
  const { t } = useTranslation();
  const isFullyLoggedIn = session !== null && !session.mustChangePassword;
  return (
    <header className="site-header">
      <div className="page-width site-header__inner">
        <Link to={paths.start} className="site-header__brand">
          <span className="site-header__name">{t('app.name')}</span>
          <span className="site-header__tagline">{t('app.tagline')}</span>
        </Link>
        <div className="site-header__tools">
          {isFullyLoggedIn && session.organization && <HeaderSearch />}
          {isFullyLoggedIn && <OrganizationSwitcher session={session} />}
          {isFullyLoggedIn && session.organization && <NotificationsBell />}
          {session ? <UserMenu session={session} /> : <LanguageSwitch />}
        </div>
      </div>
    </header>
  );
}
