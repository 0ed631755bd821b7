import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useCan } from '@web/app/session';

/**
 * Shown when a save answers 409 `plan_fixed`: someone fixed the version meanwhile. Says so in
 * Swedish and offers to start a new version (to those who draft plans). Takes focus, like the conflict
 * notice, so a screen-reader user hears why nothing was saved.
 */
export function PlanFixedNotice({ onStartNewVersion }: { onStartNewVersion: () => void }) {
  const { t } = useTranslation();
  const canStartNewVersion = useCan()('plan:edit');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert data-color="warning" ref={ref} tabIndex={-1} className="conflict-notice">
      <Paragraph>{t('plans.page.planFixed')}</Paragraph>
      {canStartNewVersion && (
        <Button variant="secondary" onClick={onStartNewVersion}>
          {t('plans.page.startNewVersion')}
        </Button>
      )}
    </Alert>
  );
}
