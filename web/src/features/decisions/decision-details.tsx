import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Details, DetailsContent, DetailsSummary, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TDecision } from '@domain/decisions.contracts';
import { paths } from '@web/app/paths';
import { formatDate } from '@web/ui/format';
import { StatusTag } from '@web/ui/status-tag';
import { AgreedScoresTable, DerivedFacts } from '@web/features/assessment/assessment-result';
import '@web/features/assessment/assessment.css';
import '@web/features/decisions/decisions.css';

/** One fact of a decision; left out when empty. */
function Fact({ term, children, wide = false }: { term: string; children: ReactNode; wide?: boolean }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div className={wide ? 'assessment-facts__wide' : undefined}>
      <dt>{term}</dt>
      <dd className="preserve-lines">{children}</dd>
    </div>
  );
}

/** Where one decision is shown: on its need's page, in the "Beslut" section. */
export const decisionHref = (needId: string, decisionId: string) => `${paths.need(needId)}#beslut-${decisionId}`;

/**
 * A corrected decision says "Ersatt" and links to the decision that replaced it; a correction
 * links back to the decision it corrected. Both stay in the log.
 */
export function Supersession({ decision }: { decision: TDecision }) {
  const { t } = useTranslation();
  if (decision.supersededBy) {
    return (
      <Paragraph data-size="sm" className="decision-supersession">
        <StatusTag tone="warning">{t('decisions.supersededTag')}</StatusTag>{' '}
        <Link asChild>
          <RouterLink to={decisionHref(decision.needId, decision.supersededBy.id)}>{t('decisions.supersededBy', { date: formatDate(decision.supersededBy.decisionDate) })}</RouterLink>
        </Link>
      </Paragraph>
    );
  }
  if (decision.supersedesId) {
    return (
      <Paragraph data-size="sm" className="decision-supersession">
        {t('decisions.supersedes')}:{' '}
        <Link asChild>
          <RouterLink to={decisionHref(decision.needId, decision.supersedesId)}>{t('decisions.supersedesLink')}</RouterLink>
        </Link>
      </Paragraph>
    );
  }
  return null;
}

/**
 * One decision as recorded: date, forum, outcome, form, owner, start year, rationale, who
 * registered it — and the snapshot frozen when it was taken (scores, quadrant, priority), which
 * later edits of the need or later assessments do not change. `actions` ("Rätta beslutet") below.
 */
export function DecisionDetails({
  decision,
  headingLevel = 3,
  showInitiativeLink = true,
  actions,
}: {
  decision: TDecision;
  headingLevel?: 3 | 4;
  showInitiativeLink?: boolean;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const { snapshot } = decision;
  const derived =
    snapshot.feasibility !== null && snapshot.potential !== null && snapshot.overall !== null && snapshot.quadrant && snapshot.priority
      ? { feasibility: snapshot.feasibility, potential: snapshot.potential, overall: snapshot.overall, quadrant: snapshot.quadrant, priority: snapshot.priority }
      : null;
  return (
    <article className="stack decision-card" aria-labelledby={`decision-${decision.id}`} id={`beslut-${decision.id}`}>
      <Heading level={headingLevel} data-size="2xs" id={`decision-${decision.id}`} tabIndex={-1}>
        {t('decisions.decisionHeading', { date: formatDate(decision.decisionDate), outcome: t(`decisions.outcomeDone.${decision.outcome}`) })}
      </Heading>
      <Supersession decision={decision} />
      <dl className="assessment-facts assessment-facts--columns">
        <Fact term={t('decisions.fields.decisionDate')}>{formatDate(decision.decisionDate)}</Fact>
        <Fact term={t('decisions.fields.forum')}>{decision.forum}</Fact>
        <Fact term={t('decisions.fields.meeting')}>
          {decision.meeting && (
            <Link asChild>
              <RouterLink to={paths.meeting(decision.meeting.id)}>{`${decision.meeting.title} (${formatDate(decision.meeting.meetingDate)})`}</RouterLink>
            </Link>
          )}
        </Fact>
        <Fact term={t('decisions.fields.origin')}>{decision.origin === 'pre_digiplan' ? t('decisions.preDigiplan') : null}</Fact>
        <Fact term={t('decisions.fields.reference')}>{decision.reference}</Fact>
        <Fact term={t('decisions.fields.outcome')}>{t(`decisions.outcomeDone.${decision.outcome}`)}</Fact>
        <Fact term={t('decisions.fields.form')}>{decision.form && t(`decisions.forms.${decision.form}`)}</Fact>
        <Fact term={t('decisions.fields.owner')}>{decision.ownerName}</Fact>
        <Fact term={t('decisions.fields.startYear')}>{decision.plannedStartYear}</Fact>
        <Fact term={t('decisions.fields.parkedUntil')}>{formatDate(decision.parkedUntil)}</Fact>
        <Fact term={t('decisions.fields.decidedBy')}>{decision.decidedBy.name}</Fact>
        <Fact term={decision.outcome === 'reject' ? t('decisions.fields.reason') : t('decisions.fields.rationale')} wide>
          {decision.rationale}
        </Fact>
      </dl>
      {showInitiativeLink && decision.initiativeId && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.initiative(decision.initiativeId)}>{t('decisions.initiativeLink')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <Details>
        <DetailsSummary>{t('decisions.basis')}</DetailsSummary>
        <DetailsContent className="stack">
          <Paragraph data-size="sm">{t('decisions.basisHint', { number: snapshot.needNumber, title: snapshot.needTitle, status: t(`needStatus.${snapshot.needStatusBefore}`) })}</Paragraph>
          {derived && snapshot.scores ? (
            <>
              <DerivedFacts derived={derived} />
              <AgreedScoresTable scores={snapshot.scores} caption={t('decisions.basisCaption')} />
            </>
          ) : (
            <Paragraph>{decision.origin === 'pre_digiplan' ? t('decisions.basisPreDigiplan') : t('decisions.basisNone')}</Paragraph>
          )}
        </DetailsContent>
      </Details>
      {actions}
    </article>
  );
}
