import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useIntegrations } from '@web/features/registers/registers.api';

/** On a system's page: what it exchanges with which systems, double entry named in words. */
export function SystemIntegrations({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const integrations = useIntegrations({ systemId });
  return (
    <section aria-labelledby="system-integrations-heading" className="stack">
      <Heading level={2} data-size="sm" id="system-integrations-heading">
        {t('registers.integrations.ofSystem')}
      </Heading>
      {integrations.data && integrations.data.items.length > 0 ? (
        <ul>
          {integrations.data.items.map((i) => (
            <li key={i.id}>
              {i.fromSystemName} → {i.toSystemName}: {i.information} ({t(`registers.integrations.methods.${i.method}`)}
              {i.doubleEntry ? `, ${t('registers.integrations.doubleEntryYes')}` : ''})
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph>{t('registers.integrations.noneForSystem')}</Paragraph>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.integrations}>{t('registers.integrations.allLink')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
