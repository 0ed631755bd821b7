import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';

/** The links from an initiative's page to its risk analysis, classification and documents. */
export function InitiativeWorkLinks({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const links = [
    { to: paths.initiativeRisks(initiativeId), text: t('initiativeWork.risks'), hint: t('initiativeWork.risksHint') },
    { to: paths.initiativeClassification(initiativeId), text: t('initiativeWork.classification'), hint: t('initiativeWork.classificationHint') },
    { to: paths.initiativeDocuments(initiativeId), text: t('initiativeWork.documents'), hint: t('initiativeWork.documentsHint') },
  ];
  return (
    <section aria-labelledby="initiative-work-heading" className="stack">
      <Heading level={2} data-size="sm" id="initiative-work-heading">
        {t('initiativeWork.heading')}
      </Heading>
      <ul className="initiative-links">
        {links.map((link) => (
          <li key={link.to}>
            <Link asChild>
              <RouterLink to={link.to}>{link.text}</RouterLink>
            </Link>
            <Paragraph data-size="sm">{link.hint}</Paragraph>
          </li>
        ))}
      </ul>
    </section>
  );
}
