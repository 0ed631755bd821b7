import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';

/** The initiative page's small section pointing to its benefit plan, calculation and follow-up. */
export function InitiativeBenefitLinks({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const links = [
    [paths.initiativeBenefits(initiativeId), t('benefits.links.plan')],
    [paths.initiativeCalculation(initiativeId), t('benefits.links.calculation')],
    [paths.initiativeFollowUp(initiativeId), t('benefits.links.followUp')],
  ] as const;
  return (
    <section aria-labelledby="initiative-benefits-heading" className="stack">
      <Heading level={2} data-size="sm" id="initiative-benefits-heading">
        {t('benefits.links.heading')}
      </Heading>
      <ul className="initiative-links">
        {links.map(([to, text]) => (
          <li key={to}>
            <Link asChild>
              <RouterLink to={to}>{text}</RouterLink>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
