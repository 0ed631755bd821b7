import i18next from 'i18next';
import type { ErrorCode } from '@domain/problem';
import { ApiError, type TApiFieldIssue } from '@web/api/api-error';
import { sv } from '@web/i18n/sv';

// Checked against the texts rather than domain/problem.ts, which would pull zod into the first load;
// sv.ts is typed to have exactly one text per ErrorCode.
const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(sv.problem, code);

/**
 * The sentence to show for a failed call: the Swedish (or English) text for the API's stable
 * code, never the server's English `detail`. Unknown failures get a generic sentence.
 */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return i18next.t('requestFailure.unknown');
  if (error.code === 'network') return i18next.t('requestFailure.network');
  if (isErrorCode(error.code)) return i18next.t(`problem.${error.code}`);
  return i18next.t('requestFailure.unknown');
}

/** "Felkod: …" for server errors, so a user can quote it to support; empty otherwise. */
export function requestIdText(error: unknown): string {
  if (!(error instanceof ApiError) || !error.requestId || error.status < 500) return '';
  return i18next.t('requestFailure.requestId', { id: error.requestId });
}

/** The text for one field issue from the server (`personal_number`, `wrong_password` …). */
export function fieldIssueText(issue: Pick<TApiFieldIssue, 'code'>): string {
  switch (issue.code) {
    case 'personal_number':
    case 'wrong_password':
    case 'same_as_current':
    case 'breached_password':
      return i18next.t(`fieldIssue.${issue.code}`);
    default:
      return i18next.t('fieldIssue.invalid');
  }
}
