import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { formatDateTime } from '@web/ui/format';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useTimeline } from '@web/features/process/process.api';
import { timelineText } from '@web/features/process/timeline-text';

/** The initiative's history, newest first: decision, stage moves (with override reasons), people, ticks. */
export function TimelineSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const timeline = useTimeline(initiativeId);
  return (
    <section aria-labelledby="timeline-heading" className="stack">
      <Heading level={2} data-size="sm" id="timeline-heading">
        {t('process.timeline.heading')}
      </Heading>
      {timeline.isPending && <LoadingState />}
      {timeline.isError && <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {timeline.data && timeline.data.length === 0 && <Paragraph>{t('process.timeline.empty')}</Paragraph>}
      {timeline.data && timeline.data.length > 0 && (
        <ul className="process-timeline">
          {[...timeline.data].reverse().map((event) => {
            const { main, detail } = timelineText(event);
            return (
              <li key={event.id}>
                <Paragraph data-size="sm" className="muted">
                  <time dateTime={event.createdAt}>{formatDateTime(event.createdAt)}</time> · {event.actor.name}
                </Paragraph>
                <Paragraph>{main}</Paragraph>
                {detail && <Paragraph data-size="sm">{detail}</Paragraph>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
