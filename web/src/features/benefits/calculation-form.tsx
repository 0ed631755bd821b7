import { useState } from 'react';
import { useFieldArray, useForm, type FieldPath } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Fieldset, FieldsetLegend, Heading, Paragraph } from '@digdir/designsystemet-react';
import { BENEFIT_VALUE_KINDS, COST_KINDS } from '@domain/cost-benefit';
import type { TCalculation } from '@domain/cost-benefit.contracts';
import { isApiError } from '@web/api/api-error';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { fieldId, SelectField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useSaveCalculation } from '@web/features/benefits/benefits.api';
import { benefitFormFailure, NO_FAILURE } from '@web/features/benefits/benefit-form-failure';
import { calcFormOf, type TCalcForm } from '@web/features/benefits/calculation-form-values';

type TPath = FieldPath<TCalcForm>;

/** The field paths a failed save names (body.costs.0.unitAmount → costs.0.unitAmount). */
function fieldPathsOf(error: unknown): string[] {
  return isApiError(error) ? error.errors.map((issue) => issue.path.replace(/^body\./, '')) : [];
}

/** Every error of the form, each linking to its field, in form order. */
function summaryOf(errors: Record<string, unknown>, prefix = ''): TErrorSummaryItem[] {
  const items: TErrorSummaryItem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if ('message' in value && typeof value.message === 'string') items.push({ fieldId: fieldId(path), message: value.message });
    else items.push(...summaryOf(value as Record<string, unknown>, path));
  }
  return items;
}

/**
 * The nyttokalkyl form: period and discount rate, cost lines, monetised benefit lines with a low
 * and a high estimate, and the outcome per year. Saved as a whole (If-Match); the server parses
 * the Swedish-formatted amounts and answers with field errors or the results.
 */
