import { useState, type ReactNode } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { problemText } from '@web/i18n/error-text';
import { useAnnounce } from '@web/ui/live-region';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';

type TDeleteRecordProps = {
  /** The button's text, e.g. "Ta bort visningen". */
  label: string;
  heading: string;
  /** What goes, and that it cannot be undone. */
  children: ReactNode;
  confirmLabel: string;
  /** What is announced once it is gone. */
  deletedText: string;
  remove: () => Promise<unknown>;
  /** The server's refusal in the user's words (a 409 naming what depends on it); `problemText` otherwise. */
  refusal?: (error: unknown) => string | null;
  onDeleted: () => void;
  /** Where focus goes when the control that opened the dialog is gone with the record. */
  fallbackFocus?: () => HTMLElement | null;
};

/**
 * "Ta bort …" with a confirmation (issue 13 item 6): the delete is sent only after the user
 * confirms; a refusal is shown inside the dialog, where the user is looking; success is announced.
 */
export function DeleteRecordButton({ label, heading, children, confirmLabel, deletedText, remove, refusal, onDeleted, fallbackFocus }: TDeleteRecordProps) {
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setPending(true);
    try {
      await remove();
      setOpen(false);
      announce(deletedText);
      onDeleted();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button
        variant="secondary"
        data-color="danger"
        data-size="sm"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {label}
      </Button>
      <ConfirmDialog
        open={open}
        heading={heading}
        confirmLabel={confirmLabel}
        isPending={pending}
        error={error ? ((refusal ? refusal(error) : null) ?? problemText(error)) : null}
        onClose={() => setOpen(false)}
        onConfirm={() => void confirm()}
        fallbackFocus={fallbackFocus}
      >
        {children}
      </ConfirmDialog>
    </>
  );
}
