import type { $ZodRawIssue } from 'zod/v4/core';
import i18next from 'i18next';
import { CRITERIA, CRITERION_KEYS } from '@domain/assessment';
import { zodIssueMessage } from '@web/i18n/zod-messages';

/** The form names of the eight score fields: `scores.competence` … */
export const SCORE_FIELDS = CRITERION_KEYS.map((key) => `scores.${key}` as const);

/** Score fields with their visible labels, for the error summary. */
export const SCORE_FIELD_LABELS = CRITERIA.map((criterion) => ({ name: `scores.${criterion.key}`, label: criterion.label }));

/** Zod messages for score forms: an unanswered radio group says "Välj en nivå." rather than "Fyll i fältet." */
export function scoreIssueMessage(issue: $ZodRawIssue): string {
  const isScore = issue.path?.[0] === 'scores';
  if (isScore && (issue.input === undefined || issue.input === null)) return i18next.t('assessment.chooseLevel');
  return zodIssueMessage(issue);
}
