import type { ReactNode } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { Heading } from '@digdir/designsystemet-react';
import { AXIS_LABELS, type CriterionKey } from '@domain/assessment';
import { CRITERIA_BY_AXIS } from '@web/features/assessment/assessment-format';
import { ScoreFieldset } from '@web/features/assessment/score-fieldset';

type TScoreAxisGroupsProps<T extends FieldValues> = {
  control: Control<T>;
  /** Names the form in the axis headings' ids ('my' → my-axis-feasibility). */
  formKey: string;
  /** Prefixes the radio ids, so two score forms can share the need page. */
  idPrefix?: string;
  showLevelHelp: boolean;
  errors: Partial<Record<CriterionKey, { message?: string }>> | undefined;
  describe?: (criterion: CriterionKey) => ReactNode;
  /** Facts about this need shown with a criterion (the goals it serves, with måluppfyllelse). */
  notes?: Partial<Record<CriterionKey, ReactNode>>;
};

/**
 * The eight criteria of a score form (field `scores.<criterion>`), grouped under Genomförbarhet and
 * Potential/nytta with a heading each. Used by a rater's own form and the coordinator's fix form.
 */
export function ScoreAxisGroups<T extends FieldValues>({ control, formKey, idPrefix = '', showLevelHelp, errors, describe, notes }: TScoreAxisGroupsProps<T>) {
  return CRITERIA_BY_AXIS.map(({ axis, criteria }) => (
    <div key={axis} className="stack score-axis" role="group" aria-labelledby={`${formKey}-axis-${axis}`}>
      <Heading level={4} data-size="2xs" id={`${formKey}-axis-${axis}`}>
        {AXIS_LABELS[axis]}
      </Heading>
      {criteria.map((criterion) => (
        <ScoreFieldset
          key={criterion.key}
          control={control}
          name={`scores.${criterion.key}` as FieldPath<T>}
          criterion={criterion}
          description={describe?.(criterion.key)}
          note={notes?.[criterion.key]}
          showLevelHelp={showLevelHelp}
          idPrefix={idPrefix}
          error={errors?.[criterion.key]?.message}
        />
      ))}
    </div>
  ));
}
