import type { ApiError, TApiFieldIssue } from '@web/api/api-error';

const LOCATIONS = new Set(['body', 'querystring', 'params', 'headers']);

/**
 * The form field a problem path points at: `body.title` → `title`, `body.benefit.target` →
 * `benefit.target` (react-hook-form's dotted names). The request part (`body.`) is dropped.
 */
export function fieldNameOfPath(path: string): string {
  const parts = path.split('.').filter(Boolean);
  if (parts.length > 1 && LOCATIONS.has(parts[0]!)) parts.shift();
  return parts.join('.');
}

/**
 * The form's own field for `path`, when the form has one: the longest of `fields` that equals the
 * path or is a parent of it (`affectedGroups` for `body.affectedGroups.2`).
 */
export function matchField<TField extends string>(path: string, fields: readonly TField[]): TField | undefined {
  const name = fieldNameOfPath(path);
  return [...fields]
    .sort((a, b) => b.length - a.length)
    .find((field) => name === field || name.startsWith(`${field}.`));
}

/** A field's error as react-hook-form's `setError` takes it. */
export type TFieldErrorSetter<TField extends string> = (name: TField, error: { type: string; message: string }) => void;

/**
 * Marks each field the server complained about (first issue per field) and returns the issues no
 * field matched, so the page can show those in its error summary instead of losing them.
 * `messageOf` turns an issue into text (usually `fieldIssueText`).
 */
export function applyFieldIssues<TField extends string>(
  error: ApiError,
  fields: readonly TField[],
  setError: TFieldErrorSetter<TField>,
  messageOf: (issue: TApiFieldIssue) => string,
): TApiFieldIssue[] {
  const marked = new Set<TField>();
  const unmatched: TApiFieldIssue[] = [];
  for (const issue of error.errors) {
    const field = matchField(issue.path, fields);
    if (!field) {
      unmatched.push(issue);
      continue;
    }
    if (marked.has(field)) continue;
    marked.add(field);
    setError(field, { type: `server.${issue.code}`, message: messageOf(issue) });
  }
  return unmatched;
}
