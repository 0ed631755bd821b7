import type { ReactNode } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Fieldset, FieldsetDescription, FieldsetLegend, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { LEVEL_HELP, LEVELS, type Criterion } from '@domain/assessment';
import { fieldId } from '@web/ui/form-field';

type TScoreFieldsetProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  criterion: Criterion;
  /** Under the legend: the criterion's question by default, or e.g. the raters' mean. */
  description?: ReactNode;
  /** A fact for this need after the description, e.g. the goals it serves for måluppfyllelse. */
  note?: ReactNode;
  /** Shows each level's meaning (the model's help text) under its number. */
  showLevelHelp: boolean;
  error?: string;
  /** Prefixes the ids when two score forms share a page (a coordinator's own scores and the fix form). */
  idPrefix?: string;
};

/**
 * One criterion as a radio group 1–4: the legend is the criterion, each radio is labelled with its
 * number and described by what the level means, and the value reaches the form as a number. The
 * first radio carries `fieldId(name)` so an error summary can link to the group.
 */
export function ScoreFieldset<T extends FieldValues>({ control, name, criterion, description, note, showLevelHelp, error, idPrefix = '' }: TScoreFieldsetProps<T>) {
  const { t } = useTranslation();
  const { field } = useController({ control, name });
  const baseId = `${idPrefix}${fieldId(name)}`;
  const descriptionId = `${baseId}-description`;
  const errorId = error ? `${baseId}-error` : undefined;
  return (
    <Fieldset className={showLevelHelp ? 'score-fieldset' : 'score-fieldset score-fieldset--compact'} aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ')}>
      <FieldsetLegend>{criterion.label}</FieldsetLegend>
      <FieldsetDescription id={descriptionId}>
        {description ?? criterion.description} {t('assessment.scaleShort')}
        {note && <> {note}</>}
      </FieldsetDescription>
      <div className="score-fieldset__options">
        {LEVELS.map((level, index) => (
          <Radio
            key={level}
            id={index === 0 ? baseId : `${baseId}-${level}`}
            name={name}
            value={String(level)}
            label={String(level)}
            description={showLevelHelp ? LEVEL_HELP[criterion.key][level] : undefined}
            checked={field.value === level}
            onChange={() => field.onChange(level)}
            onBlur={field.onBlur}
            ref={index === 0 ? field.ref : undefined}
            aria-invalid={error ? true : undefined}
          />
        ))}
      </div>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
