import { useTranslation } from 'react-i18next';
import { Details } from '@digdir/designsystemet-react';
import { ImportPanel } from '@web/features/registers/import-panel';

/**
 * Bringing an existing plan in (issue 13): the register import pattern — template, preview with
 * every row's errors, all or nothing — for needs and initiatives decided before Digiplan. Folded
 * away by default, since it is used once or twice, not every day.
 */
export function NeedsImportSection() {
  const { t } = useTranslation();
  return (
    <Details>
      <Details.Summary>{t('needs.import.summary')}</Details.Summary>
      <Details.Content>
        <ImportPanel base="/needs" heading={t('needs.import.heading')} intro={t('needs.import.intro')} />
      </Details.Content>
    </Details>
  );
}
