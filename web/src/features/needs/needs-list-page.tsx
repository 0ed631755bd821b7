import { useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigationType, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TNeedListItem } from '@domain/needs.contracts';
import { PRIORITY_LABELS, QUADRANT_LABELS } from '@domain/assessment';
import { apiUrl } from '@web/api/client';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { ExportLink } from '@web/ui/export-link';
import { formatDate } from '@web/ui/format';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { NEED_STATUS_TONE, focusAreasText, needNumber, unitsText } from '@web/features/needs/need-labels';
import { hasActiveFilter, needFiltersToApiQuery, needFiltersToParams, parseNeedFilters, type TNeedFilters } from '@web/features/needs/needs-filters';
import { NeedsFilterForm } from '@web/features/needs/needs-filter-form';
import { NeedsImportSection } from '@web/features/needs/needs-import-section';
import { useNeedsList } from '@web/features/needs/needs.api';
import '@web/features/needs/needs.css';

function useColumns(): TColumn<TNeedListItem>[] {
  const { t } = useTranslation();
  const none = <span className="muted">–</span>;
  return [
    { id: 'number', header: t('needs.list.columns.number'), cell: (need) => needNumber(need.number) },
    {
      id: 'title',
      header: t('needs.list.columns.title'),
      isRowHeader: true,
      cell: (need) => (
        <Link asChild>
          <RouterLink to={paths.need(need.id)}>{need.title}</RouterLink>
        </Link>
      ),
    },
    { id: 'status', header: t('needs.list.columns.status'), cell: (need) => <StatusTag tone={NEED_STATUS_TONE[need.status]}>{t(`needStatus.${need.status}`)}</StatusTag> },
    { id: 'unit', header: t('needs.form.units'), cell: (need) => unitsText(need) || none },
    { id: 'focusArea', header: t('needs.form.focusAreas'), cell: (need) => focusAreasText(need.focusAreas) || none },
    {
      id: 'priority',
      header: t('needs.list.columns.priority'),
      cell: (need) =>
        need.quadrant ? (
          <>
            {PRIORITY_LABELS[need.priority ?? QUADRANT_LABELS[need.quadrant].priority]}
            <br />
            <span className="muted">{QUADRANT_LABELS[need.quadrant].slogan}</span>
          </>
        ) : (
          <span className="muted">{t('needs.list.notAssessed')}</span>
        ),
    },
    { id: 'submittedAt', header: t('needs.list.columns.submittedAt'), cell: (need) => <time dateTime={need.submittedAt}>{formatDate(need.submittedAt)}</time> },
  ];
}

/**
 * Counts the times the fields must show the address bar afresh: when the user went back or
 * forward (the address changed under the form) or cleared the filters. The count changes once
 * the new address is in place, so the remounted fields read the new filters.
 */
function useFormResetKey(): [number, () => void] {
  const location = useLocation();
  const navigationType = useNavigationType();
  const [key, setKey] = useState(0);
  const first = useRef(true);
  const resetRequested = useRef(false);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (navigationType === 'POP' || resetRequested.current) setKey((value) => value + 1);
    resetRequested.current = false;
  }, [location.key, navigationType]);
  const requestReset = () => {
    if (location.search === '') setKey((value) => value + 1);
    else resetRequested.current = true;
  };
  return [key, requestReset];
}

/** The polite sentence above the table saying how many needs are shown (and whether more exist). */
function resultText(list: ReturnType<typeof useNeedsList>, filtered: boolean): string {
  if (list.isPending) return i18next.t('needs.list.loading');
  if (list.isError) return '';
  if (list.items.length === 0) return filtered ? i18next.t('needs.list.noneMatching') : i18next.t('needs.list.none');
  const shown = i18next.t('needs.list.shown', { count: list.items.length });
  return list.hasNextPage ? `${shown} ${i18next.t('needs.list.more')}` : shown;
}

/**
 * /behov: every need the organisation has, for everyone who may read them. Filters, free-text
 * search (Swedish stemming on the server) and sort order live in the address bar, so a view can be
 * bookmarked and the back button steps through earlier filters; "Visa fler" pages on.
 */
export function NeedsListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseNeedFilters(searchParams), [searchParams]);
  const list = useNeedsList(needFiltersToApiQuery(filters));
  const columns = useColumns();
  const [resetKey, resetForm] = useFormResetKey();
  const filtered = hasActiveFilter(filters);

  const apply = (next: TNeedFilters) => setSearchParams(needFiltersToParams(next));
  const clear = () => {
    resetForm();
    setSearchParams(new URLSearchParams());
  };

  // "Visa fler" goes away with the last page; focus then moves to the first row that page brought.
  const focusRowAfterLoad = useRef<number | null>(null);
  const showMore = () => {
    if (list.isFetchingNextPage) return;
    focusRowAfterLoad.current = list.items.length;
    void list.fetchNextPage();
  };
  const shownCount = list.items.length;
  useEffect(() => {
    const index = focusRowAfterLoad.current;
    if (index === null || shownCount <= index) return;
    focusRowAfterLoad.current = null;
    if (!list.hasNextPage) document.querySelectorAll<HTMLElement>('.needs-table tbody tr')[index]?.querySelector('a')?.focus();
  }, [shownCount, list.hasNextPage]);

  return (
    <div className="stack">
      <PageHeading>{t('needs.list.title')}</PageHeading>
      <Paragraph>{t('needs.list.intro')}</Paragraph>
      {can('need:submit') && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.submitNeed}>{t('needs.submit.title')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {can('need:edit') && can('initiative:manage') && <NeedsImportSection />}
      <NeedsFilterForm filters={filters} resetKey={resetKey} onApply={apply} onClear={clear} />
      <Paragraph role="status" className="needs-result-count">
        {resultText(list, filtered)}
      </Paragraph>
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.items.length > 0 && (
        <ExportLink href={apiUrl('/needs/export', needFiltersToApiQuery(filters))} text={t('needs.list.export')} hint={t('needs.list.exportHint')} />
      )}
      {list.items.length > 0 && (
        <div className="needs-table">
          <DataTable caption={t('needs.list.caption')} captionHidden columns={columns} rows={list.items} rowKey={(need) => need.id} />
        </div>
      )}
      {list.hasNextPage && (
        <Button variant="secondary" onClick={showMore} loading={list.isFetchingNextPage}>
          {t('common.showMore')}
        </Button>
      )}
    </div>
  );
}
