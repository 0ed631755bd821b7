import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';

/** The footer: what Digiplan is, the accessibility statement (required by law) and the API docs. */
export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="page-width site-footer__inner">
        <Paragraph data-size="sm">{t('footer.about')}</Paragraph>
        <ul className="site-footer__links">
          <li>
            <Link asChild>
              <RouterLink to={paths.accessibility}>{t('footer.accessibility')}</RouterLink>
            </Link>
          </li>
          <li>
            <Link href="/api/docs">{t('footer.apiDocs')}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
