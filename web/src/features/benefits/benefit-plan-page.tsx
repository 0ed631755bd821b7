import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TBenefit } from '@domain/benefits.contracts';
import { BENEFIT_LEVEL_LABELS } from '@domain/benefit-catalogue';
import { BENEFIT_STATUS_LABELS } from '@domain/benefit-status';
import type { TInitiative } from '@domain/decisions.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { useBenefits } from '@web/features/benefits/benefits.api';
import { BenefitForm } from '@web/features/benefits/benefit-form';
import { CopyPlanForm } from '@web/features/benefits/copy-plan-form';
import { InitiativeFrame } from '@web/features/benefits/initiative-frame';
import { formatValue, STATUS_TONES } from '@web/features/benefits/benefit-labels';

/** /initiativ/:id/nytta: the benefit plan, each benefit's status, and forms to add or copy. */
export function BenefitPlanPage() {
  const { t } = useTranslation();
  return <InitiativeFrame heading={(title) => t('benefits.plan.title', { title })}>{(initiative) => <PlanContent initiative={initiative} />}</InitiativeFrame>;
}

function PlanContent({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  const query = useBenefits(initiative.id);
  const columns: TColumn<TBenefit>[] = [
    {
      id: 'description',
      header: t('benefits.plan.description'),
      isRowHeader: true,
      sortValue: (b) => b.description,
      cell: (b) => (
        <Link asChild>
          <RouterLink to={paths.initiativeBenefit(initiative.id, b.id)}>{b.description}</RouterLink>
        </Link>
      ),
    },
    { id: 'level', header: t('benefits.plan.level'), cell: (b) => BENEFIT_LEVEL_LABELS[b.level] },
    { id: 'owner', header: t('benefits.plan.owner'), cell: (b) => b.owner.name },
    { id: 'status', header: t('benefits.plan.status'), sortValue: (b) => b.status, cell: (b) => <StatusTag tone={STATUS_TONES[b.status]}>{BENEFIT_STATUS_LABELS[b.status]}</StatusTag> },
    { id: 'target', header: t('benefits.plan.target'), cell: (b) => (b.targetValue ? `${formatValue(b.targetValue, b.unit)} (${formatDate(b.targetDate)})` : formatDate(b.targetDate) || '–') },
    { id: 'latest', header: t('benefits.plan.latest'), cell: (b) => (b.lastMeasuredOn ? `${formatValue(b.latestValue, b.unit)} (${formatDate(b.lastMeasuredOn)})` : '–') },
    { id: 'nextDue', header: t('benefits.plan.nextDue'), sortValue: (b) => b.nextDueOn, cell: (b) => formatDate(b.nextDueOn) || '–' },
  ];
  return (
    <>
      <Paragraph>{t('benefits.plan.intro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <DataTable caption={t('benefits.plan.caption')} columns={columns} rows={query.data.items} rowKey={(b) => b.id} emptyText={t('benefits.plan.empty')} />
          {query.data.canEdit && (
            <>
              <section aria-labelledby="add-benefit-heading" className="benefit-section">
                <Heading level={2} data-size="sm" id="add-benefit-heading">
                  {t('benefits.plan.addHeading')}
                </Heading>
                <BenefitForm initiativeId={initiative.id} />
              </section>
              {query.data.items.length === 0 && (
                <section aria-labelledby="copy-plan-heading" className="benefit-section">
                  <Heading level={2} data-size="sm" id="copy-plan-heading">
                    {t('benefits.plan.copyHeading')}
                  </Heading>
                  <CopyPlanForm initiativeId={initiative.id} />
                </section>
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
