import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TLesson } from '@domain/benefit-follow-up.contracts';
import { formatDate } from '@web/ui/format';

/** One lesson learned: what worked, what did not, advice – with who wrote it and when; `actions` (delete, mask) below. */
export function LessonCard({ lesson, headingLevel, showInitiative = false, actions }: { lesson: TLesson; headingLevel: 2 | 3; showInitiative?: boolean; actions?: ReactNode }) {
  const { t } = useTranslation();
  const parts: [string, string][] = [
    [t('benefits.followUp.worked'), lesson.worked],
    [t('benefits.followUp.didNotWork'), lesson.didNotWork],
    [t('benefits.followUp.advice'), lesson.advice],
  ];
  return (
    <article className="benefit-lesson">
      {showInitiative && (
        <Heading level={headingLevel} data-size="2xs">
          {lesson.initiativeTitle}
        </Heading>
      )}
      <dl className="assessment-facts">
        {parts
          .filter(([, text]) => text)
          .map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
      </dl>
      <Paragraph data-size="sm" className="muted">
        {t('benefits.lessons.by', { name: lesson.authorName, date: formatDate(lesson.createdAt) })}
      </Paragraph>
      {actions}
    </article>
  );
}
