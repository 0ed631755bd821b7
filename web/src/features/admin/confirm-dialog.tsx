import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { AdminDialog } from '@web/features/admin/admin-dialog';

type TConfirmDialogProps = {
  open: boolean;
  heading: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
  isPending?: boolean;
  /** Why the action was refused (e.g. "the unit is in use – archive it instead"), shown in the dialog. */
  error?: string | null;
  /** A better way out offered next to the error, such as "Arkivera i stället". */
  alternative?: ReactNode;
  danger?: boolean;
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * Asks before something that cannot be undone (delete, remove, reset). A refusal from the server
 * is shown inside the dialog, where the user is looking, and announced.
 */
export function ConfirmDialog({ open, heading, children, confirmLabel, onConfirm, onClose, isPending, error, alternative, danger = true, fallbackFocus }: TConfirmDialogProps) {
  const { t } = useTranslation();
  const errorRef = useRef<HTMLDivElement>(null);
  // The confirm button gives way to the reason; focus follows it instead of falling to the page.
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  return (
    <AdminDialog open={open} heading={heading} onClose={onClose} fallbackFocus={fallbackFocus}>
      <div className="stack">
        {typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}
        {error && (
          <Alert data-color="danger" ref={errorRef} tabIndex={-1} className="conflict-notice">
            <Paragraph>{error}</Paragraph>
            {alternative}
          </Alert>
        )}
        <div className="button-row">
          {!error && (
            <Button data-color={danger ? 'danger' : undefined} onClick={onConfirm} loading={isPending} aria-disabled={isPending || undefined}>
              {confirmLabel}
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            {error ? t('common.close') : t('common.cancel')}
          </Button>
        </div>
      </div>
    </AdminDialog>
  );
}
