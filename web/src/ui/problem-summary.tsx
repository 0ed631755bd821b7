import { isApiError } from '@web/api/api-error';
import { fieldIssueText, problemText } from '@web/i18n/error-text';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { fieldId } from '@web/ui/form-field';

/** A server field path (`body.fields.background`) as the form's field name (`fields.background`). */
const fieldNameOf = (path: string) => path.replace(/^(body|querystring)\./, '');

/**
 * What went wrong with a save, the way every form here shows it: a 412 as the conflict notice
 * with "Ladda om", field issues as links to their fields, anything else as one sentence.
 */
export function ProblemSummary({ error, focusKey, onReload }: { error: unknown; focusKey?: number; onReload: () => void }) {
  if (!error) return null;
  if (isApiError(error, 'precondition_failed')) return <ConflictNotice onReload={onReload} headingLevel={3} />;
  const items: TErrorSummaryItem[] = isApiError(error) && error.errors.length > 0
    ? [{ message: problemText(error) }, ...error.errors.map((issue) => ({ fieldId: fieldId(fieldNameOf(issue.path)), message: fieldIssueText(issue) }))]
    : [{ message: problemText(error) }];
  return <ErrorSummary items={items} focusKey={focusKey} />;
}
