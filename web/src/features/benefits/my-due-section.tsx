import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { useDueMeasurements } from '@web/features/benefits/benefits.api';

/** On the start page: the benefits the user owns whose measurement is due, when there are any. */
export function MyDueSection() {
  const can = useCan();
  return can('initiative:read') ? <DueList /> : null;
}

function DueList() {
  const { t } = useTranslation();
  const query = useDueMeasurements(true);
  const items = query.data ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="my-due-heading" className="stack">
      <Heading level={2} data-size="sm" id="my-due-heading">
        {t('benefits.due.homeHeading')}
      </Heading>
      <Paragraph>{t('benefits.due.homeCount', { count: items.length })}</Paragraph>
      <ul>
        {items.map((item) => (
          <li key={item.benefitId}>
            <Link asChild>
              <RouterLink to={paths.initiativeBenefit(item.initiativeId, item.benefitId)}>
                {item.description} – {item.initiativeTitle}
              </RouterLink>
            </Link>
          </li>
        ))}
      </ul>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`${paths.dueMeasurements}?mina=ja`}>{t('benefits.due.title')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
