import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { z } from 'zod';
import { COST_RECURRENCES, costEstimateIssues } from '@domain/cost-estimate';
import type { TCostEstimate } from '@domain/cost-estimate.contracts';
import { kronorInputText, oreFromWire, oreToWire, parseKronor } from '@domain/money';
import { ZSubmitNeedRequest, type TNeed, type TSubmitNeedRequest } from '@domain/needs.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { problemText } from '@web/i18n/error-text';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import type { TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { isPersonalNumberError, personalNumberMessage, serverIssueText, withoutPersonalNumbers } from '@web/features/needs/personal-data-guard';

const shape = ZSubmitNeedRequest.shape;

/** Kronor as typed ("40 000") → öre as a wire string; null when empty, undefined when not kronor. */
function readKronor(text: string): string | null | undefined {
  if (text.trim() === '') return null;
  const parsed = parseKronor(text);
  return parsed.ok ? oreToWire(parsed.ore) : undefined;
}

/** The sentence for a rule of the estimate, from the form or from the server (`range_inverted`). */
export function costIssueMessage(code: string): string {
  if (code === 'range_inverted') return i18next.t('needs.form.costRangeInverted');
  if (code === 'high_without_low') return i18next.t('needs.form.costHighWithoutLow');
  return i18next.t('needs.form.costKronor');
}

/**
 * The need form's values as the inputs hold them: texts, the checked groups, the checked focus
 * areas and units, and "Alla enheter". The free texts run through the personal-data guard as part
 * of validation.
 */
export const ZNeedFormBase = z.object({
  title: withoutPersonalNumbers(shape.title),
  problem: withoutPersonalNumbers(shape.problem),
  expectedBenefit: withoutPersonalNumbers(shape.expectedBenefit),
  affectedGroups: shape.affectedGroups,
  focusAreaIds: z.array(z.string()),
  unitIds: z.array(z.string()),
  allUnits: z.boolean(),
  costEstimate: z
    .object({ low: z.string(), high: z.string(), recurrence: z.enum(COST_RECURRENCES), note: withoutPersonalNumbers(z.string().trim().max(300)) })
    .superRefine((cost, context) => {
      const low = readKronor(cost.low);
      const high = readKronor(cost.high);
      if (low === undefined) context.addIssue({ code: 'custom', path: ['low'], message: i18next.t('needs.form.costKronor') });
      if (high === undefined) context.addIssue({ code: 'custom', path: ['high'], message: i18next.t('needs.form.costKronor') });
      if (low === undefined || high === undefined) return;
      // The one rule of the estimate (domain/cost-estimate.ts), worded for this form.
      for (const issue of costEstimateIssues({ low: low === null ? null : oreFromWire(low), high: high === null ? null : oreFromWire(high), recurrence: cost.recurrence, note: cost.note })) {
        context.addIssue({ code: 'custom', path: [issue.path], message: costIssueMessage(issue.code) });
      }
    }),
});
export type TNeedFormValues = z.input<typeof ZNeedFormBase>;

/**
 * A new need must say where it comes from (some units, or all); an edit keeps what the need has
 * (possibly nothing).
 */
const ZNeedSubmitForm = ZNeedFormBase.superRefine((values, context) => {
  if (!values.allUnits && values.unitIds.length === 0) context.addIssue({ code: 'custom', path: ['unitIds'], message: i18next.t('needs.form.unitsRequired') });
});

/** The fields in the order they appear, for the error summary and server field issues. */
export const NEED_FORM_FIELDS = ['title', 'problem', 'expectedBenefit', 'affectedGroups', 'unitIds', 'focusAreaIds', 'costEstimate'] as const;
export type TNeedFormField = (typeof NEED_FORM_FIELDS)[number];

/** The estimate's own inputs, which errors name one by one (`costEstimate.high`). */
export const NEED_COST_FIELDS = ['costEstimate.low', 'costEstimate.high', 'costEstimate.recurrence', 'costEstimate.note'] as const;
export type TNeedCostField = (typeof NEED_COST_FIELDS)[number];

/** Every input an error can point at, in the order they appear. */
const NEED_ERROR_FIELDS = [...NEED_FORM_FIELDS.filter((name) => name !== 'costEstimate'), ...NEED_COST_FIELDS] as const;

/** The free-text fields the personal-data guard reads. */
export const NEED_TEXT_FIELDS = ['title', 'problem', 'expectedBenefit'] as const;
export type TNeedTextField = (typeof NEED_TEXT_FIELDS)[number];

const EMPTY_COST = { low: '', high: '', recurrence: 'one_off', note: '' } as const;

export const EMPTY_NEED_FORM: TNeedFormValues = { title: '', problem: '', expectedBenefit: '', affectedGroups: [], focusAreaIds: [], unitIds: [], allUnits: false, costEstimate: { ...EMPTY_COST } };

