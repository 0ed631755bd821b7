import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { TMember } from '@domain/members.contracts';
import { paths } from '@web/app/paths';
import { useAnnounce } from '@web/ui/live-region';
import { adminProblemText } from '@web/features/admin/admin-errors';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import type { useMemberMutations } from '@web/features/admin/members.api';
import { RowActionError } from '@web/features/admin/org-item-actions';

type TDialog = 'disable' | 'disableMembership' | 'endSessions' | 'reset' | 'remove';
type TProps = {
  member: TMember;
  organizationName: string;
  mutations: ReturnType<typeof useMemberMutations>;
  /** Receives the new one-time password after a reset; the page shows it once. */
  onPasswordReset: (password: string) => void;
};

/**
 * The member's actions, each irreversible one behind a confirmation that says what happens. The
 * account actions (Stäng av / Aktivera, Återställ lösenord, Logga ut överallt) are offered only
 * when this is her home organisation (`canManageAccount`); otherwise only the membership here can
 * be disabled, enabled or removed. A refusal (yourself, the last administrator) is shown in the dialog.
 */
export function MemberAccountActions({ member, organizationName, mutations, onPasswordReset }: TProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<TDialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [enableError, setEnableError] = useState<string | null>(null);
  const { disable, enable, resetPassword, remove, disableMembership, enableMembership, endSessions } = mutations;
  const close = () => {
    setDialog(null);
    setError(null);
  };
  const name = member.name;

  const confirm = () => {
    const onError = (failure: unknown) => setError(adminProblemText(failure));
    switch (dialog) {
      case 'disable':
        return disable.mutate(undefined, {
          onSuccess: () => {
            close();
            announce(t('admin.members.disabledDone', { name }));
          },
          onError,
        });
      case 'disableMembership':
        return disableMembership.mutate(undefined, {
          onSuccess: () => {
            close();
            announce(t('admin.members.membershipDisabledDone', { name }));
          },
          onError,
        });
      case 'endSessions':
        return endSessions.mutate(undefined, {
          onSuccess: () => {
            close();
            announce(t('admin.members.sessionsEndedDone', { name }));
          },
          onError,
        });
      case 'reset':
        return resetPassword.mutate(undefined, {
          onSuccess: ({ data }) => {
            close();
            onPasswordReset(data.oneTimePassword);
          },
          onError,
        });
      case 'remove':
        return remove.mutate(undefined, {
          onSuccess: () => {
            close();
            announce(t('admin.members.removedDone', { name, organization: organizationName }));
            void navigate(paths.adminMembers);
          },
          onError,
        });
      case null:
        return;
    }
  };

  const texts: Record<TDialog, { heading: string; body: string; confirm: string; pending: boolean }> = {
    disable: { heading: t('admin.members.disableHeading', { name }), body: t('admin.members.disableBody'), confirm: t('admin.members.disable'), pending: disable.isPending },
    disableMembership: {
      heading: t('admin.members.disableMembershipHeading', { name, organization: organizationName }),
      body: t('admin.members.disableMembershipBody'),
      confirm: t('admin.members.disableMembership'),
      pending: disableMembership.isPending,
    },
    endSessions: { heading: t('admin.members.endSessionsHeading', { name }), body: t('admin.members.endSessionsBody'), confirm: t('admin.members.endSessions'), pending: endSessions.isPending },
    reset: { heading: t('admin.members.resetHeading', { name }), body: t('admin.members.resetBody'), confirm: t('admin.members.resetPassword'), pending: resetPassword.isPending },
    remove: {
      heading: t('admin.members.removeHeading', { name, organization: organizationName }),
      body: t('admin.members.removeBody'),
      confirm: t('admin.members.remove'),
      pending: remove.isPending,
    },
  };
  const current = dialog ? texts[dialog] : null;

  return (
    <>
      <RowActionError message={enableError} onDismiss={() => setEnableError(null)} />
      <div className="button-row">
        {member.canManageAccount && (member.isDisabled ? (
          <Button
            variant="secondary"
            loading={enable.isPending}
            onClick={() => {
              setEnableError(null);
              enable.mutate(undefined, { onSuccess: () => announce(t('admin.members.enabledDone', { name })), onError: (failure) => setEnableError(adminProblemText(failure)) });
            }}
          >
            {t('admin.members.enable')}
          </Button>
        ) : (
          <Button variant="secondary" onClick={() => setDialog('disable')}>
            {t('admin.members.disable')}
          </Button>
        ))}
        {member.canManageAccount && (
          <>
            <Button variant="secondary" onClick={() => setDialog('reset')}>
              {t('admin.members.resetPassword')}
            </Button>
            <Button variant="secondary" onClick={() => setDialog('endSessions')}>
              {t('admin.members.endSessions')}
            </Button>
          </>
        )}
        {member.isMembershipDisabled ? (
          <Button
            variant="secondary"
            loading={enableMembership.isPending}
            onClick={() => {
              setEnableError(null);
              enableMembership.mutate(undefined, {
                onSuccess: () => announce(t('admin.members.membershipEnabledDone', { name })),
                onError: (failure) => setEnableError(adminProblemText(failure)),
              });
            }}
          >
            {t('admin.members.enableMembership')}
          </Button>
        ) : (
          !member.canManageAccount && (
            <Button variant="secondary" onClick={() => setDialog('disableMembership')}>
              {t('admin.members.disableMembership')}
            </Button>
          )
        )}
        <Button variant="secondary" data-color="danger" onClick={() => setDialog('remove')}>
          {t('admin.members.remove')}
        </Button>
      </div>
      <ConfirmDialog
        open={current !== null}
        heading={current?.heading ?? ''}
        confirmLabel={current?.confirm ?? ''}
        isPending={current?.pending}
        danger={dialog !== 'reset' && dialog !== 'endSessions'}
        error={error}
        onConfirm={confirm}
        onClose={close}
        fallbackFocus={() => document.getElementById('member-account-heading')}
      >
        <Paragraph>{current?.body}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
