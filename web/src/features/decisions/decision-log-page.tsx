import { useMemo, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { DECISION_OUTCOMES, todayInSweden, type TDecision } from '@domain/decisions.contracts';
import { apiUrl } from '@web/api/client';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ExportLink } from '@web/ui/export-link';
import { SelectField } from '@web/ui/form-field';
import { formatDate } from '@web/ui/format';
import { LoadMore } from '@web/ui/load-more';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { Supersession } from '@web/features/decisions/decision-details';
import { useDecisionLog, type TDecisionLogFilters } from '@web/features/decisions/decisions.api';
import '@web/features/decisions/list-filters.css';
import '@web/features/decisions/decisions.css';

/** The years the filter offers: from next year back to 2020 (decisions may be planned ahead, dated back). */
function yearOptions(): string[] {
  const thisYear = Number(todayInSweden().slice(0, 4));
  return Array.from({ length: thisYear - 2020 + 1 }, (_, index) => String(thisYear - index));
}

/** The filters in the address, keeping only values the API accepts. */
function filtersFrom(params: URLSearchParams): TDecisionLogFilters {
  const outcome = params.get('outcome') ?? '';
  const year = params.get('year') ?? '';
  return {
    ...(DECISION_OUTCOMES.includes(outcome as never) ? { outcome } : {}),
    ...(/^\d{4}$/.test(year) ? { year } : {}),
  };
}

/**
 * /beslutslogg: every decision, latest decision date first, filtered by outcome and year (in the
 * address), a page at a time. The priority is the one frozen in the decision's snapshot. A corrected
 * decision stays, marked "Ersatt" with a link to the decision that replaced it.
 */
export function DecisionLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const log = useDecisionLog(filters);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = Object.fromEntries(['outcome', 'year'].map((key) => [key, String(data.get(key) ?? '')]).filter(([, value]) => value !== ''));
    setParams(next);
  };

  const columns: TColumn<TDecision>[] = [
    { id: 'decisionDate', header: t('decisions.fields.decisionDate'), cell: (d) => formatDate(d.decisionDate) },
    {
      id: 'need',
      header: t('decisions.log.need'),
      isRowHeader: true,
      cell: (d) => (
        <Link asChild>
          <RouterLink to={`${paths.need(d.needId)}#beslut`}>{`B-${d.snapshot.needNumber} ${d.snapshot.needTitle}`}</RouterLink>
        </Link>
      ),
    },
    {
      id: 'outcome',
      header: t('decisions.fields.outcome'),
      cell: (d) => (
        <>
          {t(`decisions.outcomeDone.${d.outcome}`)}
          <Supersession decision={d} />
        </>
      ),
    },
    { id: 'form', header: t('decisions.fields.form'), cell: (d) => (d.form ? t(`decisions.forms.${d.form}`) : '') },
    { id: 'owner', header: t('decisions.fields.owner'), cell: (d) => d.ownerName ?? '' },
    { id: 'startYear', header: t('decisions.log.startYear'), align: 'end', cell: (d) => d.plannedStartYear ?? '' },
    {
      id: 'forum',
      header: t('decisions.fields.forum'),
      // A decision taken at a meeting links to the meeting, whose page has the minutes.
      cell: (d) =>
        d.meeting ? (
          <Link asChild>
            <RouterLink to={paths.meeting(d.meeting.id)}>{`${d.forum}, ${d.meeting.title}`}</RouterLink>
          </Link>
        ) : (
          d.forum
        ),
    },
    { id: 'priority', header: t('decisions.log.priority'), cell: (d) => (d.snapshot.priority ? d.snapshot.priority.replace('-', '–') : '') },
    { id: 'rationale', header: t('decisions.fields.rationale'), cell: (d) => <span className="decision-log-table__rationale">{d.rationale}</span> },
  ];

  const content = () => {
    if (log.isPending) return <LoadingState />;
    if (log.isError) return <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
    return (
      <>
        <div className="decision-log-table">
          <DataTable caption={t('decisions.log.caption')} columns={columns} rows={log.items} rowKey={(d) => d.id} emptyText={t('decisions.log.empty')} />
        </div>
        <LoadMore
          shownCount={log.items.length}
          hasMore={log.hasNextPage}
          isLoading={log.isFetchingNextPage}
          onLoadMore={() => void log.fetchNextPage()}
          shownText={t('decisions.log.shown', { count: log.items.length })}
        />
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('decisions.log.title')}</PageHeading>
      <Paragraph>{t('decisions.log.intro')}</Paragraph>
      <section aria-labelledby="decision-filters-heading">
        <Heading level={2} data-size="xs" id="decision-filters-heading" className="visually-hidden">
          {t('decisions.log.filters')}
        </Heading>
        <form className="list-filters" onSubmit={handleSubmit} key={JSON.stringify(filters)}>
          <SelectField
            label={t('decisions.log.outcome')}
            name="outcome"
            defaultValue={filters.outcome ?? ''}
            placeholder={t('decisions.log.all')}
            options={DECISION_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`decisions.outcomeDone.${outcome}`) }))}
          />
          <SelectField
            label={t('decisions.log.year')}
            name="year"
            defaultValue={filters.year ?? ''}
            placeholder={t('decisions.log.all')}
            options={yearOptions().map((year) => ({ value: year, label: year }))}
          />
          <div className="list-filters__actions">
            <Button type="submit">{t('decisions.log.apply')}</Button>
            <Button type="button" variant="tertiary" onClick={() => setParams({})}>
              {t('decisions.log.clear')}
            </Button>
          </div>
        </form>
      </section>
      <ExportLink href={apiUrl('/decisions/export', filters)} text={t('decisions.log.export')} hint={t('decisions.log.exportHint')} />
      {content()}
    </>
  );
}
