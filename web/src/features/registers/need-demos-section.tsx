import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { useSupplierDemos } from '@web/features/registers/registers.api';

/** On a need's page: the supplier demos that might answer it (shown to those who read the registers). */
export function NeedDemosSection({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const demos = useSupplierDemos({ needId });
  if (!can('register:read') || !demos.data) return null;
  return (
    <section aria-labelledby="need-demos-heading" className="stack">
      <Heading level={2} data-size="sm" id="need-demos-heading">
        {t('registers.demos.onNeedHeading')}
      </Heading>
      {demos.data.items.length === 0 ? (
        <Paragraph>{t('registers.demos.onNeedEmpty')}</Paragraph>
      ) : (
        <ul>
          {demos.data.items.map((demo) => (
            <li key={demo.id}>
              <Link asChild>
                <RouterLink to={paths.supplierDemo(demo.id)}>
                  {demo.heldOn} {demo.title}
                </RouterLink>
              </Link>{' '}
              ({demo.suppliers.join(', ')})
            </li>
          ))}
        </ul>
      )}
      <Paragraph data-size="sm">{t('registers.demos.notPurchase')}</Paragraph>
    </section>
  );
}
