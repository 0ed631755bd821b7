import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import i18next from 'i18next';
import { z } from 'zod';
import { ZSubmitNeedRequest, type TNeed, type TSubmitNeedRequest } from '@domain/needs.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { problemText } from '@web/i18n/error-text';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import type { TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { isPersonalNumberError, personalNumberMessage, serverIssueText, withoutPersonalNumbers } from '@web/features/needs/personal-data-guard';

const shape = ZSubmitNeedRequest.shape;

/**
 * The need form's values as the inputs hold them: texts, the checked groups, and '' for "no unit /
 * focus area chosen". The free texts run through the personal-data guard as part of validation.
 */
const ZNeedFormBase = z.object({
  title: withoutPersonalNumbers(shape.title),
  problem: withoutPersonalNumbers(shape.problem),
  expectedBenefit: withoutPersonalNumbers(shape.expectedBenefit),
  affectedGroups: shape.affectedGroups,
  unitId: z.string(),
  focusAreaId: z.string(),
});
export type TNeedFormValues = z.input<typeof ZNeedFormBase>;

/** A new need must say where it comes from; an edit keeps what the need has (possibly nothing). */
const ZNeedSubmitForm = ZNeedFormBase.extend({ unitId: z.string().min(1, { error: () => i18next.t('needs.form.unitRequired') }) });

/** The fields in the order they appear, for the error summary and server field issues. */
export const NEED_FORM_FIELDS = ['title', 'problem', 'expectedBenefit', 'affectedGroups', 'unitId', 'focusAreaId'] as const;
export type TNeedFormField = (typeof NEED_FORM_FIELDS)[number];

/** The free-text fields the personal-data guard reads. */
export const NEED_TEXT_FIELDS = ['title', 'problem', 'expectedBenefit'] as const;
export type TNeedTextField = (typeof NEED_TEXT_FIELDS)[number];

export const EMPTY_NEED_FORM: TNeedFormValues = { title: '', problem: '', expectedBenefit: '', affectedGroups: [], unitId: '', focusAreaId: '' };

/** The request body for the form's values ('' becomes null: no unit or focus area). */
export function needFormToRequest(values: TNeedFormValues): TSubmitNeedRequest {
  return {
    title: values.title.trim(),
    problem: values.problem.trim(),
    expectedBenefit: values.expectedBenefit.trim(),
    affectedGroups: values.affectedGroups,
    unitId: values.unitId || null,
    focusAreaId: values.focusAreaId || null,
  };
}

/** A saved need as form values, for the edit page. */
export function needToFormValues(need: TNeed): TNeedFormValues {
  return {
    title: need.title,
    problem: need.problem,
    expectedBenefit: need.expectedBenefit,
    affectedGroups: [...need.affectedGroups],
    unitId: need.unit?.id ?? '',
    focusAreaId: need.focusArea?.id ?? '',
  };
}

/** The visible labels of the fields, used by the form and its error summary alike. */
export function needFieldLabels(): Record<TNeedFormField, string> {
  return {
    title: i18next.t('needs.form.title'),
    problem: i18next.t('needs.form.problem'),
    expectedBenefit: i18next.t('needs.form.expectedBenefit'),
    affectedGroups: i18next.t('needs.form.affectedGroups'),
    unitId: i18next.t('needs.form.unit'),
    focusAreaId: i18next.t('needs.form.focusArea'),
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
    if (isApiError(error, 'validation_failed', 'personal_data_suspected') && error.errors.length > 0) {
      const unmatched = applyFieldIssues(error, NEED_FORM_FIELDS, form.setError, serverIssueText((field) => form.getValues(field as TNeedFormField)));
      setFormError(unmatched.length > 0 ? { message: problemText(error) } : null);
      return;
    }
    setFormError({ message: problemText(error) });
  };

  // A personnummer is explained in full on its field (and so in the summary's link to it).
  const labels = needFieldLabels();
  const summaryItems = submitCount > 0 || formError ? [...(formError ? [formError] : []), ...errorSummaryItems(errors, NEED_FORM_FIELDS.map((name) => ({ name, label: labels[name] })))] : [];

  return { form, labels, guardOnBlur, showServerError, clearFormError: () => setFormError(null), summaryItems, summaryFocusKey: `${submitCount}:${formError?.message ?? ''}` };
}
