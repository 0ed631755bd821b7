import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TNeed } from '@domain/needs.contracts';
import { AXIS_LABELS, PRIORITY_LABELS, QUADRANT_LABELS } from '@domain/assessment';
import { formatDate, formatNumber } from '@web/ui/format';
import { focusAreasText, unitsText } from '@web/features/needs/need-labels';

/** One term and its value in a description list. */
function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="need-facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * The agreed assessment in brief, among the facts at the top: the priority with the quadrant's
 * slogan, both axes and the overall score (the last term says the scale: 1–4, 1 best). The
 * assessment section further down has the details.
 */
function AssessmentFacts({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  if (need.quadrant === null) return null;
  const quadrant = QUADRANT_LABELS[need.quadrant];
  const score = (value: number | null) => (value === null ? '–' : formatNumber(value, 2));
  return (
    <>
      <Fact term={t('needs.assessment.priority')}>
        {PRIORITY_LABELS[need.priority ?? quadrant.priority]} – {quadrant.slogan}
      </Fact>
      <Fact term={AXIS_LABELS.feasibility}>{score(need.feasibility)}</Fact>
      <Fact term={AXIS_LABELS.potential}>{score(need.potential)}</Fact>
      <Fact term={t('needs.assessment.overall')}>{score(need.overall)}</Fact>
    </>
  );
}

/** The need's facts: when it came in, from whom, where it belongs, whom it concerns, how it was assessed. */
export function NeedFacts({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('needs.detail.notGiven')}</span>;
  return (
    <dl className="need-facts">
      <Fact term={t('needs.detail.submittedAt')}>
        <time dateTime={need.submittedAt}>{formatDate(need.submittedAt)}</time>
      </Fact>
      <Fact term={t('needs.detail.submittedBy')}>{need.submittedBy.name}</Fact>
      {need.proposedBy !== '' && <Fact term={t('needs.detail.proposedBy')}>{need.proposedBy}</Fact>}
      <Fact term={t('needs.form.units')}>{unitsText(need) || none}</Fact>
      <Fact term={t('needs.form.focusAreas')}>{focusAreasText(need.focusAreas) || none}</Fact>
      <Fact term={t('needs.form.affectedGroups')}>
        {need.affectedGroups.length > 0 ? need.affectedGroups.map((group) => t(`needs.affectedGroup.${group}`)).join(', ') : none}
      </Fact>
      <Fact term={t('needs.detail.costEstimate')}>{need.costEstimateText || none}</Fact>
      {need.plannedStartYear !== null && <Fact term={t('needs.detail.plannedStartYear')}>{need.plannedStartYear}</Fact>}
      <AssessmentFacts need={need} />
    </dl>
  );
}

/** A long text as the submitter wrote it, paragraphs and line breaks kept. */
export function NeedText({ id, heading, text }: { id: string; heading: string; text: string }) {
  return (
    <section aria-labelledby={id} className="need-text">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      <Paragraph className="need-text__body">{text}</Paragraph>
    </section>
  );
}
