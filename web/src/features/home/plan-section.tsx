import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { THomePlan } from '@domain/home.contracts';
import { paths } from '@web/app/paths';
import { formatDate } from '@web/ui/format';
import { StatusTag } from '@web/ui/status-tag';

/** For those who steer: the digitalisation plan in force (or the newest), its version and state. */
export function PlanSection({ plan }: { plan: THomePlan | null }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="home-plan-heading" className="stack">
      <Heading level={2} data-size="sm" id="home-plan-heading">
        {t('start.plan.heading')}
      </Heading>
      {plan === null ? (
        <Paragraph>
          {t('start.plan.none')}{' '}
          <Link asChild>
            <RouterLink to={paths.plans}>{t('nav.plans')}</RouterLink>
          </Link>
        </Paragraph>
      ) : (
        <>
          <Paragraph>
            <Link asChild>
              <RouterLink to={paths.plan(plan.id)}>{plan.title}</RouterLink>
            </Link>
          </Paragraph>
          <ul className="home-facts">
            <li>{t('start.plan.period', { start: plan.startYear, end: plan.endYear })}</li>
            <li>{t('start.plan.version', { number: plan.versionNumber })}</li>
            <li>
              <StatusTag tone={plan.status === 'fixed' ? 'success' : 'info'}>
                {plan.status === 'fixed' ? t('start.plan.fixed', { date: formatDate(plan.fixedOn) }) : t('start.plan.draft')}
              </StatusTag>
            </li>
            <li>{t('start.plan.items', { count: plan.itemCount })}</li>
          </ul>
        </>
      )}
    </section>
  );
}
