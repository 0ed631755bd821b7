import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { COST_RECURRENCES } from '@domain/cost-estimate';
import { AFFECTED_GROUPS } from '@domain/needs.contracts';
import type { TFocusArea, TUnitTreeItem } from '@domain/organization.contracts';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { unitOptions } from '@web/features/needs/need-labels';
import type { TNeedCostField, TNeedFormField, TNeedFormValues, TNeedTextField } from '@web/features/needs/need-form';
import { useFocusAreaOptions, useUnitOptions } from '@web/features/needs/needs.api';

/**
 * The units and focus areas the form's selects offer. Pages render the form only once both have
 * loaded: a native select given its value before its options exist would show the placeholder
 * while the form holds a unit.
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
  /** Whether a unit must be chosen (a new need) or may stay empty (an edit). */
  unitRequired: boolean;
  /** The need's current unit and focus area stay selectable even when archived. */
  keepUnitId?: string | null;
  keepFocusAreaId?: string | null;
};

/**
 * The fields of the e-service form "Digitala initiativ", shared by "Lämna ett behov" and
 * "Redigera behov": what the problem is, who gains and how, who is affected, and where it belongs.
 */
export function NeedFormFields({ form, labels, guardOnBlur, options, unitRequired, keepUnitId, keepFocusAreaId }: TNeedFormFieldsProps) {
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
    .filter((area) => !area.isArchived || area.id === keepFocusAreaId)
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
      <SelectField
        label={labels.unitId}
        description={t('needs.form.unitDescription')}
        optional={!unitRequired}
        error={errors.unitId?.message}
        placeholder={t('needs.form.unitPlaceholder')}
        options={unitOptions(options.units, { keepId: keepUnitId })}
        {...form.register('unitId')}
      />
      <SelectField
        label={labels.focusAreaId}
        description={t('needs.form.focusAreaDescription')}
        optional
        error={errors.focusAreaId?.message}
        placeholder={t('needs.form.focusAreaPlaceholder')}
        options={focusAreaOptions}
        {...form.register('focusAreaId')}
      />
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
