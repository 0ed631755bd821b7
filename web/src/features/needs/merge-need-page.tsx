import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TNeed, TNeedListItem } from '@domain/needs.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { problemText } from '@web/i18n/error-text';
import { RadioGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { TextField } from '@web/ui/form-field';
import { formatDate } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { needNumber, unitsText } from '@web/features/needs/need-labels';
import { NeedLoadError } from '@web/features/needs/need-load-error';
import type { TNeedPageState } from '@web/features/needs/need-page-state';
import { NEEDS_KEY, searchNeedsForMerge, useMergeNeed, useNeed } from '@web/features/needs/needs.api';
import '@web/features/needs/needs.css';

/** "B-7 Titel" with its status, unit and date, as a choice among the search results. */
function useCandidateOption() {
  const { t } = useTranslation();
  return (item: TNeedListItem) => ({
    value: item.id,
    label: `${needNumber(item.number)} ${item.title}`,
    description: [t(`needStatus.${item.status}`), unitsText(item), t('needs.merge.submittedOn', { date: formatDate(item.submittedAt) })].filter(Boolean).join(' · '),
  });
}

/** Step 1 and 2: find the need the duplicate repeats, and choose it. */
function TargetSearch({ duplicate, onChoose }: { duplicate: TNeed; onChoose: (target: TNeedListItem | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const candidateOption = useCandidateOption();
  const search = useQuery({
    queryKey: [...NEEDS_KEY, 'list', 'merge-search', text],
    queryFn: ({ signal }) => searchNeedsForMerge(text, signal),
    enabled: text !== '',
    staleTime: 0,
  });
  const candidates = (search.data ?? []).filter((item) => item.id !== duplicate.id && item.status !== 'merged');

  const handleSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    onChoose(null);
    setText(typeof value === 'string' ? value.trim() : '');
  };

  const status = () => {
    if (text === '') return '';
    if (search.isPending) return t('needs.merge.searching');
    if (search.isError) return '';
    return candidates.length > 0 ? t('needs.merge.found', { count: candidates.length }) : t('needs.merge.noneFound');
  };

  return (
    <>
      <form role="search" aria-label={t('needs.merge.searchForm')} className="needs-filters stack" onSubmit={handleSearch}>
        <TextField label={t('needs.merge.searchLabel')} description={t('needs.merge.searchDescription')} type="search" name="q" autoComplete="off" />
        <Button type="submit" variant="secondary">
          {t('needs.merge.search')}
        </Button>
      </form>
      <Paragraph role="status" className="needs-result-count">
        {status()}
      </Paragraph>
      {search.isError && <ErrorState error={search.error} onRetry={() => void search.refetch()} />}
      {candidates.length > 0 && (
        <RadioGroupField
          key={text}
          className="merge-candidates"
          legend={t('needs.merge.chooseLegend', { number: needNumber(duplicate.number) })}
          name="targetNeedId"
          options={candidates.map(candidateOption)}
          onChange={(event) => onChoose(candidates.find((item) => item.id === event.target.value) ?? null)}
        />
      )}
    </>
  );
}

/** Step 3: what the merge will do, in words, and the button that does it. */
function MergeConfirmation({ duplicate, target, etag, onConflict }: { duplicate: TNeed; target: TNeedListItem; etag: string | null; onConflict: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const merge = useMergeNeed(duplicate.id);
  const [error, setError] = useState<unknown>(null);
  const source = needNumber(duplicate.number);
  const destination = needNumber(target.number);

  const handleMerge = () => {
    if (merge.isPending) return;
    setError(null);
    merge.mutate(
      { targetNeedId: target.id, etag },
      {
        onSuccess: ({ data }) => {
          announce(t('needs.merge.done', { source, target: destination }));
          void navigate(paths.need(data.id), { state: { mergedFromNumber: duplicate.number } satisfies TNeedPageState });
        },
        onError: (cause) => (isApiError(cause, 'precondition_failed') ? onConflict() : setError(cause)),
      },
    );
  };

  return (
    <section aria-labelledby="merge-consequences" className="stack">
      <Heading level={2} data-size="sm" id="merge-consequences">
        {t('needs.merge.consequencesHeading', { source, target: destination })}
      </Heading>
      <ul>
        <li>{t('needs.merge.becomesMerged', { source, target: destination })}</li>
        <li>{t('needs.merge.movesSupporters', { count: duplicate.supporterCount, source, target: destination })}</li>
        <li>{t('needs.merge.movesComments', { count: duplicate.commentCount, source, target: destination })}</li>
        <li>{t('needs.merge.notifiesSubmitter', { name: duplicate.submittedBy.name })}</li>
        <li>{t('needs.merge.cannotUndo')}</li>
      </ul>
      {error !== null && <Alert data-color="danger">{problemText(error)}</Alert>}
      <div className="need-actions">
        <Button onClick={handleMerge} loading={merge.isPending}>
          {t('needs.merge.submit', { source, target: destination })}
        </Button>
        <Link asChild>
          <RouterLink to={paths.need(duplicate.id)}>{t('common.cancel')}</RouterLink>
        </Link>
      </div>
    </section>
  );
}

/**
 * /behov/:id/sla-ihop "Slå ihop med annat behov": for the coordinator. Find the need this one
 * repeats by number or words, see what moves (supporters, comments) and who is told, then merge;
 * the target's page opens. The merge carries the duplicate's ETag as If-Match.
 */
export function MergeNeedPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { id = '' } = useParams();
  const query = useNeed(id);
  const [start, setStart] = useState<{ need: TNeed; etag: string | null } | null>(null);
  const [target, setTarget] = useState<TNeedListItem | null>(null);
  const [conflict, setConflict] = useState(false);
  if (query.data && !start) setStart({ need: query.data.data, etag: query.data.etag });
  const need = start?.need;

  const reload = async () => {
    const result = await query.refetch();
    if (!result.data) return;
    setStart({ need: result.data.data, etag: result.data.etag });
    setConflict(false);
    announce(t('needs.merge.reloaded'));
  };

  const body = () => {
    if (query.isError && !need) return <NeedLoadError error={query.error} onRetry={() => void query.refetch()} />;
    if (!need || !start) return <LoadingState />;
    if (!need.permissions.canMerge) {
      return (
        <Alert data-color="warning">
          <Paragraph>{t('needs.merge.notAllowed')}</Paragraph>
          <Link asChild>
            <RouterLink to={paths.need(need.id)}>{t('needs.merge.backToNeed', { number: needNumber(need.number) })}</RouterLink>
          </Link>
        </Alert>
      );
    }
    return (
      <>
        <Paragraph>{t('needs.merge.intro', { number: needNumber(need.number), title: need.title })}</Paragraph>
        {conflict && <ConflictNotice onReload={() => void reload()} />}
        <TargetSearch duplicate={need} onChoose={setTarget} />
        {target && <MergeConfirmation duplicate={need} target={target} etag={start.etag} onConflict={() => setConflict(true)} />}
      </>
    );
  };

  return (
    <div className="form-narrow">
      <PageHeading>{need ? t('needs.merge.title', { number: needNumber(need.number) }) : t('needs.merge.loadingTitle')}</PageHeading>
      {body()}
    </div>
  );
}
