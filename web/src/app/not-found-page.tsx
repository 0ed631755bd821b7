import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';

/** The friendly 404 for addresses no route knows. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('notFound.title')}</PageHeading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.start}>{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
