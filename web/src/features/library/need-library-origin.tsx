import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useNeedLibraryOrigin } from '@web/features/library/library.api';

/** "Kopierat från biblioteket: …" on a need copied from a library entry, linking to the entry (which may since be withdrawn). */
export function NeedLibraryOrigin({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const origin = useNeedLibraryOrigin(needId).data?.origin;
  if (!origin) return null;
  return (
    <Paragraph>
      {t('library.origin.copiedFrom', { title: origin.title })}{' '}
      <Link asChild>
        <RouterLink to={paths.libraryEntry(origin.libraryEntryId)}>{t('library.origin.open')}</RouterLink>
      </Link>
    </Paragraph>
  );
}
