import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import type { TBenefit, TBenefitInput } from '@domain/benefits.contracts';
import {
  BENEFICIARIES,
  BENEFICIARY_LABELS,
  BENEFIT_CATALOGUE,
  BENEFIT_DIRECTION_LABELS,
  BENEFIT_DIRECTIONS,
  BENEFIT_KIND_LABELS,
  BENEFIT_KINDS,
  BENEFIT_LEVEL_LABELS,
  BENEFIT_LEVELS,
  BENEFIT_UNIT_LABELS,
  BENEFIT_UNITS,
  FREQUENCY_LABELS,
  MEASUREMENT_METHOD_LABELS,
  MEASUREMENT_METHODS,
} from '@domain/benefit-catalogue';
import { MEASUREMENT_FREQUENCIES } from '@domain/benefit-status';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { CheckboxGroupField, RadioGroupField } from '@web/ui/choice-group-field';
import { SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useBenefitOwners, useSaveBenefit } from '@web/features/benefits/benefits.api';
import { benefitFormFailure, NO_FAILURE } from '@web/features/benefits/benefit-form-failure';

type TForm = {
  description: string;
  level: string;
  beneficiaries: string[];
  kind: string;
  indicator: string;
  unit: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  direction: string;
  method: string;
  frequency: string;
  ownerId: string;
};
const FIELDS = ['description', 'level', 'beneficiaries', 'kind', 'indicator', 'unit', 'baselineValue', 'baselineDate', 'targetValue', 'targetDate', 'direction', 'method', 'frequency', 'ownerId'] as const;
const EMPTY: TForm = { description: '', level: 'organisation', beneficiaries: [], kind: 'quantitative', indicator: '', unit: '', baselineValue: '', baselineDate: '', targetValue: '', targetDate: '', direction: '', method: 'statistics', frequency: 'quarterly', ownerId: '' };
const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));
const orNull = (text: string) => (text.trim() === '' ? null : text);

/** The form values of a stored benefit, to change it. */
export function formOf(benefit: TBenefit): TForm {
  const decimal = (v: string | null) => (v === null ? '' : v.replace('.', ','));
  return {
    ...benefit,
    indicator: benefit.indicator ?? '',
    unit: benefit.unit ?? '',
    baselineValue: decimal(benefit.baselineValue),
    baselineDate: benefit.baselineDate ?? '',
    targetValue: decimal(benefit.targetValue),
    targetDate: benefit.targetDate ?? '',
    direction: benefit.direction ?? '',
    ownerId: benefit.owner.id,
  };
}

/**
 * Adds a benefit (or changes one, with its ETag). Numbers are typed the Swedish way and checked by
 * the server's parser; its field errors land on the fields and in the error summary.
 */
