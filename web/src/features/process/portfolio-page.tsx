import { focusAreasLabel } from '@domain/need-scope';
import { useMemo, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Details, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { PRIORITY_LABELS } from '@domain/assessment';
import { INITIATIVE_FORMS } from '@domain/decisions.contracts';
import { INITIATIVE_STATUSES, STAGES } from '@domain/process';
import type { TPortfolioRow } from '@domain/process.contracts';
import { apiUrl } from '@web/api/client';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ExportLink } from '@web/ui/export-link';
import { SelectField, TextField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { useFocusAreaOptions } from '@web/features/needs/needs.api';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { usePortfolio, type TPortfolioFilters } from '@web/features/process/process.api';
import '@web/features/decisions/list-filters.css';
import '@web/features/process/process.css';

const FILTER_KEYS = ['stage', 'form', 'status', 'focusAreaId', 'owner'] as const;

/** The filters in the address, so a filtered portfolio can be bookmarked and shared. */
function filtersFrom(params: URLSearchParams): TPortfolioFilters {
  const filters: TPortfolioFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** What the next gate lacks: the count, with the list folded away under it. */
function MissingCell({ row }: { row: TPortfolioRow }) {
  const { t } = useTranslation();
  if (row.status !== 'active') return <>–</>;
  if (row.missing.length === 0) return <>{t('process.portfolio.nothingMissing')}</>;
  return (
    <Details>
      <Details.Summary>
        {t('process.portfolio.missingCount', { count: row.missing.length })}
        <span className="visually-hidden"> {t('process.portfolio.showMissing', { title: row.title })}</span>
      </Details.Summary>
      <Details.Content>
        <ul className="portfolio-missing">
          {row.missing.map((item, index) => (
            <li key={`${item.code}-${item.ref ?? index}`}>{item.text}</li>
          ))}
        </ul>
      </Details.Content>
    </Details>
  );
}

/**
 * /initiativ: the portfolio — every initiative with its stage, form, owner, priority (from OLG's
 * decision), focus area and what its next gate still lacks; filterable and exportable to Excel.
 */
export function PortfolioPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFrom(params), [params]);
  const portfolio = usePortfolio(filters);
  const focusAreas = useFocusAreaOptions();
  const can = useCan();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next: Record<string, string> = {};
    for (const key of FILTER_KEYS) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next[key] = value;
    }
    setParams(next);
  };

  const columns: TColumn<TPortfolioRow>[] = [
    {
      id: 'title',
      header: t('process.portfolio.titleColumn'),
      isRowHeader: true,
      sortValue: (row) => row.title,
      cell: (row) => (
        <Link asChild>
          <RouterLink to={paths.initiative(row.id)}>{row.title}</RouterLink>
        </Link>
      ),
    },
    {
      id: 'stage',
      header: t('process.portfolio.stage'),
      sortValue: (row) => row.stage,
      cell: (row) => (row.status === 'active' ? stageLabel(row.stage) : <StatusTag tone={row.status === 'closed' ? 'success' : 'danger'}>{t(`process.status.${row.status}`)}</StatusTag>),
    },
    { id: 'form', header: t('process.portfolio.form'), sortValue: (row) => row.form, cell: (row) => t(`decisions.forms.${row.form}`) },
    { id: 'owner', header: t('process.portfolio.owner'), sortValue: (row) => row.owner, cell: (row) => row.owner },
    { id: 'priority', header: t('process.portfolio.priority'), sortValue: (row) => row.priority ?? '9', cell: (row) => (row.priority ? PRIORITY_LABELS[row.priority] : '–') },
    { id: 'focusArea', header: t('process.portfolio.focusArea'), sortValue: (row) => focusAreasLabel(row.focusAreas), cell: (row) => focusAreasLabel(row.focusAreas) || '–' },
    { id: 'missing', header: t('process.portfolio.missing'), sortValue: (row) => row.missing.length, cell: (row) => <MissingCell row={row} /> },
  ];

  const hasFilters = Object.keys(filters).length > 0;
  const content = () => {
    if (portfolio.isPending) return <LoadingState />;
    if (portfolio.isError) return <ErrorState error={portfolio.error} onRetry={() => void portfolio.refetch()} />;
    if (portfolio.data.length === 0 && !hasFilters) return <EmptyState>{t('process.portfolio.empty')}</EmptyState>;
    return (
      <>
        <DataTable caption={t('process.portfolio.caption')} columns={columns} rows={portfolio.data} rowKey={(row) => row.id} emptyText={t('table.noRows')} />
        <Paragraph data-size="sm">{t('process.portfolio.shown', { count: portfolio.data.length })}</Paragraph>
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('process.portfolio.title')}</PageHeading>
      <Paragraph>{t('process.portfolio.intro')}</Paragraph>
      {can('initiative:manage') && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.registerInitiative}>{t('initiatives.register.link')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      <section aria-labelledby="portfolio-filters-heading">
        <Heading level={2} data-size="xs" id="portfolio-filters-heading" className="visually-hidden">
          {t('process.portfolio.filters')}
        </Heading>
        <form className="list-filters" onSubmit={handleSubmit} key={params.toString()}>
          <SelectField
            label={t('process.portfolio.stage')}
            name="stage"
            defaultValue={filters.stage ?? ''}
            placeholder={t('process.portfolio.all')}
            options={STAGES.map((stage) => ({ value: String(stage), label: stageLabel(stage) }))}
          />
          <SelectField
            label={t('process.portfolio.form')}
            name="form"
            defaultValue={filters.form ?? ''}
            placeholder={t('process.portfolio.all')}
            options={INITIATIVE_FORMS.map((value) => ({ value, label: t(`decisions.forms.${value}`) }))}
          />
          <SelectField
            label={t('process.portfolio.status')}
            name="status"
            defaultValue={filters.status ?? ''}
            placeholder={t('process.portfolio.all')}
            options={INITIATIVE_STATUSES.map((value) => ({ value, label: t(`process.status.${value}`) }))}
          />
          <SelectField
            label={t('process.portfolio.focusArea')}
            name="focusAreaId"
            defaultValue={filters.focusAreaId ?? ''}
            placeholder={t('process.portfolio.all')}
            options={(focusAreas.data ?? []).map((area) => ({ value: area.id, label: area.name }))}
          />
          <TextField label={t('process.portfolio.owner')} description={t('process.portfolio.ownerHint')} name="owner" defaultValue={filters.owner ?? ''} />
          <div className="list-filters__actions">
            <Button type="submit">{t('process.portfolio.apply')}</Button>
            <Button type="button" variant="tertiary" onClick={() => setParams({})}>
              {t('process.portfolio.clear')}
            </Button>
          </div>
        </form>
      </section>
      <ExportLink href={apiUrl('/initiatives/portfolio/export', filters)} text={t('process.portfolio.export')} hint={t('process.portfolio.exportHint')} />
      {content()}
    </>
  );
}
