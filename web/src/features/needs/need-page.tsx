import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TNeed } from '@domain/needs.contracts';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';
import { LoadingState } from '@web/ui/states';
import { StatusTag } from '@web/ui/status-tag';
import { NeedLoadError } from '@web/features/needs/need-load-error';
import { NEED_STATUS_TONE, needNumber } from '@web/features/needs/need-labels';
import { NeedFacts, NeedText } from '@web/features/needs/need-details';
import { NeedSupport } from '@web/features/needs/need-support';
import { NeedComments } from '@web/features/needs/need-comments';
import { DeleteNeedAction, RedactNeedAction } from '@web/features/needs/need-removal';
import { AssessmentSection } from '@web/features/assessment/assessment-section';
import { DecisionSection } from '@web/features/decisions/decision-section';
import type { TNeedPageState } from '@web/features/needs/need-page-state';
import { useNeed } from '@web/features/needs/needs.api';
import '@web/features/needs/needs.css';
import { NeedDemosSection } from '@web/features/registers/need-demos-section';
import { NeedGoalsSection } from '@web/features/needs/need-goals-section';
import { NeedLibraryOrigin } from '@web/features/library/need-library-origin';

/**
 * Reads the one-off confirmation another page left in the location state and then clears it, so
 * reloading the page or coming back to it later does not thank the user again.
 */
function useOneOffState(): TNeedPageState {
  const location = useLocation();
  const navigate = useNavigate();
  const [state] = useState<TNeedPageState>(() => (location.state ?? {}) as TNeedPageState);
  useEffect(() => {
    if (location.state) void navigate(`${location.pathname}${location.search}`, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);
  return state;
}

/** The status, and the actions the server says this user may take on the need. */
function NeedActions({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const { canEdit, canMerge, canDelete, canRedact } = need.permissions;
  return (
    <div className="need-actions">
      <StatusTag tone={NEED_STATUS_TONE[need.status]}>{t(`needStatus.${need.status}`)}</StatusTag>
      {canEdit && (
        <Button asChild variant="secondary" data-size="sm">
          <RouterLink to={paths.editNeed(need.id)}>{t('needs.detail.edit')}</RouterLink>
        </Button>
      )}
      {canMerge && (
        <Button asChild variant="secondary" data-size="sm">
          <RouterLink to={paths.mergeNeed(need.id)}>{t('needs.detail.merge')}</RouterLink>
        </Button>
      )}
      {canRedact && <RedactNeedAction need={need} />}
      {canDelete && <DeleteNeedAction need={need} />}
    </div>
  );
}

function NeedContent({ need, etag, state, onReload }: { need: TNeed; etag: string | null; state: TNeedPageState; onReload: () => void }) {
  const { t } = useTranslation();
  const number = needNumber(need.number);
  return (
    <>
      {state.submittedNumber === need.number && (
        <Alert data-color="success">
          <Heading level={2} data-size="xs">
            {t('needs.detail.thanks', { number })}
          </Heading>
          <Paragraph>{t('needs.detail.thanksNext')}</Paragraph>
        </Alert>
      )}
      {state.mergedFromNumber !== undefined && <Alert data-color="success">{t('needs.merge.done', { source: needNumber(state.mergedFromNumber), target: number })}</Alert>}
      {need.mergedInto && (
        <Alert data-color="info">
          <Paragraph>
            {t('needs.detail.mergedInto')}{' '}
            <Link asChild>
              <RouterLink to={paths.need(need.mergedInto.id)}>{`${needNumber(need.mergedInto.number)} ${need.mergedInto.title}`}</RouterLink>
            </Link>
          </Paragraph>
          <Paragraph data-size="sm">{t('needs.detail.mergedIntoExplained')}</Paragraph>
        </Alert>
      )}
      <NeedActions need={need} />
      <NeedFacts need={need} />
      <NeedLibraryOrigin needId={need.id} />
      <NeedText id="need-problem" heading={t('needs.detail.problem')} text={need.problem} />
      {need.what !== '' && <NeedText id="need-what" heading={t('needs.detail.what')} text={need.what} />}
      {need.how !== '' && <NeedText id="need-how" heading={t('needs.detail.how')} text={need.how} />}
      <NeedText id="need-benefit" heading={t('needs.detail.expectedBenefit')} text={need.expectedBenefit} />
      <NeedGoalsSection need={need} etag={etag} onReload={onReload} />
      <AssessmentSection need={need} />
      <DecisionSection need={need} />
      <NeedDemosSection needId={need.id} />
      <NeedSupport need={need} />
      <NeedComments need={need} />
    </>
  );
}

/**
 * /behov/:id: one need as everyone with read access sees it — what, why, for whom, where it
 * stands — with the actions the user's role allows: edit, back it, comment, merge a duplicate.
 */
export function NeedPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useNeed(id);
  const state = useOneOffState();
  const need = query.data?.data;
  const title = need ? `${needNumber(need.number)} ${need.title}` : t('needs.detail.loadingTitle');

  return (
    <div className="stack need-page">
      <PageHeading>{title}</PageHeading>
      {query.isPending && <LoadingState />}
      {query.isError && <NeedLoadError error={query.error} onRetry={() => void query.refetch()} />}
      {need && <NeedContent need={need} etag={query.data?.etag ?? null} state={state} onReload={() => void query.refetch()} />}
    </div>
  );
}
