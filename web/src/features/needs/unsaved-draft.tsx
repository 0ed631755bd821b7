import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFocusArea, TUnitTreeItem } from '@domain/organization.contracts';
import { formatCostEstimate } from '@domain/cost-estimate';
import { SCOPE_SEPARATOR } from '@domain/need-scope';
import { costEstimateFromWire } from '@domain/cost-estimate.contracts';
import { NEED_FORM_FIELDS, costEstimateFromForm, type TNeedCostField, type TNeedFormField, type TNeedFormValues } from '@web/features/needs/need-form';
import { unitOptions } from '@web/features/needs/need-labels';

type TUnsavedDraftProps = {
  /** What the user had typed when her save met someone else's change. */
  draft: TNeedFormValues;
  /** The version she had started from: only fields she changed from it are her text. */
  startedFrom: TNeedFormValues;
  /** The latest saved version, now in the form. */
  saved: TNeedFormValues;
  labels: Record<TNeedFormField | TNeedCostField, string>;
  options: { units: readonly TUnitTreeItem[]; focusAreas: readonly TFocusArea[] };
  onUse: (name: TNeedFormField) => void;
};

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A field's value for comparing versions: the units go with "Alla enheter", in any order. */
function fieldValue(values: TNeedFormValues, name: TNeedFormField): unknown {
  if (name === 'unitIds') return { allUnits: values.allUnits, unitIds: values.allUnits ? [] : [...values.unitIds].sort() };
  if (name === 'focusAreaIds') return [...values.focusAreaIds].sort();
  return values[name];
}

/**
 * After "Ladda om" on a conflict: the user's unsaved changes beside the form (which now holds the
 * latest version) — only the fields she had changed and that still differ — each with "Använd min
 * text" to put it back.
 * It takes focus, since the conflict notice that had focus is gone.
 */
export function UnsavedDraft({ draft, startedFrom, saved, labels, options, onUse }: TUnsavedDraftProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const changed = NEED_FORM_FIELDS.filter((name) => !sameValue(fieldValue(draft, name), fieldValue(startedFrom, name)) && !sameValue(fieldValue(draft, name), fieldValue(saved, name)));
  const units = new Map(unitOptions(options.units, { includeArchived: true }).map((option) => [option.value, option.label]));
  const focusAreas = new Map(options.focusAreas.map((area) => [area.id, area.name]));

  const shown = (name: TNeedFormField): string => {
    switch (name) {
      case 'affectedGroups':
        return draft.affectedGroups.map((group) => t(`needs.affectedGroup.${group}`)).join(', ') || t('needs.detail.notGiven');
      case 'unitIds':
        if (draft.allUnits) return t('needs.form.allUnits');
        return draft.unitIds.map((id) => units.get(id) ?? '').filter(Boolean).join(SCOPE_SEPARATOR) || t('needs.detail.notGiven');
      case 'focusAreaIds':
        return draft.focusAreaIds.map((id) => focusAreas.get(id) ?? '').filter(Boolean).join(SCOPE_SEPARATOR) || t('needs.detail.notGiven');
      case 'costEstimate': {
        const estimate = costEstimateFromForm(draft.costEstimate);
        return (estimate && formatCostEstimate(costEstimateFromWire(estimate))) || t('needs.detail.notGiven');
      }
      case 'title':
      case 'problem':
      case 'expectedBenefit':
        return draft[name];
    }
  };

  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="unsaved-draft-heading" className="need-conflict-draft stack">
      <Heading level={2} data-size="xs" id="unsaved-draft-heading">
        {t('needs.edit.draftHeading')}
      </Heading>
      <Paragraph>{changed.length > 0 ? t('needs.edit.draftIntro') : t('needs.edit.draftSame')}</Paragraph>
      {changed.length > 0 && (
        <dl>
          {changed.map((name) => (
            <div key={name}>
              <dt>{labels[name]}</dt>
              <dd>
                <span>{shown(name)}</span>
                <br />
                <Button variant="tertiary" data-size="sm" onClick={() => onUse(name)}>
                  {t('needs.edit.useMine')}
                  <span className="visually-hidden">: {labels[name]}</span>
                </Button>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
