import { useMemo, useState } from 'react';
import '@web/features/assessment/assessment.css';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Details, DetailsContent, DetailsSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import { BENEFICIARY_LABELS, BENEFIT_DIRECTION_LABELS, BENEFIT_KIND_LABELS, BENEFIT_LEVEL_LABELS, FREQUENCY_LABELS, MEASUREMENT_METHOD_LABELS } from '@domain/benefit-catalogue';
import { BENEFIT_STATUS_LABELS } from '@domain/benefit-status';
import { useRequiredSession } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { useBenefit, useBenefits, useMeasurements } from '@web/features/benefits/benefits.api';
import { BenefitChart } from '@web/features/benefits/benefit-chart';
import { BenefitForm } from '@web/features/benefits/benefit-form';
import { DecisionForm } from '@web/features/benefits/decision-form';
import { MeasurementForm } from '@web/features/benefits/measurement-form';
import { InitiativeFrame } from '@web/features/benefits/initiative-frame';
import { RemoveBenefit } from '@web/features/benefits/remove-benefit';
import { RemoveMeasurementDialog } from '@web/features/benefits/remove-measurement';
import { formatValue, STATUS_TONES } from '@web/features/benefits/benefit-labels';

/** /initiativ/:id/nytta/:benefitId: a benefit's facts, its progress chart with data table, measuring and the verdict. */
export function BenefitPage() {
  const { t } = useTranslation();
  const { id = '', benefitId = '' } = useParams();
  const benefit = useBenefit(id, benefitId);
  return (
    <InitiativeFrame heading={() => t('benefits.benefit.title', { description: benefit.data?.data.description ?? '…' })}>
      {() => (
        <>
          {benefit.isPending && <LoadingState />}
          {benefit.isError && <ErrorState error={benefit.error} onRetry={() => void benefit.refetch()} />}
          {benefit.data && <BenefitContent benefit={benefit.data.data} etag={benefit.data.etag} />}
        </>
      )}
    </InitiativeFrame>
  );
}