/** The estimate fields as the request's estimate: null when nothing is filled in. */
export function costEstimateFromForm(cost: TNeedFormValues['costEstimate']): TCostEstimate | null {
  const low = readKronor(cost.low) ?? null;
  const high = readKronor(cost.high) ?? null;
  const note = cost.note.trim();
  return low === null && high === null && note === '' ? null : { low, high, recurrence: cost.recurrence, note };
}

/** The request body for the form's values ("Alla enheter" replaces any units checked before it). */
export function needFormToRequest(values: TNeedFormValues): TSubmitNeedRequest {
  return {
    title: values.title.trim(),
    problem: values.problem.trim(),
    expectedBenefit: values.expectedBenefit.trim(),
    affectedGroups: values.affectedGroups,
    focusAreaIds: [...values.focusAreaIds],
    unitIds: values.allUnits ? [] : [...values.unitIds],
    allUnits: values.allUnits,
    costEstimate: costEstimateFromForm(values.costEstimate),
  };
}

/** A saved need as form values, for the edit page. */
export function needToFormValues(need: TNeed): TNeedFormValues {
  return {
    title: need.title,
    problem: need.problem,
    expectedBenefit: need.expectedBenefit,
    affectedGroups: [...need.affectedGroups],
    focusAreaIds: need.focusAreas.map((area) => area.id),
    unitIds: need.units.map((unit) => unit.id),
    allUnits: need.allUnits,
    costEstimate: need.costEstimate
      ? {
          low: need.costEstimate.low === null ? '' : kronorInputText(oreFromWire(need.costEstimate.low)),
          high: need.costEstimate.high === null ? '' : kronorInputText(oreFromWire(need.costEstimate.high)),
          recurrence: need.costEstimate.recurrence,
          note: need.costEstimate.note,
        }
      : { ...EMPTY_COST },
  };
}

/** The visible labels of the fields, used by the form and its error summary alike. */
export function needFieldLabels(): Record<TNeedFormField | TNeedCostField, string> {
  return {
    title: i18next.t('needs.form.title'),
    problem: i18next.t('needs.form.problem'),
    expectedBenefit: i18next.t('needs.form.expectedBenefit'),
    affectedGroups: i18next.t('needs.form.affectedGroups'),
    unitIds: i18next.t('needs.form.units'),
    focusAreaIds: i18next.t('needs.form.focusAreas'),
    costEstimate: i18next.t('needs.form.costEstimate'),
    'costEstimate.low': i18next.t('needs.form.costLow'),
    'costEstimate.high': i18next.t('needs.form.costHigh'),
    'costEstimate.recurrence': i18next.t('needs.form.costRecurrence'),
    'costEstimate.note': i18next.t('needs.form.costNote'),
  };
}

/**
 * The need form's state for the submit and edit pages: validation with the shared contract and the
 * personal-data guard (on blur as well as on submit), server field issues mapped onto the fields,
 * and the error summary's items. The summary appears only after a submit, so a warning shown on
 * blur never pulls focus away from the field the user is moving to.
 */
export function useNeedForm(defaultValues: TNeedFormValues, mode: 'submit' | 'edit') {
  const form = useForm<TNeedFormValues>({
    shouldFocusError: false,
    resolver: zodResolver(mode === 'submit' ? ZNeedSubmitForm : ZNeedFormBase, { error: zodIssueMessage }),
    defaultValues,
  });
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const { errors, submitCount } = form.formState;

  /** `onBlur` for a free-text field: marks or clears a personnummer warning right away. */
  const guardOnBlur = (name: TNeedTextField) => {
    const message = personalNumberMessage(form.getValues(name));
    if (message) form.setError(name, { type: 'personal_number', message });
    else if (isPersonalNumberError(form.getFieldState(name).error)) form.clearErrors(name);
  };

  /** Shows a failed save: field issues on their fields, anything else at the top of the summary. */
  const showServerError = (error: unknown) => {
    if (isApiError(error, 'validation_failed', 'personal_data_suspected', 'unprocessable') && error.errors.length > 0) {
      const textOf = serverIssueText((field) => form.getValues(field as TNeedFormField));
      const messageOf = (issue: Parameters<typeof textOf>[0]) => (issue.path.startsWith('body.costEstimate.') && issue.code !== 'personal_number' ? costIssueMessage(issue.code) : textOf(issue));
      const unmatched = applyFieldIssues(error, NEED_ERROR_FIELDS, form.setError, messageOf);
      setFormError(unmatched.length > 0 ? { message: problemText(error) } : null);
      return;
    }
    setFormError({ message: problemText(error) });
  };

  // A personnummer is explained in full on its field (and so in the summary's link to it).
  const labels = needFieldLabels();
  const summaryItems = submitCount > 0 || formError ? [...(formError ? [formError] : []), ...errorSummaryItems(errors, NEED_ERROR_FIELDS.map((name) => ({ name, label: labels[name] })))] : [];

  return { form, labels, guardOnBlur, showServerError, clearFormError: () => setFormError(null), summaryItems, summaryFocusKey: `${submitCount}:${formError?.message ?? ''}` };
}
