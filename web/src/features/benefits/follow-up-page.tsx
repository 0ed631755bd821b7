import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TBenefit } from '@domain/benefits.contracts';
import { BENEFIT_STATUS_LABELS } from '@domain/benefit-status';
import type { TInitiative } from '@domain/decisions.contracts';
import { formatMoney } from '@domain/money';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { useBenefits, useCalculation, useInitiativeLessons } from '@web/features/benefits/benefits.api';
import { formatValue, STATUS_TONES } from '@web/features/benefits/benefit-labels';
import { InitiativeFrame } from '@web/features/benefits/initiative-frame';
import { LessonForm } from '@web/features/benefits/lesson-form';
import { LessonCard } from '@web/features/benefits/lesson-card';
import { DeleteLessonButton } from '@web/features/correcting/registry-deletes';
import { RedactLessonButton } from '@web/features/correcting/registry-redactions';

type TCompareRow = { year: number; planned: bigint; actual: bigint | null };

/** /initiativ/:id/uppfoljning: benefits against targets, calculation against outcome, lessons learned. */
export function FollowUpPage() {
  const { t } = useTranslation();
  return <InitiativeFrame heading={(title) => t('benefits.followUp.title', { title })}>{(initiative) => <FollowUpContent initiative={initiative} />}</InitiativeFrame>;
}

function FollowUpContent({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const plan = useBenefits(initiative.id);
  const calc = useCalculation(initiative.id);
  const lessons = useInitiativeLessons(initiative.id);
  const benefitColumns: TColumn<TBenefit>[] = [
    { id: 'description', header: t('benefits.plan.description'), isRowHeader: true, cell: (b) => b.description },
    { id: 'target', header: t('benefits.plan.target'), cell: (b) => (b.targetValue ? formatValue(b.targetValue, b.unit) : formatDate(b.targetDate) || '–') },
    { id: 'latest', header: t('benefits.plan.latest'), cell: (b) => (b.lastMeasuredOn ? formatValue(b.latestValue, b.unit) : '–') },
    { id: 'status', header: t('benefits.plan.status'), cell: (b) => <StatusTag tone={STATUS_TONES[b.status]}>{BENEFIT_STATUS_LABELS[b.status]}</StatusTag> },
    {
      id: 'decide',
      header: t('benefits.followUp.decideLink'),
      cell: (b) => (
        <Link asChild>
          <RouterLink to={`${paths.initiativeBenefit(initiative.id, b.id)}#decision-heading`}>
            {t('benefits.followUp.decideLink')}
            <span className="visually-hidden"> {b.description}</span>
          </RouterLink>
        </Link>
      ),
    },
  ];
  const compareRows: TCompareRow[] = calc.data
    ? calc.data.data.result.low.years.map((y) => {
        const outcome = calc.data.data.outcome.find((o) => o.year === y.year);
        return { year: y.year, planned: BigInt(y.net), actual: outcome ? BigInt(outcome.benefit) - BigInt(outcome.cost) : null };
      })
    : [];
  const compareColumns: TColumn<TCompareRow>[] = [
    { id: 'year', header: t('benefits.calc.year'), isRowHeader: true, cell: (r) => String(r.year) },
    { id: 'planned', header: t('benefits.followUp.planned'), align: 'end', cell: (r) => formatMoney(r.planned, 'tkr') },
    { id: 'actual', header: t('benefits.followUp.actual'), align: 'end', cell: (r) => (r.actual === null ? '–' : formatMoney(r.actual, 'tkr')) },
  ];
  return (
    <>
      <Paragraph>{t('benefits.followUp.intro')}</Paragraph>
      <section aria-labelledby="fu-benefits-heading" className="benefit-section">
        <Heading level={2} data-size="sm" id="fu-benefits-heading">
          {t('benefits.followUp.benefitsHeading')}
        </Heading>
        {plan.isPending && <LoadingState />}
        {plan.isError && <ErrorState error={plan.error} />}
        {plan.data && <DataTable caption={t('benefits.followUp.benefitsHeading')} captionHidden columns={benefitColumns} rows={plan.data.items} rowKey={(b) => b.id} emptyText={t('benefits.plan.empty')} />}
      </section>
      <section aria-labelledby="fu-calc-heading" className="benefit-section">
        <Heading level={2} data-size="sm" id="fu-calc-heading">
          {t('benefits.followUp.calcHeading')}
        </Heading>
        {calc.data && calc.data.data.exists ? (
          <DataTable caption={t('benefits.followUp.calcHeading')} captionHidden columns={compareColumns} rows={compareRows} rowKey={(r) => String(r.year)} />
        ) : (
          <Paragraph>{t('benefits.followUp.noCalculation')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="fu-lessons-heading" className="benefit-section">
        <Heading level={2} data-size="sm" id="fu-lessons-heading">
          {t('benefits.followUp.lessonsHeading')}
        </Heading>
        {lessons.data?.length === 0 && <Paragraph>{t('benefits.followUp.noLessons')}</Paragraph>}
        {lessons.data?.map((lesson) => (
          <LessonCard
            key={lesson.id}
            lesson={lesson}
            headingLevel={3}
            actions={
              <div className="button-row">
                {plan.data?.canEdit && <DeleteLessonButton lesson={lesson} focusAfter="fu-lessons-heading" />}
                <RedactLessonButton lesson={lesson} />
              </div>
            }
          />
        ))}
        {plan.data?.canEdit && <LessonForm initiativeId={initiative.id} />}
      </section>
    </>
  );
}
