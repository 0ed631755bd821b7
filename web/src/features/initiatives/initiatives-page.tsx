import { useMemo, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { INITIATIVE_FORMS, type TInitiative } from '@domain/decisions.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { SelectField } from '@web/ui/form-field';
import { LoadMore } from '@web/ui/load-more';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { useInitiatives } from '@web/features/initiatives/initiatives.api';
import { stageLabel } from '@web/features/initiatives/stage-label';
import '@web/features/decisions/list-filters.css';

/**
 * /initiativ: the needs OLG decided to proceed with, newest first, with form, owner, planned start
 * year and the stage of the digitalisation process each has reached; filterable by form.
 */
export function InitiativesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const form = params.get('form') ?? '';
  const filters = useMemo(() => (INITIATIVE_FORMS.includes(form as never) ? { form } : {}), [form]);
  const list = useInitiatives(filters);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('form') ?? '');
    setParams(value ? { form: value } : {});
  };

  const columns: TColumn<TInitiative>[] = [
    {
      id: 'title',
      header: t('initiatives.titleColumn'),
      isRowHeader: true,
      sortValue: (initiative) => initiative.title,
      cell: (initiative) => (
        <Link asChild>
          <RouterLink to={paths.initiative(initiative.id)}>{initiative.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'form', header: t('initiatives.form'), cell: (initiative) => t(`decisions.forms.${initiative.form}`), sortValue: (initiative) => t(`decisions.forms.${initiative.form}`) },
    { id: 'owner', header: t('initiatives.owner'), cell: (initiative) => initiative.ownerName, sortValue: (initiative) => initiative.ownerName },
    { id: 'startYear', header: t('initiatives.startYear'), align: 'end', cell: (initiative) => initiative.plannedStartYear, sortValue: (initiative) => initiative.plannedStartYear },
    { id: 'stage', header: t('initiatives.stage'), cell: (initiative) => stageLabel(initiative.stage), sortValue: (initiative) => initiative.stage },
  ];

  const content = () => {
    if (list.isPending) return <LoadingState />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    if (list.items.length === 0 && !filters.form) return <EmptyState>{t('initiatives.empty')}</EmptyState>;
    return (
      <>
        <DataTable caption={t('initiatives.caption')} columns={columns} rows={list.items} rowKey={(initiative) => initiative.id} emptyText={t('table.noRows')} />
        <LoadMore
          shownCount={list.items.length}
          hasMore={list.hasNextPage}
          isLoading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
          shownText={t('initiatives.shown', { count: list.items.length })}
        />
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('initiatives.title')}</PageHeading>
      <Paragraph>{t('initiatives.intro')}</Paragraph>
      <section aria-labelledby="initiative-filters-heading">
        <Heading level={2} data-size="xs" id="initiative-filters-heading" className="visually-hidden">
          {t('initiatives.filters')}
        </Heading>
        <form className="list-filters" onSubmit={handleSubmit} key={form}>
          <SelectField
            label={t('initiatives.form')}
            name="form"
            defaultValue={filters.form ?? ''}
            placeholder={t('initiatives.all')}
            options={INITIATIVE_FORMS.map((value) => ({ value, label: t(`decisions.forms.${value}`) }))}
          />
          <div className="list-filters__actions">
            <Button type="submit">{t('initiatives.apply')}</Button>
            <Button type="button" variant="tertiary" onClick={() => setParams({})}>
              {t('initiatives.clear')}
            </Button>
          </div>
        </form>
      </section>
      {content()}
    </>
  );
}
