import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { PageHeading } from '@web/ui/page-heading';
import { ProblemSummary } from '@web/ui/problem-summary';
import { ErrorState, LoadingState } from '@web/ui/states';
import { formatDate } from '@web/ui/format';
import { LibrarySnapshotView } from '@web/features/library/library-snapshot-view';
import { useCopyLibraryEntryAsNeed, useLibraryEntry } from '@web/features/library/library.api';
import '@web/features/library/library.css';

/** /bibliotek/:id: one shared initiative, with "Kopiera som behov" for those who may submit needs. */
export function LibraryEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const entry = useLibraryEntry(id);
  const copy = useCopyLibraryEntryAsNeed();
  if (entry.isPending) return <LoadingState />;
  if (entry.isError) return <ErrorState error={entry.error} onRetry={() => void entry.refetch()} />;
  const e = entry.data;
  return (
    <>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.library}>{t('library.entry.back')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{e.title}</PageHeading>
      <Paragraph>
        {t('library.publishedBy', { organization: e.organizationName })} · {t('library.publishedOn', { date: formatDate(e.updatedAt) })}
      </Paragraph>
      {e.status === 'withdrawn' && <Alert data-color="warning">{t('library.entry.withdrawn')}</Alert>}
      {e.mine && e.reuseCount !== null && <Paragraph>{t('library.entry.reuse', { count: e.reuseCount })}</Paragraph>}
      {e.mine && e.initiativeId && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.initiative(e.initiativeId)}>{e.title}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {can('need:submit') && e.status === 'published' && (
        <div className="stack">
          <Paragraph data-size="sm">{t('library.entry.copyHint')}</Paragraph>
          {copy.isError && <ProblemSummary error={copy.error} onReload={() => copy.reset()} />}
          {copy.isSuccess ? (
            <Alert data-color="success" role="status">
              {t('library.entry.copied', { number: copy.data.number })}{' '}
              <Link asChild>
                <RouterLink to={paths.need(copy.data.needId)}>{t('library.entry.openNeed')}</RouterLink>
              </Link>
            </Alert>
          ) : (
            <div>
              <Button onClick={() => copy.mutate(e.id)} loading={copy.isPending}>
                {t('library.entry.copy')}
              </Button>
            </div>
          )}
        </div>
      )}
      <LibrarySnapshotView snapshot={e.snapshot} />
    </>
  );
}
