import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { TInitiativeProcess, TStageTransitionRequest } from '@domain/process.contracts';
import { problemText } from '@web/i18n/error-text';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { TextareaField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useMoveStage } from '@web/features/process/process.api';

export type TStageAction = TStageTransitionRequest['action'];

/**
 * The gate dialog: confirms a move and asks for what it needs. Moving forward with items missing
 * needs an override reason (and the right to give one); going back and stopping always need a
 * reason. A native <dialog> (AdminDialog): focus moves to its heading, stays inside, Escape closes.
 */
export function StageDialog({ process, etag, action, onClose }: { process: TInitiativeProcess; etag: string | null; action: TStageAction | null; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const move = useMoveStage(process.initiativeId);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const missing = process.nextGate?.missing ?? [];
  const forward = action === 'advance' || action === 'close';
  const needsReason = !forward || missing.length > 0;
  // The nämnd's decision cannot be passed with a reason; the dialog says so instead of asking for one.
  const blocked = forward && missing.some((item) => item.blocking);
  const refused = blocked || (forward && missing.length > 0 && !process.permissions.canOverrideGate);

  const close = () => {
    setReason('');
    setReasonError(null);
    move.reset();
    onClose();
  };

  const heading = (() => {
    switch (action) {
      case 'advance':
        return t('process.gate.dialog.advanceHeading', { label: stageLabel(process.stage + 1) });
      case 'close':
        return t('process.gate.dialog.closeHeading');
      case 'back':
        return t('process.gate.dialog.backHeading', { label: stageLabel(Math.max(1, process.stage - 1)) });
      case 'stop':
      case null:
        return t('process.gate.dialog.stopHeading');
    }
  })();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    const text = reason.trim();
    if (needsReason && !text) {
      setReasonError(t('process.gate.dialog.reasonRequired'));
      document.getElementById('stage-reason')?.focus();
      return;
    }
    const body: TStageTransitionRequest =
      action === 'back' || action === 'stop' ? { action, reason: text } : { action, ...(missing.length > 0 ? { overrideReason: text } : {}) };
    move.mutate(
      { body, etag },
      {
        onSuccess: ({ data }) => {
          if (data.status === 'closed') announce(t('process.gate.closedDone'));
          else if (data.status === 'stopped') announce(t('process.gate.stoppedDone'));
          else announce(t('process.gate.moved', { label: stageLabel(data.stage) }));
          close();
        },
      },
    );
  };

  const confirmLabel = { advance: t('process.gate.dialog.confirmAdvance'), close: t('process.gate.dialog.confirmClose'), back: t('process.gate.dialog.confirmBack'), stop: t('process.gate.dialog.confirmStop') };

  return (
    <AdminDialog open={action !== null} heading={heading} onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        {forward &&
          (missing.length > 0 ? (
            <>
              <Paragraph>{t('process.gate.dialog.missingIntro')}</Paragraph>
              <ul className="gate-missing">
                {missing.map((item, index) => (
                  <li key={`${item.code}-${item.ref ?? index}`}>{item.text}</li>
                ))}
              </ul>
            </>
          ) : (
            <Paragraph>{t('process.gate.dialog.ready')}</Paragraph>
          ))}
        {refused ? (
          <Alert data-color="warning">
            <Paragraph>{t(blocked ? 'process.gate.dialog.blocked' : 'process.gate.dialog.overrideNotAllowed')}</Paragraph>
          </Alert>
        ) : (
          needsReason && (
            <TextareaField
              id="stage-reason"
              name="reason"
              rows={3}
              label={forward ? t('process.gate.dialog.overrideLabel') : t('process.gate.dialog.reasonLabel')}
              description={forward ? t('process.gate.dialog.overrideHint') : t('process.gate.dialog.reasonHint')}
              error={reasonError ?? undefined}
              value={reason}
              onChange={(event) => {
                setReason(event.target.value);
                if (reasonError) setReasonError(null);
              }}
            />
          )
        )}
        {move.isError && (
          <Alert data-color="danger">
            <Paragraph>{problemText(move.error)}</Paragraph>
          </Alert>
        )}
        <div className="button-row">
          {!refused && action && (
            <Button type="submit" data-color={action === 'stop' ? 'danger' : undefined} loading={move.isPending} aria-disabled={move.isPending || undefined}>
              {confirmLabel[action]}
            </Button>
          )}
          {/* "Stäng", not "Avbryt": next to "Avbryt initiativet" the usual word would be ambiguous. */}
          <Button type="button" variant="secondary" onClick={close}>
            {t('common.close')}
          </Button>
        </div>
      </form>
    </AdminDialog>
  );
}
