import { useEffect, useRef, type ComponentRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary as DsErrorSummary, ErrorSummaryHeading, ErrorSummaryItem, ErrorSummaryLink, ErrorSummaryList } from '@digdir/designsystemet-react';

/** One problem to list: with `fieldId` it links to the field, without it is plain text. */
export type TErrorSummaryItem = { fieldId?: string; message: string };

/** Moves focus to a field and brings its label into view (a plain #anchor would only scroll). */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  (label ?? field).scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

/**
 * The WCAG error-summary pattern: a box at the top of a form that takes focus when a submit
 * fails and lists every problem, each a link to its field. `focusKey` (e.g. the submit count)
 * makes it take focus again on every failed submit, not only the first – and only then.
 */
export function ErrorSummary({ items, heading, focusKey }: { items: TErrorSummaryItem[]; heading?: string; focusKey?: number | string }) {
  const { t } = useTranslation();
  const ref = useRef<ComponentRef<typeof DsErrorSummary>>(null);
  const visible = items.length > 0;
  const focusedFor = useRef<unknown>(undefined);

  // Focus once per submit (focusKey), never again while the user is typing: the list may shrink,
  // vanish and come back as fields are corrected, and stealing focus then would lose keystrokes.
  useEffect(() => {
    if (!visible) {
      if (focusKey === undefined) focusedFor.current = undefined;
      return;
    }
    const key = focusKey ?? 'shown';
    if (focusedFor.current === key) return;
    focusedFor.current = key;
    ref.current?.focus();
  }, [visible, focusKey]);

  if (!visible) return null;
  return (
    <DsErrorSummary ref={ref} tabIndex={-1} className="error-summary">
      <ErrorSummaryHeading>{heading ?? t('errorSummary.heading')}</ErrorSummaryHeading>
      <ErrorSummaryList>
        {items.map((item) => (
          <ErrorSummaryItem key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <ErrorSummaryLink href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId!)}>
                {item.message}
              </ErrorSummaryLink>
            ) : (
              item.message
            )}
          </ErrorSummaryItem>
        ))}
      </ErrorSummaryList>
    </DsErrorSummary>
  );
}
