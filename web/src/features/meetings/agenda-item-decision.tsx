import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TAgendaItem, TMeeting } from '@domain/meetings.contracts';
import { useCan } from '@web/app/session';
import { DecideForm } from '@web/features/decisions/decide-form';
import { decisionHref } from '@web/features/decisions/decision-details';
import { useRefreshMeetings } from '@web/features/meetings/meetings.api';

/** The need statuses a decision can be taken on (the server's rule; approved, rejected and merged needs are closed). */
const DECIDABLE: ReadonlySet<string> = new Set(['submitted', 'assessed', 'parked']);

/**
 * A need item's decision at this meeting: what was decided, or "Besluta", which opens the decision
 * form with the meeting set — the decision is then taken in the meeting's forum and is in its minutes.
 */
export function AgendaItemDecision({ item, meeting, onReload }: { item: TAgendaItem; meeting: TMeeting; onReload: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const refresh = useRefreshMeetings();
  const [open, setOpen] = useState(false);
  if (!item.need) return null;
  const need = item.need;
  const headingId = `decision-of-${item.id}`;
  const decision = item.decision;
  const decidable = !decision && meeting.minutesApprovedAt === null && can('need:decide') && DECIDABLE.has(need.status);
  return (
    <section aria-labelledby={headingId} className="stack agenda-item__decision">
      <Heading level={4} data-size="2xs" id={headingId}>
        {t('meetings.decision.heading')}
      </Heading>
      {decision ? (
        <dl>
          <dt>{t('meetings.decision.outcome')}</dt>
          <dd>
            {t(`decisions.outcomeDone.${decision.outcome}`)}
            {decision.form && ` (${t(`decisions.forms.${decision.form}`)})`}
          </dd>
          {decision.ownerName && (
            <>
              <dt>{t('meetings.decision.owner')}</dt>
              <dd>{decision.ownerName}</dd>
            </>
          )}
          <dt>{t('meetings.decision.rationale')}</dt>
          <dd className="meeting-text">
            {decision.rationale}{' '}
            <Link asChild>
              <RouterLink to={decisionHref(need.id, decision.id)}>
                {t('meetings.decision.open')}
                <span className="visually-hidden">: {item.title}</span>
              </RouterLink>
            </Link>
          </dd>
        </dl>
      ) : (
        <Paragraph>{t('meetings.decision.none')}</Paragraph>
      )}
      {decidable && !open && (
        <div className="button-row">
          <Button type="button" onClick={() => setOpen(true)} aria-label={t('meetings.decision.decideNamed', { title: item.title })}>
            {t('meetings.decision.decide')}
          </Button>
        </div>
      )}
      {decidable && open && (
        <DecideForm
          needId={need.id}
          etag={`"${need.version}"`}
          canProceed={item.assessment !== null}
          meeting={{ id: meeting.id, forumName: meeting.forum.name }}
          onDecided={() => {
            setOpen(false);
            void refresh();
          }}
          onReload={onReload}
          onCancel={() => setOpen(false)}
        />
      )}
    </section>
  );
}