export function BenefitForm({ initiativeId, benefit, etag, onSaved }: { initiativeId: string; benefit?: TBenefit; etag?: string | null; onSaved?: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const owners = useBenefitOwners();
  const save = useSaveBenefit(initiativeId);
  const [failure, setFailure] = useState(NO_FAILURE);
  const [catalogueCode, setCatalogueCode] = useState('');
  const form = useForm<TForm>({ defaultValues: benefit ? formOf(benefit) : EMPTY, shouldFocusError: false });
  const { errors } = form.formState;
  const kind = form.watch('kind');
  const labels = Object.fromEntries(FIELDS.map((name) => [name, t(`benefits.fields.${name}`)])) as Record<(typeof FIELDS)[number], string>;
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  const prefix = benefit ? 'edit-' : '';

  const useCatalogue = () => {
    const entry = BENEFIT_CATALOGUE.find((c) => c.code === catalogueCode);
    if (!entry) return;
    form.reset({ ...form.getValues(), description: entry.description, level: entry.level, beneficiaries: entry.beneficiaries, kind: entry.kind, indicator: entry.indicator ?? '', unit: entry.unit ?? '', direction: entry.direction ?? '', method: entry.method });
  };

  const onSubmit = form.handleSubmit((values) => {
    setFailure(NO_FAILURE);
    const body: TBenefitInput = {
      description: values.description,
      level: values.level as TBenefitInput['level'],
      beneficiaries: values.beneficiaries as TBenefitInput['beneficiaries'],
      kind: values.kind as TBenefitInput['kind'],
      indicator: orNull(values.indicator),
      unit: orNull(values.unit) as TBenefitInput['unit'],
      baselineValue: orNull(values.baselineValue),
      baselineDate: orNull(values.baselineDate),
      targetValue: orNull(values.targetValue),
      targetDate: orNull(values.targetDate),
      direction: orNull(values.direction) as TBenefitInput['direction'],
      method: values.method as TBenefitInput['method'],
      frequency: values.frequency as TBenefitInput['frequency'],
      ownerId: values.ownerId,
    };
    save.mutate(
      { id: benefit?.id, body, etag },
      {
        onSuccess: () => {
          announce(t('benefits.plan.saved'));
          if (!benefit) form.reset(EMPTY);
          onSaved?.();
        },
        onError: (error) => setFailure(benefitFormFailure(error, FIELDS, form.setError)),
      },
    );
  });

  return (
    <>
      {failure.conflict && <ConflictNotice onReload={() => window.location.reload()} />}
      <ErrorSummary items={summary} focusKey={`${form.formState.submitCount}:${failure.summary?.message ?? ''}`} />
      {!benefit && (
        <div className="benefit-inline">
          <SelectField
            label={t('benefits.plan.catalogue')}
            description={t('benefits.plan.catalogueHint')}
            id="benefit-catalogue"
            options={BENEFIT_CATALOGUE.map((c) => ({ value: c.code, label: `${c.description} (${BENEFIT_KIND_LABELS[c.kind].toLowerCase()})` }))}
            placeholder={t('benefits.plan.catalogueNone')}
            value={catalogueCode}
            onChange={(e) => setCatalogueCode(e.target.value)}
          />
          <Button type="button" variant="secondary" onClick={useCatalogue} disabled={!catalogueCode}>
            {t('benefits.plan.useCatalogue')}
          </Button>
        </div>
      )}
      <form noValidate className="stack" onSubmit={(e) => void onSubmit(e)}>
        <TextareaField id={`${prefix}field-description`} label={labels.description} rows={2} error={errors.description?.message} {...form.register('description')} />
        <div className="benefit-grid">
          <RadioGroupField legend={labels.level} options={options(BENEFIT_LEVELS, BENEFIT_LEVEL_LABELS)} error={errors.level?.message} {...form.register('level')} />
          <CheckboxGroupField legend={labels.beneficiaries} options={options(BENEFICIARIES, BENEFICIARY_LABELS)} error={errors.beneficiaries?.message} {...form.register('beneficiaries')} />
          <RadioGroupField legend={labels.kind} options={options(BENEFIT_KINDS, BENEFIT_KIND_LABELS)} error={errors.kind?.message} {...form.register('kind')} />
        </div>
        {kind === 'quantitative' && (
          <div className="benefit-grid">
            <TextField id={`${prefix}field-indicator`} label={labels.indicator} error={errors.indicator?.message} {...form.register('indicator')} />
            <SelectField id={`${prefix}field-unit`} label={labels.unit} options={options(BENEFIT_UNITS, BENEFIT_UNIT_LABELS)} placeholder={t('benefits.plan.catalogueNone')} error={errors.unit?.message} {...form.register('unit')} />
            <SelectField id={`${prefix}field-direction`} label={labels.direction} options={options(BENEFIT_DIRECTIONS, BENEFIT_DIRECTION_LABELS)} placeholder={t('benefits.plan.catalogueNone')} error={errors.direction?.message} {...form.register('direction')} />
            <TextField id={`${prefix}field-baselineValue`} label={labels.baselineValue} description={t('benefits.fields.numberHint')} inputMode="decimal" error={errors.baselineValue?.message} {...form.register('baselineValue')} />
            <TextField id={`${prefix}field-baselineDate`} type="date" label={labels.baselineDate} error={errors.baselineDate?.message} {...form.register('baselineDate')} />
            <TextField id={`${prefix}field-targetValue`} label={labels.targetValue} description={t('benefits.fields.numberHint')} inputMode="decimal" error={errors.targetValue?.message} {...form.register('targetValue')} />
          </div>
        )}
        <div className="benefit-grid">
          <TextField id={`${prefix}field-targetDate`} type="date" label={labels.targetDate} optional={kind !== 'quantitative'} error={errors.targetDate?.message} {...form.register('targetDate')} />
          <SelectField id={`${prefix}field-method`} label={labels.method} options={options(MEASUREMENT_METHODS, MEASUREMENT_METHOD_LABELS)} error={errors.method?.message} {...form.register('method')} />
          <SelectField id={`${prefix}field-frequency`} label={labels.frequency} options={options(MEASUREMENT_FREQUENCIES, FREQUENCY_LABELS)} error={errors.frequency?.message} {...form.register('frequency')} />
          <SelectField
            id={`${prefix}field-ownerId`}
            label={labels.ownerId}
            options={(owners.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            placeholder={t('benefits.plan.catalogueNone')}
            error={errors.ownerId?.message}
            {...form.register('ownerId')}
          />
        </div>
        <div>
          <Button type="submit" disabled={save.isPending}>
            {t('benefits.plan.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
