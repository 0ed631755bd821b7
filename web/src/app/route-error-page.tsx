import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { PageHeading } from '@web/ui/page-heading';

function RouteErrorContent() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('routeError.title')}</PageHeading>
      <Paragraph>{t('routeError.body')}</Paragraph>
      <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
    </>
  );
}

/**
 * Shown inside the layout when a page throws or its code cannot be loaded (typically a stale tab
 * after a new version was deployed): says so plainly and offers a full reload.
 */
export function PageErrorPage() {
  return <RouteErrorContent />;
}

/** The last resort when the layout itself fails: same message, with its own main landmark. */
export function AppErrorPage() {
  return (
    <main id="main" className="page-width route-error">
      <RouteErrorContent />
    </main>
  );
}
