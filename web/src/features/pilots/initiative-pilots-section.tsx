import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TPilot } from '@domain/pilots.contracts';
import { problemText } from '@web/i18n/error-text';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminDialog } from '@web/features/admin/admin-dialog';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { useInitiativeProcess } from '@web/features/process/process.api';
import { PilotDetails } from '@web/features/pilots/pilot-details';
import { PilotForm } from '@web/features/pilots/pilot-form';
import { useAddPilot, useDeletePilot, useInitiativePilots, useUpdatePilot } from '@web/features/pilots/pilots.api';
import '@web/features/pilots/pilots.css';

type TDialog = { kind: 'add' } | { kind: 'edit'; pilot: TPilot } | null;

/**
 * "Piloter och testbäddar" on an initiative's page: each pilot's facts, and for those who work the
 * initiative, adding and changing pilots in a dialog and deleting one after a confirmation.
 */
export function InitiativePilotsSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const pilots = useInitiativePilots(initiativeId);
  const process = useInitiativeProcess(initiativeId);
  const canWork = process.data?.data.permissions.canWork ?? false;
  const add = useAddPilot(initiativeId);
  const update = useUpdatePilot();
  const remove = useDeletePilot();
  const [dialog, setDialog] = useState<TDialog>(null);
  const [removing, setRemoving] = useState<TPilot | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const headingFocus = () => document.getElementById('initiative-pilots-heading');

  // After a conflict: fetch what the other person saved and open the form on that version.
  const reloadEditing = async (id: string) => {
    const fresh = await pilots.refetch();
    const latest = fresh.data?.find((pilot) => pilot.id === id);
    setDialog(latest ? { kind: 'edit', pilot: latest } : null);
  };

  return (
    <section aria-labelledby="initiative-pilots-heading" className="stack" id="piloter">
      <Heading level={2} data-size="sm" id="initiative-pilots-heading" tabIndex={-1}>
        {t('pilots.title')}
      </Heading>
      <Paragraph>{t('pilots.sectionIntro')}</Paragraph>
      {canWork && (
        <div>
          <Button variant="secondary" onClick={() => setDialog({ kind: 'add' })}>
            {t('pilots.add')}
          </Button>
        </div>
      )}
      {pilots.isPending ? (
        <LoadingState />
      ) : pilots.isError ? (
        <ErrorState error={pilots.error} onRetry={() => void pilots.refetch()} />
      ) : pilots.data.length === 0 ? (
        <Paragraph data-size="sm">{t('pilots.empty')}</Paragraph>
      ) : (
        <ul className="pilot-list" aria-label={t('pilots.captionInitiative')}>
          {pilots.data.map((pilot) => (
            <li key={pilot.id} className="pilot-card stack">
              <Heading level={3} data-size="xs">
                {pilot.title}
              </Heading>
              <PilotDetails pilot={pilot} />
              {canWork && (
                <div className="button-row">
                  <Button variant="secondary" data-size="sm" aria-label={t('pilots.editNamed', { title: pilot.title })} onClick={() => setDialog({ kind: 'edit', pilot })}>
                    {t('pilots.edit')}
                  </Button>
                  <Button variant="tertiary" data-size="sm" data-color="danger" aria-label={t('pilots.removeNamed', { title: pilot.title })} onClick={() => setRemoving(pilot)}>
                    {t('pilots.remove')}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <AdminDialog open={dialog !== null} heading={dialog?.kind === 'edit' ? t('pilots.editHeading') : t('pilots.addHeading')} onClose={() => setDialog(null)} fallbackFocus={headingFocus}>
        {dialog && (
          <PilotForm
            key={dialog.kind === 'edit' ? `${dialog.pilot.id}:${dialog.pilot.version}` : 'new'}
            pilot={dialog.kind === 'edit' ? dialog.pilot : undefined}
            isPending={add.isPending || update.isPending}
            onCancel={() => setDialog(null)}
            onReload={() => void (dialog.kind === 'edit' ? reloadEditing(dialog.pilot.id) : pilots.refetch())}
            onSave={(body, onError) => {
              const done = (saved: TPilot) => {
                announce(t('pilots.saved', { title: saved.title }));
                setDialog(null);
              };
              if (dialog.kind === 'edit') update.mutate({ pilot: dialog.pilot, body }, { onSuccess: done, onError });
              else add.mutate(body, { onSuccess: done, onError });
            }}
          />
        )}
      </AdminDialog>

      <ConfirmDialog
        open={removing !== null}
        heading={t('pilots.removeHeading')}
        confirmLabel={t('pilots.removeConfirm')}
        isPending={remove.isPending}
        error={removeError}
        fallbackFocus={headingFocus}
        onClose={() => {
          setRemoveError(null);
          setRemoving(null);
        }}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate(removing, {
            onSuccess: () => {
              announce(t('pilots.removed', { title: removing.title }));
              setRemoving(null);
            },
            onError: (error) => setRemoveError(problemText(error)),
          });
        }}
      >
        {removing ? t('pilots.removeBody', { title: removing.title }) : ''}
      </ConfirmDialog>
    </section>
  );
}