function BenefitContent({ benefit, etag }: { benefit: TBenefit; etag: string | null }) {
  const { t } = useTranslation();
  const session = useRequiredSession();
  const plan = useBenefits(benefit.initiativeId);
  const measurements = useMeasurements(benefit.initiativeId, benefit.id);
  const canEdit = plan.data?.canEdit ?? false;
  const canMeasure = canEdit || benefit.owner.id === session.user.id;
  const [removing, setRemoving] = useState<TMeasurement | null>(null);
  const texts = useMemo(() => ({ value: benefit.indicator ?? t('benefits.benefit.value'), baseline: t('benefits.benefit.baseline'), target: t('benefits.benefit.target') }), [benefit.indicator, t]);
  const facts: [string, string][] = [
    [t('benefits.plan.status'), BENEFIT_STATUS_LABELS[benefit.status]],
    [t('benefits.fields.level'), BENEFIT_LEVEL_LABELS[benefit.level]],
    [t('benefits.fields.beneficiaries'), benefit.beneficiaries.map((b) => BENEFICIARY_LABELS[b]).join(', ')],
    [t('benefits.fields.kind'), BENEFIT_KIND_LABELS[benefit.kind]],
    ...(benefit.kind === 'quantitative'
      ? ([
          [t('benefits.fields.indicator'), benefit.indicator ?? ''],
          [t('benefits.benefit.baseline'), `${formatValue(benefit.baselineValue, benefit.unit)} (${formatDate(benefit.baselineDate)})`],
          [t('benefits.benefit.target'), `${formatValue(benefit.targetValue, benefit.unit)} (${formatDate(benefit.targetDate)})`],
          [t('benefits.fields.direction'), benefit.direction ? BENEFIT_DIRECTION_LABELS[benefit.direction] : ''],
        ] as [string, string][])
      : []),
    [t('benefits.fields.method'), MEASUREMENT_METHOD_LABELS[benefit.method]],
    [t('benefits.fields.frequency'), FREQUENCY_LABELS[benefit.frequency]],
    [t('benefits.fields.ownerId'), benefit.owner.name],
    [t('benefits.plan.nextDue'), formatDate(benefit.nextDueOn) || '–'],
  ];
  const columns: TColumn<TMeasurement>[] = [
    { id: 'date', header: t('benefits.benefit.date'), isRowHeader: true, sortValue: (m) => m.measuredOn, cell: (m) => formatDate(m.measuredOn) },
    { id: 'value', header: t('benefits.benefit.value'), align: 'end', cell: (m) => formatValue(m.value, benefit.unit) },
    { id: 'comment', header: t('benefits.benefit.comment'), cell: (m) => m.comment },
    { id: 'by', header: t('benefits.benefit.recordedBy'), cell: (m) => m.recordedBy.name },
    // Those who record measurements may remove a mistaken one (the server checks the same rule).
    ...(canMeasure
      ? [
          {
            id: 'actions',
            header: t('benefits.benefit.actions'),
            cell: (m: TMeasurement) => (
              <Button variant="tertiary" data-size="sm" data-color="danger" aria-label={t('benefits.benefit.removeMeasurementLabel', { date: formatDate(m.measuredOn) })} onClick={() => setRemoving(m)}>
                {t('benefits.benefit.removeMeasurement')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  const items = measurements.data ?? [];
  return (
    <>
      <Paragraph>
        <StatusTag tone={STATUS_TONES[benefit.status]}>{BENEFIT_STATUS_LABELS[benefit.status]}</StatusTag>
      </Paragraph>
      <section aria-labelledby="benefit-facts-heading" className="benefit-section">
        <Heading level={2} data-size="sm" id="benefit-facts-heading">
          {t('benefits.benefit.facts')}
        </Heading>
        <dl className="assessment-facts assessment-facts--grid">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {benefit.decisionNote && <Paragraph>{benefit.decisionNote}</Paragraph>}
      </section>
      <section aria-labelledby="benefit-chart-heading" className="benefit-section">
        <Heading level={2} data-size="sm" id="benefit-chart-heading">
          {t('benefits.benefit.chartHeading')}
        </Heading>
        {measurements.isPending && <LoadingState />}
        {measurements.isError && <ErrorState error={measurements.error} onRetry={() => void measurements.refetch()} />}
        {measurements.data && benefit.kind === 'quantitative' && items.length > 0 && (
          <BenefitChart
            benefit={benefit}
            measurements={items}
            texts={texts}
            summary={t('benefits.benefit.chartSummary', { count: items.length, indicator: benefit.indicator ?? '', target: formatValue(benefit.targetValue, benefit.unit) })}
          />
        )}
        {measurements.data && (
          // The table is a focusable region so keyboard users reach the chart's values directly.
          <div id="benefit-measurements">
            <DataTable caption={<span id="benefit-measurements-caption">{t('benefits.benefit.tableCaption')}</span>} regionLabelledBy="benefit-measurements-caption" columns={columns} rows={items} rowKey={(m) => m.id} emptyText={t('benefits.benefit.noMeasurements')} />
          </div>
        )}
        <RemoveMeasurementDialog benefit={benefit} measurement={removing} onClose={() => setRemoving(null)} />
      </section>
      {canMeasure && benefit.decision === null && (
        <section aria-labelledby="measure-heading" className="benefit-section">
          <Heading level={2} data-size="sm" id="measure-heading">
            {t('benefits.benefit.measureHeading')}
          </Heading>
          <MeasurementForm benefit={benefit} />
        </section>
      )}
      {canEdit && (
        <section aria-labelledby="decision-heading" className="benefit-section">
          <Heading level={2} data-size="sm" id="decision-heading">
            {t('benefits.benefit.decisionHeading')}
          </Heading>
          <DecisionForm benefit={benefit} etag={etag} />
        </section>
      )}
      {canEdit && (
        <Details>
          <DetailsSummary>{t('benefits.plan.editHeading')}</DetailsSummary>
          <DetailsContent>
            <BenefitForm key={etag} initiativeId={benefit.initiativeId} benefit={benefit} etag={etag} />
          </DetailsContent>
        </Details>
      )}
      {canEdit && <RemoveBenefit benefit={benefit} etag={etag} />}
    </>
  );
}
