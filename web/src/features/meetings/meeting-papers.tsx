import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TMeeting } from '@domain/meetings.contracts';
import { apiUrl } from '@web/api/client';
import { isApiError } from '@web/api/api-error';
import { useCan, useSession } from '@web/app/session';
import { problemText } from '@web/i18n/error-text';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { formatDate, formatDateTime } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { useApproveMinutes, useSendMeetingPapers } from '@web/features/meetings/meetings.api';

/**
 * The meeting's papers and their steps: download the kallelse and the protokoll as Word files, send
 * the kallelse (coordinator; again after changes), and approve (justera) the minutes (the chair).
 * Each step asks first: a kallelse reaches every member's inbox, and approved minutes are final.
 */
export function MeetingPapers({ meeting, etag, onReload }: { meeting: TMeeting; etag: string | null; onReload: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const session = useSession();
  const announce = useAnnounce();
  const send = useSendMeetingPapers();
  const approve = useApproveMinutes();
  const [dialog, setDialog] = useState<'send' | 'approve' | null>(null);
  const [conflict, setConflict] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const frozen = meeting.minutesApprovedAt !== null;
  const chair = meeting.forum.members.find((member) => member.isChair);
  const isChair = session?.user.id !== undefined && session.user.id === meeting.forum.chairId;
  const pending = dialog === 'send' ? send : approve;
  const error = pending.error && !isApiError(pending.error, 'precondition_failed') ? problemText(pending.error) : null;

  const close = () => {
    send.reset();
    approve.reset();
    setDialog(null);
  };
  const failed = (failure: unknown) => {
    // Someone changed the meeting since it was loaded: say so on the page, not in the dialog.
    if (isApiError(failure, 'precondition_failed')) {
      setDialog(null);
      setConflict(true);
    } else announce(problemText(failure));
  };
  const handleSend = () =>
    send.mutate(
      { id: meeting.id, etag },
      {
        onSuccess: ({ data }) => {
          const message = t(data.resent ? 'meetings.papers.resent' : 'meetings.papers.sent', { count: data.notified });
          setDialog(null);
          setStatus(message);
          announce(message);
        },
        onError: failed,
      },
    );
  const handleApprove = () =>
    approve.mutate(
      { id: meeting.id, etag },
      {
        onSuccess: () => {
          setDialog(null);
          setStatus(t('meetings.minutes.approved'));
          announce(t('meetings.minutes.approved'));
        },
        onError: failed,
      },
    );

  return (
    <section aria-labelledby="papers" className="stack">
      <Heading level={2} data-size="sm" id="papers">
        {t('meetings.papers.downloads')}
      </Heading>
      <ul className="meeting-downloads">
        <li>
          <Link href={apiUrl(`/meetings/${meeting.id}/agenda.docx`)} download>
            {t('meetings.papers.agendaWord')}
          </Link>
        </li>
        <li>
          <Link href={apiUrl(`/meetings/${meeting.id}/minutes.docx`)} download>
            {t('meetings.papers.minutesWord')}
          </Link>
        </li>
      </ul>
      {conflict && (
        <ConflictNotice
          headingLevel={3}
          onReload={() => {
            setConflict(false);
            onReload();
          }}
        />
      )}
      {status && <Paragraph className="meeting-status">{status}</Paragraph>}
      <Paragraph>
        {frozen
          ? t('meetings.minutes.approvedBy', { date: formatDate(meeting.minutesApprovedAt!.slice(0, 10)), name: meeting.minutesApprovedBy?.name ?? chair?.name ?? '–' })
          : chair
            ? t('meetings.minutes.notApproved', { chair: chair.name })
            : t('meetings.minutes.noChair')}
      </Paragraph>
      {!frozen && (can('meeting:manage') || isChair) && (
        <div className="button-row">
          {can('meeting:manage') && (
            <Button type="button" variant={meeting.agendaSentAt ? 'secondary' : 'primary'} onClick={() => setDialog('send')}>
              {meeting.agendaSentAt ? t('meetings.papers.sendAgain') : t('meetings.papers.send')}
            </Button>
          )}
          {isChair && (
            <Button type="button" variant="secondary" onClick={() => setDialog('approve')}>
              {t('meetings.minutes.approve')}
            </Button>
          )}
        </div>
      )}
      <ConfirmDialog
        open={dialog === 'send'}
        heading={meeting.agendaSentAt ? t('meetings.papers.sendAgainHeading') : t('meetings.papers.sendHeading')}
        confirmLabel={t('meetings.papers.sendConfirm')}
        onConfirm={handleSend}
        onClose={close}
        isPending={send.isPending}
        error={dialog === 'send' ? error : null}
        danger={false}
      >
        {meeting.agendaSentAt
          ? t('meetings.papers.sendAgainBody', { forum: meeting.forum.name, at: formatDateTime(meeting.agendaSentAt) })
          : t('meetings.papers.sendBody', { forum: meeting.forum.name })}
      </ConfirmDialog>
      <ConfirmDialog
        open={dialog === 'approve'}
        heading={t('meetings.minutes.approveHeading')}
        confirmLabel={t('meetings.minutes.approveConfirm')}
        onConfirm={handleApprove}
        onClose={close}
        isPending={approve.isPending}
        error={dialog === 'approve' ? error : null}
        danger={false}
      >
        {t('meetings.minutes.approveBody')}
      </ConfirmDialog>
    </section>
  );
}
