import i18next from 'i18next';
import type { FieldErrors, FieldValues, ResolverResult } from 'react-hook-form';
import type { $ZodRawIssue } from 'zod/v4/core';
import { zodIssueMessage } from '@web/i18n/zod-messages';

/** Zod messages for the decision form: an unchosen outcome or form says "Välj …", not "Kontrollera värdet." */
export function decisionIssueMessage(issue: $ZodRawIssue): string {
  const field = issue.path?.[0];
  if (field === 'outcome') return i18next.t('decisions.decideForm.chooseOutcome');
  if (field === 'form' && (issue.input === undefined || issue.input === null || issue.input === '')) return i18next.t('decisions.decideForm.chooseForm');
  return zodIssueMessage(issue);
}

/**
 * The contract's date rules carry English messages of their own (the server's), which the error
 * map never sees; this swaps them for the form's Swedish sentences.
 */
export function fixDecisionErrors<T extends FieldValues, TOut>(result: ResolverResult<T, TOut>): ResolverResult<T, TOut> {
  const errors = result.errors as FieldErrors<{ decisionDate: string; parkedUntil: string }>;
  if (errors.decisionDate?.type === 'custom') errors.decisionDate.message = i18next.t('decisions.decideForm.futureDate');
  if (errors.parkedUntil?.type === 'custom') errors.parkedUntil.message = i18next.t('decisions.decideForm.parkAfterToday');
  return result;
}
