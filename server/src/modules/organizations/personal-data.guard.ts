import { findPersonalNumbers } from '@domain/personal-data';
import { AppError } from '@server/platform/errors';

/**
 * Refuses free text that looks like a personnummer before anything is saved: Digiplan must hold no
 * data about individual clients, and an organisation's vision or goal is no place for one. Every
 * offending field is listed so the form can mark each.
 */
export function refusePersonalNumbers(fields: Record<string, string | null | undefined>): void {
  const hits = Object.entries(fields)
    .filter(([, text]) => typeof text === 'string' && findPersonalNumbers(text).length > 0)
    .map(([field]) => ({ path: `body.${field}`, code: 'personal_number' }));
  if (hits.length === 0) return;
  throw new AppError('personal_data_suspected', 'Remove what looks like a personnummer before saving.', hits);
}
