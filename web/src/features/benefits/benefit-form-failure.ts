import { isApiError, type TApiFieldIssue } from '@web/api/api-error';
import { applyFieldIssues, type TFieldErrorSetter } from '@web/api/field-errors';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import type { TErrorSummaryItem } from '@web/ui/error-summary';

/** The server's own Swedish sentence for a field (number parsing, dates), else the generic text. */
const issueText = (issue: TApiFieldIssue) => (issue.code === 'custom' && issue.message ? issue.message : fieldIssueText(issue));

export type TBenefitFailure = { conflict: boolean; summary: TErrorSummaryItem | null };
export const NO_FAILURE: TBenefitFailure = { conflict: false, summary: null };

/** 412 → conflict notice; field issues → on their fields; anything else → one summary line. */
export function benefitFormFailure<TField extends string>(error: unknown, fields: readonly TField[], setError: TFieldErrorSetter<TField>): TBenefitFailure {
  if (isApiError(error, 'precondition_failed')) return { conflict: true, summary: null };
  if (isApiError(error) && error.errors.length > 0) {
    const unmatched = applyFieldIssues(error, fields, setError, issueText);
    if (unmatched.length === 0) return NO_FAILURE;
    return { conflict: false, summary: { message: unmatched.map(issueText).join(' ') } };
  }
  return { conflict: false, summary: { message: problemText(error) } };
}
