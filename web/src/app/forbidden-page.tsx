import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';

/** Shown instead of a page the current role may not use. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('forbidden.title')}</PageHeading>
      <Paragraph>{t('forbidden.body')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.start}>{t('notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
