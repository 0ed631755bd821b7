import { useCallback, useState } from 'react';
import type { TErrorSummaryItem } from '@web/ui/error-summary';

/**
 * The error summary's items as of the last submit. Inline messages follow every keystroke, but
 * the summary changes only when the user submits: if it followed the typing it would vanish when
 * the last error was fixed and reappear — taking focus — at the next slip, in the middle of typing.
 */
export function useSubmitSummary() {
  const [state, setState] = useState<{ items: TErrorSummaryItem[]; attempt: number }>({ items: [], attempt: 0 });
  const show = useCallback((items: TErrorSummaryItem[]) => setState((current) => ({ items, attempt: current.attempt + 1 })), []);
  const clear = useCallback(() => setState((current) => ({ items: [], attempt: current.attempt })), []);
  return { items: state.items, focusKey: state.attempt, show, clear };
}
