import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useAnnounce } from '@web/ui/live-region';

/**
 * The one-time password, shown once in a clearly marked box that takes focus: large monospaced
 * text (selecting it selects all of it) and a copy button. It lives only in this component's
 * props — never in the query cache, the address or storage.
 */
export function OneTimePasswordBox({ password, intro }: { password: string; intro: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState(false);
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);
  // After any dialog that led here has closed and handed focus back to its button.
  useEffect(() => {
    const timer = window.setTimeout(() => ref.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [password]);

  const handleCopy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
      announce(t('admin.oneTimePassword.copied'));
    } catch {
      announce(t('admin.oneTimePassword.copyFailed'));
    }
  };

  return (
    <Alert data-color="warning" ref={ref} tabIndex={-1} className="one-time-password conflict-notice" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('admin.oneTimePassword.heading')}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      <p className="one-time-password__value" translate="no">
        {password}
      </p>
      <Paragraph>{t('admin.oneTimePassword.instructions')}</Paragraph>
      {canCopy && (
        <Button variant="secondary" onClick={() => void handleCopy()}>
          {copied ? t('admin.oneTimePassword.copiedButton') : t('admin.oneTimePassword.copy')}
        </Button>
      )}
    </Alert>
  );
}
