import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TNeed } from '@domain/needs.contracts';
import { problemText } from '@web/i18n/error-text';
import { useAnnounce } from '@web/ui/live-region';
import { useToggleSupport } from '@web/features/needs/needs.api';

/**
 * "Jag har också detta behov": colleagues back a need they share, which tells the coordinator how
 * widespread it is. The button keeps focus when its text flips, and the change is announced.
 */
export function NeedSupport({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const toggle = useToggleSupport(need.id);
  const supported = need.isSupportedByMe;

  const handleClick = () => {
    if (toggle.isPending) return;
    toggle.mutate(!supported, {
      onSuccess: () => announce(supported ? t('needs.support.withdrawn') : t('needs.support.added')),
      onError: (error) => announce(problemText(error)),
    });
  };

  return (
    <section aria-labelledby="need-support-heading" className="need-support">
      <Heading level={2} data-size="sm" id="need-support-heading">
        {t('needs.support.heading')}
      </Heading>
      <Paragraph>
        {t('needs.support.count', { count: need.supporterCount })}
        {supported && ` ${t('needs.support.youSupport')}`}
      </Paragraph>
      {need.permissions.canSupport && (
        <>
          {!supported && <Paragraph data-size="sm">{t('needs.support.description')}</Paragraph>}
          <Button variant={supported ? 'secondary' : 'primary'} onClick={handleClick} loading={toggle.isPending} aria-disabled={toggle.isPending || undefined}>
            {supported ? t('needs.support.withdraw') : t('needs.support.add')}
          </Button>
        </>
      )}
    </section>
  );
}
