import { useTranslation } from 'react-i18next';
import { apiUrl } from '@web/api/client';
import { ExportLink } from '@web/ui/export-link';

/** "Ladda ner som Excel" and "… som CSV" for one register list (`path` is its export route). */
export function ExportLinks({ path, query = {} }: { path: string; query?: Record<string, string | undefined> }) {
  const { t } = useTranslation();
  return (
    <div className="register-exports">
      <ExportLink href={apiUrl(path, { ...query, format: 'xlsx' })} text={t('registers.export.xlsx')} hint="" />
      <ExportLink href={apiUrl(path, { ...query, format: 'csv' })} text={t('registers.export.csv')} hint={t('registers.export.hint')} />
    </div>
  );
}
