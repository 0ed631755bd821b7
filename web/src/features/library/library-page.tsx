import { type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';
import { SelectField, TextField } from '@web/ui/form-field';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { LoadMore } from '@web/ui/load-more';
import { formatDate } from '@web/ui/format';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { useLibraryFilterChoices, useLibrarySearch, type TLibraryFilters } from '@web/features/library/library.api';
import '@web/features/library/library.css';

const FILTER_NAMES = ['q', 'technology', 'focusArea', 'stage', 'hasOutcome'] as const;

/** The filters from the address, so a search can be linked to and the back button works. */
function filtersOf(params: URLSearchParams): TLibraryFilters {
  const filters: TLibraryFilters = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** /bibliotek: search the installation's shared initiatives (Swedish full text and filters). */
export function LibraryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const choices = useLibraryFilterChoices();
  const search = useLibrarySearch(filters);
  const total = search.data?.pages[0]?.total ?? 0;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of FILTER_NAMES) {
      const value = String(data.get(name) ?? '').trim();
      if (value) next.set(name, value);
    }
    setParams(next);
  };

  return (
    <>
      <PageHeading>{t('library.title')}</PageHeading>
      <Paragraph>{t('library.intro')}</Paragraph>
      <search>
        <form onSubmit={submit} aria-labelledby="library-search-heading" className="stack" key={params.toString()}>
          <Heading level={2} data-size="sm" id="library-search-heading">
            {t('library.searchHeading')}
          </Heading>
          <TextField label={t('library.q')} description={t('library.qDescription')} name="q" type="search" defaultValue={filters.q ?? ''} optional />
          <div className="library-filters">
            <SelectField label={t('library.technology')} name="technology" defaultValue={filters.technology ?? ''} placeholder={t('library.any')} options={(choices.data?.technologies ?? []).map((value) => ({ value, label: value }))} optional />
            <SelectField label={t('library.focusArea')} name="focusArea" defaultValue={filters.focusArea ?? ''} placeholder={t('library.any')} options={(choices.data?.focusAreas ?? []).map((value) => ({ value, label: value }))} optional />
            <SelectField label={t('library.stage')} name="stage" defaultValue={filters.stage ?? ''} placeholder={t('library.any')} options={[1, 2, 3, 4, 5, 6].map((stage) => ({ value: String(stage), label: stageLabel(stage) }))} optional />
            <SelectField
              label={t('library.hasOutcome')}
              name="hasOutcome"
              defaultValue={filters.hasOutcome ?? ''}
              placeholder={t('library.any')}
              options={[
                { value: 'true', label: t('library.withOutcome') },
                { value: 'false', label: t('library.withoutOutcome') },
              ]}
              optional
            />
          </div>
          <div>
            <Button type="submit">{t('library.search')}</Button>
          </div>
        </form>
      </search>
      <section aria-labelledby="library-results-heading" className="stack">
        <Heading level={2} data-size="sm" id="library-results-heading">
          {t('library.results')}
        </Heading>
        {search.isPending ? (
          <LoadingState />
        ) : search.isError ? (
          <ErrorState error={search.error} onRetry={() => void search.refetch()} />
        ) : search.items.length === 0 ? (
          <EmptyState>{t('library.empty')}</EmptyState>
        ) : (
          <>
            <Paragraph role="status">{t('library.resultCount', { count: total })}</Paragraph>
            <ul className="library-hits">
              {search.items.map((hit) => (
                <li key={hit.id} className="library-hit">
                  <Heading level={3} data-size="xs">
                    <Link asChild>
                      <RouterLink to={paths.libraryEntry(hit.id)}>{hit.title}</RouterLink>
                    </Link>
                  </Heading>
                  <Paragraph data-size="sm">
                    {t('library.publishedBy', { organization: hit.organizationName })} · {t('library.publishedOn', { date: formatDate(hit.publishedAt) })} · {stageLabel(hit.stageReached)}
                  </Paragraph>
                  {hit.summary && <Paragraph className="library-text">{hit.summary}</Paragraph>}
                  <div className="library-tags">
                    {hit.mine && (
                      <Tag data-size="sm" data-color="info">
                        {t('library.mine')}
                      </Tag>
                    )}
                    {hit.hasOutcome && (
                      <Tag data-size="sm" data-color="success">
                        {t('library.outcomeYes')}
                      </Tag>
                    )}
                    {hit.technologies.map((technology) => (
                      <Tag key={technology} data-size="sm">
                        {technology}
                      </Tag>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
            <LoadMore shownCount={search.items.length} hasMore={search.hasNextPage} isLoading={search.isFetchingNextPage} onLoadMore={() => void search.fetchNextPage()} shownText={t('library.shown', { count: search.items.length })} />
          </>
        )}
      </section>
    </>
  );
}
