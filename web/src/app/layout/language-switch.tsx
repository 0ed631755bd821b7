import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import { setLanguage } from '@web/i18n/i18n';
import type { TLanguage } from '@web/i18n/translation';

/**
 * Offers the other language, named in that language ("English" / "Svenska") and marked with its
 * `lang`, so a screen reader pronounces it correctly and a user who cannot read the current
 * language still finds it.
 */
export function LanguageSwitch({ onSwitched }: { onSwitched?: () => void }) {
  const { t, i18n } = useTranslation();
  const other: TLanguage = i18n.language === 'en' ? 'sv' : 'en';
  return (
    <Button
      variant="tertiary"
      data-size="sm"
      lang={other}
      onClick={() => {
        void setLanguage(other).then(onSwitched);
      }}
    >
      {t(`language.${other}`)}
    </Button>
  );
}
