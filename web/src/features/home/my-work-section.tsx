import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { THomeDue, THomeInitiative } from '@domain/home.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDate } from '@web/ui/format';
import { StatusTag } from '@web/ui/status-tag';
import { stageLabel } from '@web/features/initiatives/stage-label';

/**
 * For owners: the running initiatives they answer for, what the next gate still lacks and whether
 * they are late, and the measurements of their benefits that are due. Nothing when there is none.
 */
export function MyWorkSection({ initiatives, due }: { initiatives: readonly THomeInitiative[]; due: readonly THomeDue[] }) {
  const { t } = useTranslation();
  const columns: TColumn<THomeInitiative>[] = [
    {
      id: 'title',
      header: t('start.myWork.initiative'),
      isRowHeader: true,
      sortValue: (row) => row.title,
      cell: (row) => (
        <Link asChild>
          <RouterLink to={paths.initiative(row.id)}>{row.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'stage', header: t('start.myWork.stage'), sortValue: (row) => row.stage, cell: (row) => stageLabel(row.stage) },
    {
      id: 'gate',
      header: t('start.myWork.nextGate'),
      sortValue: (row) => row.missingForNextStage,
      cell: (row) => (
        <>
          {row.missingForNextStage === 0 ? t('start.myWork.ready') : t('start.myWork.missing', { count: row.missingForNextStage })}
          {row.overdue && row.plannedEndYear !== null && (
            <>
              {' '}
              <StatusTag tone="danger">{t('start.myWork.overdue', { year: row.plannedEndYear })}</StatusTag>
            </>
          )}
        </>
      ),
    },
  ];
  return (
    <>
      {initiatives.length > 0 && (
        <section aria-labelledby="my-work-heading" className="stack">
          <Heading level={2} data-size="sm" id="my-work-heading">
            {t('start.myWork.heading')}
          </Heading>
          <Paragraph>{t('start.myWork.intro')}</Paragraph>
          <DataTable caption={t('start.myWork.caption')} captionHidden columns={columns} rows={initiatives} rowKey={(row) => row.id} />
        </section>
      )}
      {due.length > 0 && (
        <section aria-labelledby="my-due-heading" className="stack">
          <Heading level={2} data-size="sm" id="my-due-heading">
            {t('start.myWork.dueHeading')}
          </Heading>
          <Paragraph>{t('benefits.due.homeCount', { count: due.length })}</Paragraph>
          <ul>
            {due.map((item) => (
              <li key={item.benefitId}>
                <Link asChild>
                  <RouterLink to={paths.initiativeBenefit(item.initiativeId, item.benefitId)}>
                    {item.description} – {item.initiativeTitle}
                  </RouterLink>
                </Link>{' '}
                {item.overdue ? <StatusTag tone="warning">{t('start.myWork.dueOverdue', { date: formatDate(item.dueOn) })}</StatusTag> : <span className="muted">({t('start.myWork.dueToday')})</span>}
              </li>
            ))}
          </ul>
          <Paragraph>
            <Link asChild>
              <RouterLink to={`${paths.dueMeasurements}?mina=ja`}>{t('benefits.due.title')}</RouterLink>
            </Link>
          </Paragraph>
        </section>
      )}
    </>
  );
}
