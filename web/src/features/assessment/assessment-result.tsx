import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { CRITERIA, LEVEL_HELP, QUADRANT_LABELS } from '@domain/assessment';
import type { TAssessment, TDerived, TScores } from '@domain/assessment.contracts';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { formatScore, priorityLabel } from '@web/features/assessment/assessment-format';

type TCriterion = (typeof CRITERIA)[number];

/**
 * What the model derives from agreed scores, as a definition list: Genomförbarhet,
 * Potential/nytta, Totalt (sum/8), the quadrant's slogan and the priority. Shared by the fixed
 * assessment and a decision's frozen snapshot.
 */
export function DerivedFacts({ derived }: { derived: Pick<TDerived, 'feasibility' | 'potential' | 'overall' | 'quadrant' | 'priority'> }) {
  const { t } = useTranslation();
  return (
    <dl className="assessment-facts assessment-facts--grid">
      <div>
        <dt>{t('assessment.result.feasibility')}</dt>
        <dd>{formatScore(derived.feasibility)}</dd>
      </div>
      <div>
        <dt>{t('assessment.result.potential')}</dt>
        <dd>{formatScore(derived.potential)}</dd>
      </div>
      <div>
        <dt>{t('assessment.result.overall')}</dt>
        <dd>{formatScore(derived.overall)}</dd>
      </div>
      <div>
        <dt>{t('assessment.result.quadrant')}</dt>
        <dd>{QUADRANT_LABELS[derived.quadrant].slogan}</dd>
      </div>
      <div>
        <dt>{t('assessment.result.priority')}</dt>
        <dd>{priorityLabel(derived.priority)}</dd>
      </div>
    </dl>
  );
}

/** The agreed score per criterion with what the level means. */
export function AgreedScoresTable({ scores, caption }: { scores: TScores; caption: string }) {
  const { t } = useTranslation();
  const columns: TColumn<TCriterion>[] = [
    { id: 'criterion', header: t('assessment.result.criterion'), isRowHeader: true, cell: (criterion) => criterion.label },
    { id: 'axis', header: t('assessment.result.axis'), cell: (criterion) => t(`assessment.axis.${criterion.axis}`) },
    { id: 'score', header: t('assessment.result.score'), align: 'end', cell: (criterion) => scores[criterion.key] },
    { id: 'meaning', header: t('assessment.result.meaning'), cell: (criterion) => LEVEL_HELP[criterion.key][scores[criterion.key]] },
  ];
  return <DataTable caption={caption} columns={columns} rows={CRITERIA} rowKey={(criterion) => criterion.key} />;
}

/** A fixed round: the agreed scores, what they add up to, who fixed them and why. */
export function AssessmentResult({ assessment }: { assessment: TAssessment }) {
  const { t } = useTranslation();
  if (!assessment.agreedScores || !assessment.derived) return null;
  const slogan = QUADRANT_LABELS[assessment.derived.quadrant];
  return (
    <section aria-labelledby="assessment-result-heading" className="stack assessment-block">
      <Heading level={3} data-size="xs" id="assessment-result-heading">
        {t('assessment.result.heading')}
      </Heading>
      <div className="quadrant-banner">
        <p className="quadrant-banner__slogan">{slogan.slogan}</p>
        <p>
          {priorityLabel(assessment.derived.priority)} · {slogan.description}
        </p>
      </div>
      <DerivedFacts derived={assessment.derived} />
      <Paragraph data-size="sm">{t('assessment.result.overallHint')}</Paragraph>
      <AgreedScoresTable scores={assessment.agreedScores} caption={t('assessment.result.agreedCaption')} />
      {assessment.rationale && (
        <dl className="assessment-facts">
          <div>
            <dt>{t('assessment.result.rationale')}</dt>
            <dd className="preserve-lines">{assessment.rationale}</dd>
          </div>
        </dl>
      )}
      {assessment.fixedBy && assessment.fixedAt && (
        <Paragraph data-size="sm">{t('assessment.result.fixedBy', { date: formatDate(assessment.fixedAt), name: assessment.fixedBy.name })}</Paragraph>
      )}
    </section>
  );
}
