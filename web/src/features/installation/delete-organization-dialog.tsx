import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { TextField } from '@web/ui/form-field';

type TProps = {
  open: boolean;
  name: string;
  onClose: () => void;
  onConfirm: (confirmName: string) => void;
  isPending: boolean;
  error: string | null;
};

/**
 * Asks for the organisation's name before deleting it for good (the server checks the name too).
 * Used by the organisation's administrator and by the installation administrator.
 */
export function DeleteOrganizationDialog({ open, name, onClose, onConfirm, isPending, error }: TProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const id = useId();
  const close = () => {
    setTyped('');
    setMismatch(false);
    onClose();
  };
  return (
    <ConfirmDialog
      open={open}
      heading={t('installation.deletion.dialogHeading', { name })}
      confirmLabel={t('installation.deletion.confirm')}
      onConfirm={() => {
        if (typed.trim() !== name.trim()) return setMismatch(true);
        setMismatch(false);
        onConfirm(typed);
      }}
      onClose={close}
      isPending={isPending}
      error={error}
    >
      <Paragraph>{t('installation.deletion.intro')}</Paragraph>
      <TextField
        id={`${id}-confirm`}
        label={t('installation.deletion.confirmLabel')}
        description={t('installation.deletion.confirmHint', { name })}
        value={typed}
        autoComplete="off"
        error={mismatch ? t('installation.deletion.mismatch') : undefined}
        onChange={(event) => setTyped(event.target.value)}
      />
    </ConfirmDialog>
  );
}
