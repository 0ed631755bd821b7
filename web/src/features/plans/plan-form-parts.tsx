import type { FieldErrors, FieldValues, Resolver, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { HORIZONS, TIMING_KINDS, type PlanPeriod } from '@domain/plan-timing';
import { isApiError, type TApiFieldIssue } from '@web/api/api-error';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import type { TErrorSummaryItem } from '@web/ui/error-summary';
import { fieldId, SelectField, TextField } from '@web/ui/form-field';
import { formFieldOfPath, type TFormResult, type TIssueCode, type TTimingForm } from '@web/features/plans/plan-item-values';
import i18next from 'i18next';

/** "2026–2028" (one year alone when the period is one year). */
export const periodText = (period: PlanPeriod) => (period.startYear === period.endYear ? String(period.startYear) : `${period.startYear}–${period.endYear}`);

/** The words for a form issue code. */
export const issueMessage = (code: TIssueCode) => (code === 'invalid' ? i18next.t('fieldIssue.invalid') : i18next.t(`plans.form.${code}`));

/** Puts a dotted field name's error where react-hook-form looks for it (`staffHours.0.hours`). */
function setNested(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  parts.slice(0, -1).forEach((part) => {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  });
  node[parts.at(-1)!] ??= value;
}

/**
 * A react-hook-form resolver from one of the pure `…FromForm` rules: the form is valid exactly
 * when the rule can build the request, and each refusal lands on its own field.
 */
export function issuesResolver<T extends FieldValues>(build: (values: T) => TFormResult<unknown>): Resolver<T> {
  return (values) => {
    const result = build(values);
    if (result.ok) return { values, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of result.issues) setNested(errors, issue.field, { type: issue.code, message: issueMessage(issue.code) });
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}

/** The sentence for a server field issue, in the plan's own words where it has them. */
function serverIssueText(issue: TApiFieldIssue): string {
  const own: Partial<Record<string, TIssueCode>> = { outside_period: 'outsidePeriod', range_inverted: 'rangeInverted', high_without_low: 'required' };
  const code = own[issue.code];
  return code ? issueMessage(code) : fieldIssueText(issue);
}

/** What a plan form shows after a failed save. */
export type TPlanFailure = { conflict: boolean; planFixed: boolean; summary: TErrorSummaryItem | null };
export const NO_PLAN_FAILURE: TPlanFailure = { conflict: false, planFixed: false, summary: null };

/** True when the server refused because the version is fixed (409 `plan_fixed`). */
export const isPlanFixedError = (error: unknown) => isApiError(error, 'invalid_state') && error.errors.some((issue) => issue.code === 'plan_fixed');

/**
 * Sorts a failed save: 412 → the conflict notice with "Ladda om"; 409 `plan_fixed` → the frozen
 * notice offering a new version; field issues → on the fields the form has (`fields`), the rest
 * as one summary line; anything else → one line in the user's language.
 */
export function planFailure(error: unknown, fields: readonly string[], setError: (name: string, error: { type: string; message: string }) => void): TPlanFailure {
  if (isApiError(error, 'precondition_failed')) return { ...NO_PLAN_FAILURE, conflict: true };
  if (isPlanFixedError(error)) return { ...NO_PLAN_FAILURE, planFixed: true };
  if (isApiError(error) && error.errors.length > 0) {
    const unmatched: TApiFieldIssue[] = [];
    for (const issue of error.errors) {
      const field = formFieldOfPath(issue.path);
      if (fields.includes(field) || field.startsWith('staffHours.')) setError(field, { type: `server.${issue.code}`, message: serverIssueText(issue) });
      else unmatched.push(issue);
    }
    if (unmatched.length === 0) return NO_PLAN_FAILURE;
    return { ...NO_PLAN_FAILURE, summary: { message: [problemText(error), ...unmatched.map(serverIssueText)].join(' ') } };
  }
  return { ...NO_PLAN_FAILURE, summary: { message: problemText(error) } };
}

/** Error-summary items for issues, linked to the fields' prefixed ids. */
export function prefixedSummary(errors: FieldErrors, fields: readonly { name: string; label: string }[], prefix: string): TErrorSummaryItem[] {
  return fields.flatMap(({ name, label }) => {
    const message = name.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], errors) as { message?: unknown } | undefined;
    return typeof message?.message === 'string' && message.message ? [{ fieldId: `${prefix}${fieldId(name)}`, message: `${label}: ${message.message}` }] : [];
  });
}

/**
 * När and Sikt: the kind of time, then only the year fields that kind needs (a year; from–to; a
 * year and a quarter; none for "löpande" and "på sikt"), and the horizon.
 */
export function TimingFields({ form, period, prefix }: { form: UseFormReturn<TTimingForm & { horizon: string }>; period: PlanPeriod; prefix: string }) {
  const { t } = useTranslation();
  const kind = form.watch('timingKind');
  const { errors } = form.formState;
  const id = (name: string) => `${prefix}${fieldId(name)}`;
  const hint = t('plans.form.periodHint', { period: periodText(period) });
  return (
    <fieldset className="plan-fieldset stack">
      <legend>{t('plans.form.timing')}</legend>
      <SelectField id={id('timingKind')} label={t('plans.form.timingKind')} options={TIMING_KINDS.map((value) => ({ value, label: t(`plans.form.kinds.${value}`) }))} {...form.register('timingKind')} />
      <div className="plan-grid">
        {(kind === 'year' || kind === 'quarter') && (
          <TextField id={id('year')} label={t('plans.form.year')} description={hint} inputMode="numeric" className="field-short" error={errors.year?.message} {...form.register('year')} />
        )}
        {kind === 'quarter' && (
          <SelectField id={id('quarter')} label={t('plans.form.quarter')} options={(['1', '2', '3', '4'] as const).map((value) => ({ value, label: t('plans.form.quarterN', { number: value }) }))} {...form.register('quarter')} />
        )}
        {kind === 'years' && (
          <>
            <TextField id={id('fromYear')} label={t('plans.form.fromYear')} description={hint} inputMode="numeric" className="field-short" error={errors.fromYear?.message} {...form.register('fromYear')} />
            <TextField id={id('toYear')} label={t('plans.form.toYear')} inputMode="numeric" className="field-short" error={errors.toYear?.message} {...form.register('toYear')} />
          </>
        )}
      </div>
      <SelectField id={id('horizon')} label={t('plans.form.horizon')} options={HORIZONS.map((value) => ({ value, label: t(`plans.horizons.${value}`) }))} {...form.register('horizon')} />
    </fieldset>
  );
}
