import { useRef, type MouseEvent } from 'react';
import { Outlet, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SkipLink } from '@digdir/designsystemet-react';
import { useSession } from '@web/app/session';
import { MainNav } from '@web/app/layout/main-nav';
import { SiteFooter } from '@web/app/layout/site-footer';
import { SiteHeader } from '@web/app/layout/site-header';
import { PersonalDataWarningDialog } from '@web/app/layout/personal-data-warning-dialog';

/**
 * The frame of every page: skip link, header, main menu (once logged in with an own password),
 * `<main id="main">` for the page, and the footer. Landmarks let screen-reader users jump
 * between these parts; the skip link lets keyboard users pass the menu.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigation = useNavigation();
  const mainRef = useRef<HTMLElement>(null);

  // Move focus without a #fragment navigation, which the router would treat as a page change.
  const handleSkip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    mainRef.current?.focus();
    mainRef.current?.scrollIntoView();
  };

  return (
    <div className="app-shell">
      <SkipLink href="#main" onClick={handleSkip}>
        {t('app.skipToMain')}
      </SkipLink>
      <SiteHeader session={session ?? null} />
      {session && !session.mustChangePassword && <MainNav permissions={session.permissions} installationAdmin={session.installationAdmin} />}
      <main id="main" ref={mainRef} tabIndex={-1} className="page-width main" aria-busy={navigation.state === 'loading' || undefined}>
        <Outlet />
      </main>
      <SiteFooter />
      {session && <PersonalDataWarningDialog />}
    </div>
  );
}
