import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { COST_RECURRENCES } from '@domain/cost-estimate';
import { AFFECTED_GROUPS } from '@domain/needs.contracts';
import type { TFocusArea, TUnitTreeItem } from '@domain/organization.contracts';
import { Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, ValidationMessage } from '@digdir/designsystemet-react';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { fieldId, SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { unitOptions } from '@web/features/needs/need-labels';
import type { TNeedCostField, TNeedFormField, TNeedFormValues, TNeedTextField } from '@web/features/needs/need-form';
import { useFocusAreaOptions, useUnitOptions } from '@web/features/needs/needs.api';

/**
 * The units and focus areas the form offers. Pages render the form only once both have loaded, so
 * the need's own choices are checked from the start.
 */
export function useNeedFormOptions() {
  const units = useUnitOptions();
  const focusAreas = useFocusAreaOptions();
  const error = units.error ?? focusAreas.error;
  const data = units.data && focusAreas.data ? { units: units.data, focusAreas: focusAreas.data } : undefined;
  const retry = () => {
    if (units.isError) void units.refetch();
    if (focusAreas.isError) void focusAreas.refetch();
  };
  return { data, error, retry };
}

type TNeedFormFieldsProps = {
  form: UseFormReturn<TNeedFormValues>;
  labels: Record<TNeedFormField | TNeedCostField, string>;
  guardOnBlur: (name: TNeedTextField) => void;
  options: { units: readonly TUnitTreeItem[]; focusAreas: readonly TFocusArea[] };
  /** Whether a unit (or all) must be chosen (a new need) or may stay empty (an edit). */
  unitRequired: boolean;
  /** The need's current units and focus areas stay choosable even when archived. */
  keepUnitIds?: readonly string[];
  keepFocusAreaIds?: readonly string[];
};

type TNeedUnitsFieldProps = Pick<TNeedFormFieldsProps, 'form' | 'labels' | 'unitRequired' | 'keepUnitIds'> & { units: readonly TUnitTreeItem[] };

/**
 * "Avdelningar/enheter": "Alla enheter" first (the whole förvaltning), else one or more units by
 * their path in the tree. While "Alla enheter" is checked the single units are not offered, so
 * nobody reads a choice that will not be saved. The first checkbox carries the group's field id,
 * so the error summary's link lands in the group.
 */
function NeedUnitsField({ form, labels, unitRequired, keepUnitIds = [], units }: TNeedUnitsFieldProps) {
  const { t } = useTranslation();
  const error = form.formState.errors.unitIds;
  const message = error?.message ?? error?.root?.message;
  const allUnits = form.watch('allUnits');
  const baseId = fieldId('unitIds');
  const errorId = message ? `${baseId}-error` : undefined;
  const options = units.filter((unit) => !unit.isArchived || keepUnitIds.includes(unit.id));
  const paths = new Map(unitOptions(units, { includeArchived: true }).map((option) => [option.value, option.label]));
  return (
    <Fieldset aria-describedby={[`${baseId}-description`, errorId].filter(Boolean).join(' ')}>
      <FieldsetLegend>
        {labels.unitIds}
        {!unitRequired && <span className="field-optional"> {t('common.optional')}</span>}
      </FieldsetLegend>
      <FieldsetDescription id={`${baseId}-description`}>{t('needs.form.unitsDescription')}</FieldsetDescription>
      <Checkbox id={baseId} label={t('needs.form.allUnits')} description={t('needs.form.allUnitsDescription')} aria-invalid={message ? true : undefined} {...form.register('allUnits')} />
      {!allUnits &&
        options.map((unit, index) => (
          <Checkbox key={unit.id} id={`${baseId}-${index + 1}`} value={unit.id} label={paths.get(unit.id) ?? unit.name} aria-invalid={message ? true : undefined} {...form.register('unitIds')} />
        ))}
      {message && <ValidationMessage id={errorId}>{message}</ValidationMessage>}
    </Fieldset>
  );
}

/**
 * The fields of the e-service form "Digitala initiativ", shared by "Lämna ett behov" and
 * "Redigera behov": what the problem is, who gains and how, who is affected, and where it belongs.
 */
export function NeedFormFields({ form, labels, guardOnBlur, options, unitRequired, keepUnitIds, keepFocusAreaIds = [] }: TNeedFormFieldsProps) {
  const { t } = useTranslation();
  const { errors } = form.formState;

  const textField = (name: TNeedTextField) => {
    const registration = form.register(name);
    return {
      ...registration,
      onBlur: async (event: Parameters<typeof registration.onBlur>[0]) => {
        await registration.onBlur(event);
        guardOnBlur(name);
      },
    };
  };

  const focusAreaOptions = options.focusAreas
    .filter((area) => !area.isArchived || keepFocusAreaIds.includes(area.id))
    .map((area) => ({ value: area.id, label: area.name }));

  return (
    <>
      <TextField label={labels.title} description={t('needs.form.titleDescription')} error={errors.title?.message} autoComplete="off" {...textField('title')} />
      <TextareaField label={labels.problem} description={t('needs.form.problemDescription')} error={errors.problem?.message} rows={6} {...textField('problem')} />
      <TextareaField
        label={labels.expectedBenefit}
        description={t('needs.form.expectedBenefitDescription')}
        error={errors.expectedBenefit?.message}
        rows={6}
        {...textField('expectedBenefit')}
      />
      <CheckboxGroupField
        legend={labels.affectedGroups}
        description={t('needs.form.affectedGroupsDescription')}
        error={errors.affectedGroups?.message ?? errors.affectedGroups?.root?.message}
        options={AFFECTED_GROUPS.map((group) => ({ value: group, label: t(`needs.affectedGroup.${group}`) }))}
        {...form.register('affectedGroups')}
      />
      <NeedUnitsField form={form} labels={labels} unitRequired={unitRequired} keepUnitIds={keepUnitIds} units={options.units} />
      {focusAreaOptions.length > 0 && (
        <CheckboxGroupField
          legend={labels.focusAreaIds}
          description={t('needs.form.focusAreasDescription')}
          optional
          error={errors.focusAreaIds?.message ?? errors.focusAreaIds?.root?.message}
          options={focusAreaOptions}
          {...form.register('focusAreaIds')}
        />
      )}
      <fieldset className="need-cost-fieldset stack" aria-describedby="need-cost-description">
        <legend>
          {labels.costEstimate} <span className="field-optional">{t('common.optional')}</span>
        </legend>
        <p id="need-cost-description" className="field-description">
          {t('needs.form.costEstimateDescription')}
        </p>
        <TextField label={labels['costEstimate.low']} optional inputMode="decimal" autoComplete="off" error={errors.costEstimate?.low?.message} {...form.register('costEstimate.low')} />
        <TextField
          label={labels['costEstimate.high']}
          description={t('needs.form.costHighDescription')}
          optional
          inputMode="decimal"
          autoComplete="off"
          error={errors.costEstimate?.high?.message}
          {...form.register('costEstimate.high')}
        />
        <SelectField
          label={labels['costEstimate.recurrence']}
          options={COST_RECURRENCES.map((value) => ({ value, label: t(`plans.recurrences.${value}`) }))}
          {...form.register('costEstimate.recurrence')}
        />
        <TextField
          label={labels['costEstimate.note']}
          description={t('needs.form.costNoteDescription')}
          optional
          autoComplete="off"
          error={errors.costEstimate?.note?.message}
          {...form.register('costEstimate.note')}
        />
      </fieldset>
    </>
  );
}
