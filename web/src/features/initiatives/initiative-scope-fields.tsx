import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, FieldsetDescription, FieldsetLegend } from '@digdir/designsystemet-react';
import type { TFocusArea, TUnitTreeItem } from '@domain/organization.contracts';
import { fieldId } from '@web/ui/form-field';
import { unitOptions } from '@web/features/needs/need-labels';

/** What the edit form holds of an initiative's scope (its need's focus areas and units). */
export type TInitiativeScopeValues = { focusAreaIds: string[]; unitIds: string[]; allUnits: boolean };

type TProps = {
  values: TInitiativeScopeValues;
  onChange: (values: TInitiativeScopeValues) => void;
  options: { units: readonly TUnitTreeItem[]; focusAreas: readonly TFocusArea[] };
  /** The initiative's current choices stay choosable even when archived since. */
  keep: { focusAreaIds: readonly string[]; unitIds: readonly string[] };
};

const toggle = (ids: readonly string[], id: string, on: boolean) => (on ? [...ids.filter((other) => other !== id), id] : ids.filter((other) => other !== id));

/**
 * "Fokusområden" and "Avdelningar/enheter" in the initiative's edit form, as on the need: several
 * focus areas, and several units or "Alla enheter" (the whole förvaltning). While "Alla enheter"
 * is checked the single units are not offered, so nobody reads a choice that will not be saved.
 */
export function InitiativeScopeFields({ values, onChange, options, keep }: TProps) {
  const { t } = useTranslation();
  const areas = options.focusAreas.filter((area) => !area.isArchived || keep.focusAreaIds.includes(area.id));
  const units = options.units.filter((unit) => !unit.isArchived || keep.unitIds.includes(unit.id));
  const paths = new Map(unitOptions(options.units, { includeArchived: true }).map((option) => [option.value, option.label]));
  const areasId = fieldId('focusAreaIds');
  const unitsId = fieldId('unitIds');
  return (
    <>
      {areas.length > 0 && (
        <Fieldset aria-describedby={`${areasId}-description`}>
          <FieldsetLegend>
            {t('correcting.initiative.focusAreas')}
            <span className="field-optional"> {t('common.optional')}</span>
          </FieldsetLegend>
          <FieldsetDescription id={`${areasId}-description`}>{t('correcting.initiative.focusAreasHint')}</FieldsetDescription>
          {areas.map((area, index) => (
            <Checkbox
              key={area.id}
              id={index === 0 ? areasId : `${areasId}-${index}`}
              name="focusAreaIds"
              value={area.id}
              label={area.name}
              checked={values.focusAreaIds.includes(area.id)}
              onChange={(event) => onChange({ ...values, focusAreaIds: toggle(values.focusAreaIds, area.id, event.target.checked) })}
            />
          ))}
        </Fieldset>
      )}
      <Fieldset aria-describedby={`${unitsId}-description`}>
        <FieldsetLegend>
          {t('correcting.initiative.units')}
          <span className="field-optional"> {t('common.optional')}</span>
        </FieldsetLegend>
        <FieldsetDescription id={`${unitsId}-description`}>{t('correcting.initiative.unitsHint')}</FieldsetDescription>
        <Checkbox
          id={unitsId}
          name="allUnits"
          label={t('correcting.initiative.allUnits')}
          description={t('correcting.initiative.allUnitsHint')}
          checked={values.allUnits}
          onChange={(event) => onChange({ ...values, allUnits: event.target.checked })}
        />
        {!values.allUnits &&
          units.map((unit, index) => (
            <Checkbox
              key={unit.id}
              id={`${unitsId}-${index + 1}`}
              name="unitIds"
              value={unit.id}
              label={paths.get(unit.id) ?? unit.name}
              checked={values.unitIds.includes(unit.id)}
              onChange={(event) => onChange({ ...values, unitIds: toggle(values.unitIds, unit.id, event.target.checked) })}
            />
          ))}
      </Fieldset>
    </>
  );
}
