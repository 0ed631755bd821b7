import i18next from 'i18next';
import type { ZodString } from 'zod';
import { findPersonalNumbers } from '@domain/personal-data';
import type { TApiFieldIssue } from '@web/api/api-error';
import { fieldNameOfPath } from '@web/api/field-errors';
import { fieldIssueText } from '@web/i18n/error-text';

/** The error types a field carries when the guard (ours or the server's) found a personnummer. */
export const PERSONAL_NUMBER_ERROR_TYPES = ['personal_number', 'server.personal_number'] as const;

/**
 * The message for a field whose text looks like it holds a personnummer or samordningsnummer,
 * quoting what was found so it can be located in a long text; null when the text is clean. The
 * check is the server's own (`domain/personal-data.ts`), so the form warns before saving and the
 * server's refusal never comes as a surprise.
 */
export function personalNumberMessage(text: string | null | undefined): string | null {
  const matches = findPersonalNumbers(text ?? '');
  if (matches.length === 0) return null;
  const found = matches.map((match) => `”${match.text}”`).join(', ');
  return i18next.t('needs.personalData.field', { count: matches.length, found });
}

/** A text schema that also refuses personnummer, with the same message as on blur. */
export function withoutPersonalNumbers(schema: ZodString) {
  return schema.refine((text) => findPersonalNumbers(text).length === 0, {
    error: (issue) => personalNumberMessage(typeof issue.input === 'string' ? issue.input : '') ?? i18next.t('fieldIssue.personal_number'),
  });
}

/**
 * Text for a server field issue: a `personal_number` issue is explained with what the guard finds
 * in the field's current value (`valueOf`), other issues with the shared texts.
 */
export function serverIssueText(valueOf: (field: string) => unknown): (issue: TApiFieldIssue) => string {
  return (issue) => {
    if (issue.code !== 'personal_number') return fieldIssueText(issue);
    const value = valueOf(fieldNameOfPath(issue.path));
    return personalNumberMessage(typeof value === 'string' ? value : '') ?? fieldIssueText(issue);
  };
}

/** Whether a field's error came from the personal-data guard. */
export function isPersonalNumberError(error: { type?: unknown } | undefined): boolean {
  return PERSONAL_NUMBER_ERROR_TYPES.includes(error?.type as (typeof PERSONAL_NUMBER_ERROR_TYPES)[number]);
}
