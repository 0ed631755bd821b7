import { useState } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { formatDate, formatDateTime } from '@web/ui/format';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useMeeting } from '@web/features/meetings/meetings.api';
import { AgendaItemView } from '@web/features/meetings/agenda-item-view';
import { AgendaEditor } from '@web/features/meetings/agenda-editor';
import { AgendaItemDecision } from '@web/features/meetings/agenda-item-decision';
import { MeetingPapers } from '@web/features/meetings/meeting-papers';
import { meetingStage } from '@web/features/meetings/meetings-page';
import '@web/features/meetings/meetings.css';

/**
 * /moten/:id: a meeting's agenda with its papers, which every forum member reads before the
 * meeting; the coordinator shapes the agenda and sends the kallelse here, the forum decides each
 * need from here in agenda order, and the chair approves (justerar) the minutes.
 */
export function MeetingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const meeting = useMeeting(id);
  const [editing, setEditing] = useState(false);
  if (meeting.isPending) return <LoadingState />;
  if (meeting.isError) return <ErrorState error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const { data, etag } = meeting.data;
  const frozen = data.minutesApprovedAt !== null;
  const chair = data.forum.members.find((member) => member.isChair)?.name ?? '–';
  return (
    <>
      <PageHeading>{data.title}</PageHeading>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.meetings}>{t('meetings.meetings.back')}</RouterLink>
        </Link>
      </Paragraph>
      <dl className="meeting-facts">
        <dt>{t('meetings.meetings.forum')}</dt>
        <dd>
          <Link asChild>
            <RouterLink to={paths.forum(data.forum.id)}>{data.forum.name}</RouterLink>
          </Link>
        </dd>
        <dt>{t('meetings.meetings.date')}</dt>
        <dd>{formatDate(data.meetingDate)}</dd>
        <dt>{t('meetings.meetings.place')}</dt>
        <dd>{data.place || '–'}</dd>
        <dt>{t('meetings.forums.chair')}</dt>
        <dd>{chair}</dd>
        <dt>{t('meetings.forums.members')}</dt>
        <dd>{data.forum.members.map((member) => member.name).join(', ') || '–'}</dd>
        <dt>{t('meetings.meetings.stage')}</dt>
        <dd>
          {t(`meetings.stage.${meetingStage(data)}`)}
          {data.agendaSentAt && ` (${t('meetings.meetings.sentAt', { at: formatDateTime(data.agendaSentAt) })})`}
        </dd>
      </dl>
      {!editing && <MeetingPapers meeting={data} etag={etag} onReload={() => void meeting.refetch()} />}
      {editing ? (
        <AgendaEditor meeting={data} etag={etag} onDone={() => setEditing(false)} onReload={() => void meeting.refetch().then(() => setEditing(false))} />
      ) : (
        <section aria-labelledby="agenda" className="stack">
          <Heading level={2} data-size="sm" id="agenda">
            {t('meetings.agenda.heading')}
          </Heading>
          {can('meeting:manage') && !frozen && (
            <div className="button-row">
              <Button type="button" variant="secondary" onClick={() => setEditing(true)}>
                {t('meetings.editor.open')}
              </Button>
            </div>
          )}
          {data.items.length === 0 ? (
            <Paragraph>{t('meetings.agenda.empty')}</Paragraph>
          ) : (
            data.items.map((item) => (
              <AgendaItemView key={item.id} item={item}>
                <AgendaItemDecision item={item} meeting={data} onReload={() => void meeting.refetch()} />
              </AgendaItemView>
            ))
          )}
        </section>
      )}
    </>
  );
}
