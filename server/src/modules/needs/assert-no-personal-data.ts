import { findPersonalNumbers } from '@domain/personal-data';
import type { TFieldIssue } from '@domain/problem';
import { AppError } from '@server/platform/errors';

/**
 * Refuses free text that looks like it holds a personnummer or samordningsnummer, before anything
 * is written: Digiplan must hold no data about individual clients. Every offending field is listed
 * (`body.<field>`) so the form can mark each one and ask for the number to be removed.
 */
export function assertNoPersonalData(fields: Record<string, string | null | undefined>): void {
  const errors: TFieldIssue[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (text && findPersonalNumbers(text).length > 0) errors.push({ path: `body.${field}`, code: 'personal_number' });
  }
  if (errors.length === 0) return;
  throw new AppError(
    'personal_data_suspected',
    'The text looks like it contains a personnummer or samordningsnummer. Remove it before saving: Digiplan must not hold data about individual clients.',
    errors,
  );
}
