import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, Heading } from '@digdir/designsystemet-react';

type TAdminDialogProps = {
  open: boolean;
  heading: string;
  onClose: () => void;
  children: ReactNode;
  /** Where focus goes when the dialog closes and the control that opened it is gone (deleted row). */
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * A modal dialog (native `<dialog>`: focus stays inside, Esc closes) named by its heading. When it
 * opens, focus goes to the heading so the dialog is announced by name before its fields; when it
 * closes, focus returns to the control that opened it.
 */
export function AdminDialog({ open, heading, onClose, children, fallbackFocus }: TAdminDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fallbackRef = useRef(fallbackFocus);
  fallbackRef.current = fallbackFocus;

  // A layout effect runs before the dialog's own effect opens it (and moves focus inside).
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    headingRef.current?.focus();
    return () => {
      // After React has removed what the change made obsolete (a deleted row's button). Focus that
      // already went somewhere on purpose (a result box that took it) is left alone.
      window.setTimeout(() => {
        const active = document.activeElement;
        const isAdrift = !active || active === document.body || Boolean(dialogRef.current?.contains(active));
        if (!isAdrift) return;
        const target = opener.current?.isConnected ? opener.current : fallbackRef.current?.();
        target?.focus();
      }, 0);
    };
  }, [open]);

  // Esc closes a native dialog at once (and gives focus back), but its `close` event comes a task
  // later. A keyboard user who presses Enter on the opener in between would "open" a dialog React
  // still thinks is open, and the late event would then close it. So React hears of Esc from the
  // `cancel` event, which comes first, and a `close` event for a dialog that is open again is stale.
  const closeIfClosed = () => {
    if (!dialogRef.current?.open) onClose();
  };

  return (
    <Dialog ref={dialogRef} open={open} onCancel={onClose} onClose={closeIfClosed} closeButton={t('common.close')} aria-labelledby={headingId} className="admin-dialog">
      {open && (
        <>
          <Heading level={2} data-size="sm" id={headingId} ref={headingRef} tabIndex={-1} className="admin-dialog__heading">
            {heading}
          </Heading>
          {children}
        </>
      )}
    </Dialog>
  );
}
