import i18next from 'i18next';
import type { TApiFieldIssue } from '@web/api/api-error';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues, type TFieldErrorSetter } from '@web/api/field-errors';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import type { TErrorSummaryItem } from '@web/ui/error-summary';

/** The id prefix of fields in edit dialogs, so they never share ids with the page's add form. */
export const EDIT_PREFIX = 'edit-';

/** Points error-summary links at the dialog's own (prefixed) fields. */
export function withIdPrefix(items: TErrorSummaryItem[], prefix: string): TErrorSummaryItem[] {
  return prefix ? items.map((item) => (item.fieldId ? { ...item, fieldId: `${prefix}${item.fieldId}` } : item)) : items;
}

/** Issue codes the administration routes give with 409/400, each with its own Swedish sentence. */
const ADMIN_ISSUES = [
  'in_use', 'has_children', 'cycle', 'last_admin', 'self', 'account_elsewhere', 'duplicate', 'already_member', 'not_found',
  'domain_not_owned', 'domain_owned', 'already_invited', 'must_change_password',
] as const;
type TAdminIssue = (typeof ADMIN_ISSUES)[number];

const isAdminIssue = (code: string): code is TAdminIssue => (ADMIN_ISSUES as readonly string[]).includes(code);

/** The sentence for one field issue, preferring administration's own reasons. */
export function adminIssueText(issue: Pick<TApiFieldIssue, 'code'>): string {
  return isAdminIssue(issue.code) ? i18next.t(`adminErrors.${issue.code}`) : fieldIssueText(issue);
}

/**
 * The sentence for a failed administration call. A 409 says why in its issue code (a unit in use,
 * the last administrator …); those get their own Swedish reason instead of the generic text.
 */
export function adminProblemText(error: unknown): string {
  if (isApiError(error, 'conflict', 'invalid_state', 'unprocessable')) {
    const issue = error.errors.find((candidate) => isAdminIssue(candidate.code));
    if (issue) return adminIssueText(issue);
  }
  return problemText(error);
}

/** What a form shows after a failed save. */
export type TFormFailure = { conflict: boolean; summary: TErrorSummaryItem | null };

/**
 * Sorts a failed save into what the form shows: 412 → the conflict notice; field issues → marked
 * on their fields (with a summary line for any the form has no field for); anything else → one
 * line in the error summary, in the user's language.
 */
export function formFailure<TField extends string>(error: unknown, fields: readonly TField[], setError: TFieldErrorSetter<TField>): TFormFailure {
  if (isApiError(error, 'precondition_failed')) return { conflict: true, summary: null };
  if (isApiError(error) && error.errors.length > 0) {
    const unmatched = applyFieldIssues(error, fields, setError, adminIssueText);
    if (unmatched.length === 0) return { conflict: false, summary: null };
  }
  return { conflict: false, summary: { message: adminProblemText(error) } };
}
