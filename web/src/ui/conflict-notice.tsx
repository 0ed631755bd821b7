import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';

/**
 * Shown when a save answers 412 (someone else saved first): says so in plain words, keeps the
 * user's text on screen, and offers "Ladda om" to fetch the latest version. It takes focus so a
 * screen-reader user hears why the save did not go through.
 */
export function ConflictNotice({ onReload, headingLevel = 2 }: { onReload: () => void; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert data-color="warning" ref={ref} tabIndex={-1} className="conflict-notice">
      <Heading level={headingLevel} data-size="xs">
        {t('conflict.heading')}
      </Heading>
      <Paragraph>{t('conflict.body')}</Paragraph>
      <Paragraph>{t('conflict.keepText')}</Paragraph>
      <Button variant="secondary" onClick={onReload}>
        {t('common.reload')}
      </Button>
    </Alert>
  );
}