export function CalculationForm({ calc, etag, defaultHourlyRate }: { calc: TCalculation; etag: string | null; defaultHourlyRate: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const save = useSaveCalculation(calc.initiativeId);
  const [failure, setFailure] = useState(NO_FAILURE);
  const form = useForm<TCalcForm>({ defaultValues: calcFormOf(calc), shouldFocusError: false });
  const costs = useFieldArray({ control: form.control, name: 'costs' });
  const benefits = useFieldArray({ control: form.control, name: 'benefits' });
  const outcome = useFieldArray({ control: form.control, name: 'outcome' });
  const { errors } = form.formState;
  const err = (path: string) => (path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as { message?: string } | undefined)?.message;
  const field = (path: TPath, label: string, extra: { numeric?: boolean; description?: string } = {}) => (
    <TextField
      id={fieldId(path)}
      label={label}
      description={extra.description}
      inputMode={extra.numeric ? 'decimal' : undefined}
      error={err(path)}
      {...form.register(path, path.endsWith('Year') || path === 'years' || path.endsWith('.year') ? { valueAsNumber: true } : {})}
    />
  );
  const startYear = calc.startYear;
  const summary = [...(failure.summary ? [failure.summary] : []), ...summaryOf(errors as Record<string, unknown>)];

  const lineLegend = (section: string, index: number) => t('benefits.calc.lineLegend', { section, number: index + 1 });

  return (
    <>
      {failure.conflict && <ConflictNotice onReload={() => window.location.reload()} />}
      <ErrorSummary items={summary} focusKey={`${form.formState.submitCount}:${failure.summary?.message ?? ''}:${summary.length}`} />
      <form
        noValidate
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          form.clearErrors();
          void form.handleSubmit((values) => {
            setFailure(NO_FAILURE);
            save.mutate(
              { body: values, etag },
              {
                onSuccess: ({ data }) => {
                  announce(t('benefits.calc.saved'));
                  form.reset(calcFormOf(data));
                },
                onError: (error) => {
                  // Issues name exact fields (costs.0.unitAmount): each is marked on its own field.
                  setFailure(benefitFormFailure(error, fieldPathsOf(error), (path, issue) => form.setError(path as TPath, issue)));
                },
              },
            );
          })(event);
        }}
      >
        <Fieldset>
          <FieldsetLegend>{t('benefits.calc.period')}</FieldsetLegend>
          <div className="benefit-grid">
            {field('startYear', t('benefits.calc.startYear'), { numeric: true })}
            {field('years', t('benefits.calc.years'), { numeric: true })}
            {field('discountRate', t('benefits.calc.discountRate'), { numeric: true })}
          </div>
        </Fieldset>

        <Heading level={2} data-size="xs">
          {t('benefits.calc.costsHeading')}
        </Heading>
        {costs.fields.map((line, i) => (
          <Fieldset key={line.id} className="benefit-line">
            <FieldsetLegend>{lineLegend(t('benefits.calc.costsHeading'), i)}</FieldsetLegend>
            <div className="benefit-grid">
              <SelectField id={fieldId(`costs.${i}.kind`)} label={t('benefits.calc.kind')} options={COST_KINDS.map((k) => ({ value: k, label: t(`benefits.costKinds.${k}`) }))} {...form.register(`costs.${i}.kind`)} />
              {field(`costs.${i}.label`, t('benefits.calc.label'))}
              {field(`costs.${i}.fromYear`, t('benefits.calc.fromYear'), { numeric: true })}
              {field(`costs.${i}.toYear`, t('benefits.calc.toYear'), { numeric: true })}
              {field(`costs.${i}.quantity`, t('benefits.calc.quantity'), { numeric: true })}
              {field(`costs.${i}.unitAmount`, t('benefits.calc.unitAmount'), { numeric: true })}
            </div>
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => costs.remove(i)}>
                {t('benefits.calc.remove')}
                <span className="visually-hidden"> {lineLegend(t('benefits.calc.costsHeading'), i)}</span>
              </Button>
            </div>
          </Fieldset>
        ))}
        <div>
          <Button type="button" variant="secondary" onClick={() => costs.append({ kind: 'investment', label: '', fromYear: startYear, toYear: startYear, quantity: '1', unitAmount: '' })}>
            {t('benefits.calc.addCost')}
          </Button>
        </div>

        <Heading level={2} data-size="xs">
          {t('benefits.calc.benefitsHeading')}
        </Heading>
        {benefits.fields.map((line, i) => (
          <Fieldset key={line.id} className="benefit-line">
            <FieldsetLegend>{lineLegend(t('benefits.calc.benefitsHeading'), i)}</FieldsetLegend>
            <div className="benefit-grid">
              <SelectField id={fieldId(`benefits.${i}.kind`)} label={t('benefits.calc.kind')} options={BENEFIT_VALUE_KINDS.map((k) => ({ value: k, label: t(`benefits.valueKinds.${k}`) }))} {...form.register(`benefits.${i}.kind`)} />
              {field(`benefits.${i}.label`, t('benefits.calc.label'))}
              {field(`benefits.${i}.fromYear`, t('benefits.calc.fromYear'), { numeric: true })}
              {field(`benefits.${i}.toYear`, t('benefits.calc.toYear'), { numeric: true })}
              {field(`benefits.${i}.lowQuantity`, t('benefits.calc.lowQuantity'), { numeric: true })}
              {field(`benefits.${i}.highQuantity`, t('benefits.calc.highQuantity'), { numeric: true })}
              {field(`benefits.${i}.lowUnitAmount`, t('benefits.calc.lowUnitAmount'), { numeric: true })}
              {field(`benefits.${i}.highUnitAmount`, t('benefits.calc.highUnitAmount'), { numeric: true })}
            </div>
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => benefits.remove(i)}>
                {t('benefits.calc.remove')}
                <span className="visually-hidden"> {lineLegend(t('benefits.calc.benefitsHeading'), i)}</span>
              </Button>
            </div>
          </Fieldset>
        ))}
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => benefits.append({ kind: 'hours_saved', label: '', fromYear: startYear, toYear: startYear, lowQuantity: '0', highQuantity: '0', lowUnitAmount: defaultHourlyRate, highUnitAmount: defaultHourlyRate })}
          >
            {t('benefits.calc.addBenefit')}
          </Button>
        </div>

        <Heading level={2} data-size="xs">
          {t('benefits.calc.outcomeHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('benefits.calc.outcomeHint')}</Paragraph>
        {outcome.fields.map((row, i) => (
          <Fieldset key={row.id} className="benefit-line">
            <FieldsetLegend>{lineLegend(t('benefits.calc.outcomeHeading'), i)}</FieldsetLegend>
            <div className="benefit-grid">
              {field(`outcome.${i}.year`, t('benefits.calc.year'), { numeric: true })}
              {field(`outcome.${i}.cost`, t('benefits.calc.outcomeCost'), { numeric: true })}
              {field(`outcome.${i}.benefit`, t('benefits.calc.outcomeBenefit'), { numeric: true })}
            </div>
            <div>
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => outcome.remove(i)}>
                {t('benefits.calc.remove')}
                <span className="visually-hidden"> {lineLegend(t('benefits.calc.outcomeHeading'), i)}</span>
              </Button>
            </div>
          </Fieldset>
        ))}
        <div>
          <Button type="button" variant="secondary" onClick={() => outcome.append({ year: startYear, cost: '0', benefit: '0' })}>
            {t('benefits.calc.addOutcome')}
          </Button>
        </div>
        <div>
          <Button type="submit" disabled={save.isPending}>
            {t('benefits.calc.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
