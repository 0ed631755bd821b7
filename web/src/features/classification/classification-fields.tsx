import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_ASPECTS, CLASSIFICATION_LEVELS, type ClassificationAspect } from '@domain/classification';
import type { TLevelLabels } from '@domain/information-classification.contracts';
import { SelectField, TextareaField } from '@web/ui/form-field';
import type { TClassificationDraft, TClassificationErrors } from '@web/features/classification/classification-draft';

/**
 * The four KLASSA aspects, each a level 0–4 (named by the organisation's labels) and a
 * justification. Shared by every subject that is classified (initiatives, the system register):
 * the field names (`confidentiality.level` …) match the API's error paths.
 */
export function ClassificationFields({ draft, onChange, labels, errors }: { draft: TClassificationDraft; onChange: (draft: TClassificationDraft) => void; labels: TLevelLabels; errors: TClassificationErrors }) {
  const { t } = useTranslation();
  const set = (aspect: ClassificationAspect, key: 'level' | 'justification', value: string) => onChange({ ...draft, [aspect]: { ...draft[aspect], [key]: value } });
  const options = CLASSIFICATION_LEVELS.map((level) => ({ value: String(level), label: t('classification.form.levelOption', { level, label: labels[String(level) as keyof TLevelLabels] }) }));
  return (
    <>
      {CLASSIFICATION_ASPECTS.map((aspect) => (
        <div key={aspect} className="form-row">
          <SelectField
            label={t('classification.form.level', { aspect: t(`classification.aspects.${aspect}`) })}
            name={`${aspect}.level`}
            value={draft[aspect].level}
            onChange={(e) => set(aspect, 'level', e.target.value)}
            options={options}
            placeholder="–"
            error={errors[`${aspect}.level`]}
          />
          <TextareaField
            label={t('classification.form.justification', { aspect: t(`classification.aspects.${aspect}`) })}
            name={`${aspect}.justification`}
            value={draft[aspect].justification}
            onChange={(e) => set(aspect, 'justification', e.target.value)}
            rows={2}
            error={errors[`${aspect}.justification`]}
          />
        </div>
      ))}
    </>
  );
}
