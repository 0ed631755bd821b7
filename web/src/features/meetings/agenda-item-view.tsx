import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PRIORITY_LABELS, QUADRANT_LABELS } from '@domain/assessment';
import type { TAgendaItem } from '@domain/meetings.contracts';
import { paths } from '@web/app/paths';
import { formatNumber } from '@web/ui/format';

/** One agenda item with its papers: the need's summary, assessment, agreement and similar needs, the analysis and the proposal; `children` below (its decision). */
export function AgendaItemView({ item, children }: { item: TAgendaItem; children?: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `item-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="stack agenda-item">
      <Heading level={3} data-size="xs" id={headingId}>
        {t('meetings.agenda.itemHeading', { position: item.position, title: item.title })}
      </Heading>
      <dl>
        <dt>{t('meetings.agenda.kind')}</dt>
        <dd>{t(`meetings.kinds.${item.kind}`)}</dd>
        {item.need && (
          <>
            <dt>{t('meetings.agenda.need')}</dt>
            <dd>
              <Link asChild>
                <RouterLink to={paths.need(item.need.id)}>{t('meetings.agenda.needLink', { number: item.need.number, title: item.need.title })}</RouterLink>
              </Link>{' '}
              ({t(`needStatus.${item.need.status}`)})
            </dd>
            <dt>{t('meetings.agenda.summary')}</dt>
            <dd>{item.need.summary}</dd>
          </>
        )}
        {item.initiative && (
          <>
            <dt>{t('meetings.agenda.initiative')}</dt>
            <dd>
              <Link asChild>
                <RouterLink to={paths.initiative(item.initiative.id)}>{item.initiative.title}</RouterLink>
              </Link>
            </dd>
          </>
        )}
        {item.need && (
          <>
            <dt>{t('meetings.agenda.assessment')}</dt>
            <dd>
              {item.assessment
                ? t('meetings.agenda.assessmentValue', {
                    quadrant: QUADRANT_LABELS[item.assessment.quadrant].slogan,
                    priority: PRIORITY_LABELS[item.assessment.priority],
                    feasibility: formatNumber(item.assessment.feasibility),
                    potential: formatNumber(item.assessment.potential),
                  })
                : t('meetings.agenda.notAssessed')}
            </dd>
            <dt>{t('meetings.agenda.agreement')}</dt>
            <dd>
              {item.agreement?.agreement
                ? t('meetings.agenda.agreementValue', { agreement: t(`assessment.agreementShort.${item.agreement.agreement}`), count: item.agreement.raterCount })
                : t('meetings.agenda.noAgreement')}
            </dd>
            <dt>{t('meetings.agenda.similar')}</dt>
            <dd>
              {item.similar.length === 0 ? (
                t('meetings.agenda.noSimilar')
              ) : (
                <ul>
                  {item.similar.map((need) => (
                    <li key={need.id}>
                      <Link asChild>
                        <RouterLink to={paths.need(need.id)}>{t('meetings.agenda.needLink', { number: need.number, title: need.title })}</RouterLink>
                      </Link>
                      {': '}
                      {need.decision
                        ? t('meetings.agenda.similarDecision', { outcome: t(`decisions.outcome.${need.decision.outcome}`), date: need.decision.decisionDate })
                        : t(`needStatus.${need.status}`)}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        <dt>{t('meetings.agenda.analysis')}</dt>
        <dd className="meeting-text">{item.analysis || '–'}</dd>
        <dt>{t('meetings.agenda.proposal')}</dt>
        <dd className="meeting-text">{item.proposal || '–'}</dd>
      </dl>
      {item.kind === 'need' && !item.need && <Paragraph>{t('meetings.agenda.needGone')}</Paragraph>}
      {children}
    </article>
  );
}
