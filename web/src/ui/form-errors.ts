import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { fieldId } from '@web/ui/form-field';
import type { TErrorSummaryItem } from '@web/ui/error-summary';

/**
 * The error-summary items for a react-hook-form form, in the order the fields appear (`fields`
 * lists name and visible label), each "Label: message" and linked to its field.
 */
export function errorSummaryItems<T extends FieldValues>(errors: FieldErrors<T>, fields: readonly { name: string; label: string }[]): TErrorSummaryItem[] {
  return fields.flatMap(({ name, label }) => {
    const message = (get(errors, name) as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' && message ? [{ fieldId: fieldId(name), message: `${label}: ${message}` }] : [];
  });
}
