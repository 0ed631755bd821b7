import type { ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { DOCUMENT_TEMPLATES } from '@domain/document-templates';
import type { TSearchResults } from '@domain/search.contracts';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { NEED_STATUS_TONE, needNumber } from '@web/features/needs/need-labels';
import { useSearch } from '@web/features/search/search.api';

type TKind = 'needs' | 'initiatives' | 'systems' | 'documents';
const KINDS: readonly TKind[] = ['needs', 'initiatives', 'systems', 'documents'];

/** One kind's hits under its own heading; a kind the role may not read is not shown at all. */
function ResultGroup({ kind, count, children }: { kind: TKind; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  const headingId = `search-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t(`search.kinds.${kind}`)} ({count})
      </Heading>
      {count === 0 ? (
        <Paragraph className="muted">{t('search.noneOfKind')}</Paragraph>
      ) : (
        <ul className="search-results" aria-labelledby={headingId}>
          {children}
        </ul>
      )}
    </section>
  );
}

function Results({ results }: { results: TSearchResults }) {
  const { t } = useTranslation();
  const total = KINDS.reduce((sum, kind) => sum + (results[kind]?.length ?? 0), 0);
  return (
    <div className="stack">
      <Paragraph role="status">{t('search.summary', { count: total, q: results.q })}</Paragraph>
      {results.needs && (
        <ResultGroup kind="needs" count={results.needs.length}>
          {results.needs.map((hit) => (
            <li key={hit.id}>
              <Link asChild>
                <RouterLink to={paths.need(hit.id)}>
                  {needNumber(hit.number)} {hit.title}
                </RouterLink>
              </Link>{' '}
              <StatusTag tone={NEED_STATUS_TONE[hit.status]}>{t(`needStatus.${hit.status}`)}</StatusTag>
            </li>
          ))}
        </ResultGroup>
      )}
      {results.initiatives && (
        <ResultGroup kind="initiatives" count={results.initiatives.length}>
          {results.initiatives.map((hit) => (
            <li key={hit.id}>
              <Link asChild>
                <RouterLink to={paths.initiative(hit.id)}>{hit.title}</RouterLink>
              </Link>
              {hit.needNumber !== null && <span className="muted"> {t('search.fromNeed', { number: needNumber(hit.needNumber) })}</span>}{' '}
              <StatusTag tone={hit.status === 'active' ? 'info' : hit.status === 'closed' ? 'success' : 'danger'}>{t(`process.status.${hit.status}`)}</StatusTag>
            </li>
          ))}
        </ResultGroup>
      )}
      {results.systems && (
        <ResultGroup kind="systems" count={results.systems.length}>
          {results.systems.map((hit) => (
            <li key={hit.id}>
              <Link asChild>
                <RouterLink to={paths.system(hit.id)}>{hit.name}</RouterLink>
              </Link>
              {hit.supplier && <span className="muted"> · {hit.supplier}</span>}
            </li>
          ))}
        </ResultGroup>
      )}
      {results.documents && (
        <ResultGroup kind="documents" count={results.documents.length}>
          {results.documents.map((hit) => (
            <li key={hit.id}>
              <Link asChild>
                <RouterLink to={paths.initiativeDocument(hit.initiativeId, hit.id)}>
                  {DOCUMENT_TEMPLATES[hit.kind].title}: {hit.initiativeTitle}
                </RouterLink>
              </Link>
            </li>
          ))}
        </ResultGroup>
      )}
    </div>
  );
}

/** /sok?q=…: what the header's search found, grouped by kind (behov, initiativ, system, dokument). */
export function SearchPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const query = useSearch(q);
  return (
    <>
      <PageHeading documentTitle={q ? t('search.titleFor', { q }) : t('search.title')}>{t('search.title')}</PageHeading>
      {!q ? (
        <EmptyState>{t('search.empty')}</EmptyState>
      ) : query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Results results={query.data} />
      )}
    </>
  );
}
