import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { visibleNavItems, type TNavItem } from '@web/app/nav-items';
import { useRequiredSession } from '@web/app/session';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useHome } from '@web/features/home/home.api';
import { MyNeedsSection } from '@web/features/home/my-needs-section';
import { MyWorkSection } from '@web/features/home/my-work-section';
import { PlanSection } from '@web/features/home/plan-section';
import { PortfolioSection } from '@web/features/home/portfolio-section';
import { ToScoreSection } from '@web/features/home/to-score-section';
import { MyInvitationsSection } from '@web/features/home/my-invitations-section';
import '@web/features/home/home.css';

/** What waits for the user in her organisation, by role, from one request (GET /home). */
function RoleSections() {
  const home = useHome(true);
  if (home.isPending) return <LoadingState />;
  if (home.isError) return <ErrorState error={home.error} onRetry={() => void home.refetch()} />;
  const { toScore, myWork, myNeeds, portfolio, plan } = home.data;
  return (
    <>
      {toScore && <ToScoreSection items={toScore.items} />}
      {myWork && <MyWorkSection initiatives={myWork.initiatives} due={myWork.due} />}
      {myNeeds && <MyNeedsSection needs={myNeeds.latest} />}
      {portfolio && <PortfolioSection portfolio={portfolio} />}
      {home.data.plan !== null || portfolio ? <PlanSection plan={plan} /> : null}
    </>
  );
}

/**
 * The start page: a greeting, where and as what the user works, invitations to other
 * organisations, then what waits for her by role – needs to score, her initiatives and due
 * measurements, her own needs and what became of them, the portfolio in figures and the plan –
 * and shortcuts to what her role may do (the same list as the main menu, with a sentence each).
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
      {session.organization && <RoleSections />}
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
    </>
  );
}
