import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { visibleNavItems, type TNavItem } from '@web/app/nav-items';
import { useRequiredSession } from '@web/app/session';
import { PageHeading } from '@web/ui/page-heading';
import { MyNeedsSection } from '@web/features/home/my-needs-section';
import { MyDueSection } from '@web/features/benefits/my-due-section';
import { MyInvitationsSection } from '@web/features/home/my-invitations-section';

/**
 * The start page: a greeting, where and as what the user works, shortcuts to what their role may
 * do (the same list as the main menu, with a sentence each), invitations to other organisations,
 * and their own needs.
 */
export function HomePage() {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const shortcuts = visibleNavItems(session.permissions, session.installationAdmin).filter((item): item is TNavItem & { id: Exclude<TNavItem['id'], 'start'> } => item.id !== 'start');
  const roles = session.roles.map((role) => t(`roles.${role}`).toLocaleLowerCase()).join(', ');

  return (
    <>
      <PageHeading documentTitle={t('home.title')}>{t('home.greeting', { name: session.user.name })}</PageHeading>
      {session.organization ? (
        <Paragraph data-size="lg">{t('home.organization', { name: session.organization.name, roles })}</Paragraph>
      ) : (
        <Paragraph data-size="lg">{t('home.noOrganization')}</Paragraph>
      )}
      <MyInvitationsSection />
      {shortcuts.length > 0 && (
        <section aria-labelledby="shortcuts-heading">
          <Heading level={2} data-size="sm" id="shortcuts-heading">
            {t('home.shortcuts')}
          </Heading>
          <ul className="shortcut-list">
            {shortcuts.map((item) => (
              <li key={item.id}>
                <Card data-color="neutral" variant="tinted">
                  <Heading level={3} data-size="2xs">
                    <RouterLink to={item.to}>{t(`nav.${item.id}`)}</RouterLink>
                  </Heading>
                  <Paragraph data-size="sm">{t(`home.links.${item.id}`)}</Paragraph>
                </Card>
              </li>
            ))}
          </ul>
        </section>
      )}
      {session.organization && <MyDueSection />}
      {session.organization && <MyNeedsSection />}
    </>
  );
}
