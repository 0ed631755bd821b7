import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { useSystems, useWelfareTech } from '@web/features/registers/registers.api';

/**
 * On an initiative's page: the systems it introduced or changed and the technology it brought, with
 * a link that opens the inventory form prefilled with the initiative (e.g. at handover).
 */
export function InitiativeRegistersSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const readable = can('register:read');
  const systems = useSystems({ initiativeId });
  const technology = useWelfareTech({ initiativeId });
  if (!readable) return null;
  return (
    <section aria-labelledby="initiative-registers-heading" className="stack">
      <Heading level={2} data-size="sm" id="initiative-registers-heading">
        {t('registers.onInitiative.heading')}
      </Heading>
      <Paragraph>{t('registers.onInitiative.systems')}:</Paragraph>
      {systems.data && systems.data.items.length > 0 ? (
        <ul>
          {systems.data.items.map((system) => (
            <li key={system.id}>
              <Link asChild>
                <RouterLink to={paths.system(system.id)}>{system.name}</RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph data-size="sm">{t('registers.onInitiative.noSystems')}</Paragraph>
      )}
      <Paragraph>{t('registers.onInitiative.technology')}:</Paragraph>
      {technology.data && technology.data.items.length > 0 ? (
        <ul>
          {technology.data.items.map((item) => (
            <li key={item.id}>
              <Link asChild>
                <RouterLink to={paths.welfareTechItem(item.id)}>
                  {item.unitCount} × {item.technology} {item.placement ? `(${item.placement})` : ''} {item.asOf}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph data-size="sm">{t('registers.onInitiative.noTechnology')}</Paragraph>
      )}
      {can('register:manage') && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.newWelfareTech(initiativeId)}>{t('registers.onInitiative.addTechnology')}</RouterLink>
          </Link>
        </Paragraph>
      )}
    </section>
  );
}
