import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_ASPECTS, type ClassificationAspect } from '@domain/classification';
import type { TClassification, TLevelLabels } from '@domain/information-classification.contracts';
import { DataTable } from '@web/ui/data-table';

/** A classification per aspect: level with the organisation's name for it, and justification. */
export function ClassificationTable({ classification, labels }: { classification: TClassification; labels: TLevelLabels }) {
  const { t } = useTranslation();
  return (
    <DataTable<ClassificationAspect>
      caption={t('classification.current.caption')}
      captionHidden
      rows={[...CLASSIFICATION_ASPECTS]}
      rowKey={(aspect) => aspect}
      columns={[
        { id: 'aspect', header: t('classification.current.aspect'), cell: (aspect) => t(`classification.aspects.${aspect}`), isRowHeader: true },
        { id: 'level', header: t('classification.current.level'), cell: (aspect) => `${classification[aspect].level} – ${labels[String(classification[aspect].level) as keyof TLevelLabels]}` },
        { id: 'justification', header: t('classification.current.justification'), cell: (aspect) => classification[aspect].justification },
      ]}
    />
  );
}
