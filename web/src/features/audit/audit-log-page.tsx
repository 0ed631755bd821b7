import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TAuditEvent } from '@domain/audit.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { formatDateTime } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { LoadMore } from '@web/ui/load-more';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AUDIT_KEY, exportUrl, useAuditEvents, useAuditLookups, type TAuditPageFilter } from '@web/features/audit/audit.api';
import { AuditChangeDetails } from '@web/features/audit/audit-change-details';
import { AuditFilters } from '@web/features/audit/audit-filters';
import { actionText, entityName, entityTypeText } from '@web/features/audit/audit-text';
import '@web/features/audit/audit.css';

const FILTER_KEYS = ['action', 'actor', 'from', 'to'] as const;

/** What the event was about: "Behov: B-12 Digital nattillsyn", a link when the object has a page. */
function EventObject({ event }: { event: TAuditEvent }) {
  const type = entityTypeText(event.entityType);
  const name = entityName(event);
  const text = [type, name].filter(Boolean).join(': ');
  if (!text) return <span className="muted">–</span>;
  if (event.entityType === 'need' && event.entityId) {
    return (
      <Link asChild>
        <RouterLink to={paths.need(event.entityId)}>{text}</RouterLink>
      </Link>
    );
  }
  return <>{text}</>;
}

/**
 * /granskningslogg: who did what and when — every change, login, failed login, denied request and
 * export — newest first, read-only. Filters (Händelse, Användare, Från, Till) live in the address;
 * "Exportera till CSV" downloads the same selection, and the export is itself logged.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const can = useCan();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const filter: TAuditPageFilter = { action: params.get('action') ?? '', actor: params.get('actor') ?? '', from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const list = useAuditEvents(filter);
  const lookups = useAuditLookups(can('user:manage'));
  const isFiltered = FILTER_KEYS.some((key) => filter[key]);

  const applyFilter = (next: TAuditPageFilter) => {
    const search = new URLSearchParams();
    FILTER_KEYS.forEach((key) => next[key] && search.set(key, next[key]));
    setParams(search);
  };

  const handleExport = () => {
    announce(t('audit.exportStarted'));
    // The export writes its own audit event; show it once the download has begun.
    window.setTimeout(() => void queryClient.invalidateQueries({ queryKey: AUDIT_KEY }), 2000);
  };

  const columns: TColumn<TAuditEvent>[] = [
    { id: 'time', header: t('audit.time'), isRowHeader: true, cell: (row) => <time dateTime={row.occurredAt} className="audit-time">{formatDateTime(row.occurredAt)}</time> },
    { id: 'actor', header: t('audit.who'), cell: (row) => row.actorName ?? <span className="muted">{t('audit.unknownActor')}</span> },
    { id: 'action', header: t('audit.event'), cell: (row) => actionText(row) },
    { id: 'object', header: t('audit.object'), cell: (row) => <EventObject event={row} /> },
    {
      id: 'change',
      header: t('audit.change'),
      cell: (row) => <AuditChangeDetails event={row} names={lookups.names} context={`${actionText(row)}, ${formatDateTime(row.occurredAt)}`} />,
    },
  ];

  const body = () => {
    if (list.isPending) return <LoadingState />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    return (
      <>
        <DataTable
          caption={isFiltered ? t('audit.captionFiltered') : t('audit.caption')}
          columns={columns}
          rows={list.items}
          rowKey={(row) => row.id}
          emptyText={isFiltered ? t('audit.noMatches') : t('audit.empty')}
        />
        <LoadMore
          shownCount={list.items.length}
          shownText={t('audit.shown', { count: list.items.length })}
          hasMore={list.hasNextPage}
          isLoading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </>
    );
  };

  return (
    <>
      <PageHeading>{t('audit.title')}</PageHeading>
      <Paragraph>{t('audit.intro')}</Paragraph>
      <section aria-labelledby="audit-filter-heading" className="audit-section">
        <Heading level={2} data-size="sm" id="audit-filter-heading">
          {t('audit.filterHeading')}
        </Heading>
        <AuditFilters filter={filter} members={lookups.members} onApply={applyFilter} />
      </section>
      <section aria-labelledby="audit-events-heading" className="audit-section audit-events">
        <div className="audit-heading-row">
          <Heading level={2} data-size="sm" id="audit-events-heading">
            {t('audit.eventsHeading')}
          </Heading>
          <Button asChild variant="secondary">
            <a href={exportUrl(filter)} download onClick={handleExport}>
              {t('audit.export')}
            </a>
          </Button>
        </div>
        <Paragraph data-size="sm" className="muted">
          {t('audit.exportNote')}
        </Paragraph>
        {body()}
      </section>
    </>
  );
}
