import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TAssessment } from '@domain/assessment.contracts';
import type { NeedStatus, TNeed } from '@domain/needs.contracts';
import { isApiError } from '@web/api/api-error';
import { useCan, useRequiredSession } from '@web/app/session';
import { problemText } from '@web/i18n/error-text';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { formatDate } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { assessmentKey, useCurrentAssessment, useStartAssessment } from '@web/features/assessment/assessment.api';
import { AssessmentHistory } from '@web/features/assessment/assessment-history';
import { AssessmentResult } from '@web/features/assessment/assessment-result';
import { FixAssessmentForm } from '@web/features/assessment/fix-assessment-form';
import { MyScoresForm } from '@web/features/assessment/my-scores-form';
import { RatersTable } from '@web/features/assessment/raters-table';
import { useNeedDecisions } from '@web/features/decisions/decisions.api';
import '@web/features/assessment/assessment.css';

/** Needs that can be (re)assessed; mirrors the server's policy, which decides for real. */
const ASSESSABLE: readonly NeedStatus[] = ['submitted', 'assessed', 'parked'];

/**
 * Whether the need was decided before Digiplan (approved without scores): such a need "can be
 * assessed later" — the server's `isNeedAssessable` — read from its decisions, as the need does not
 * say it itself.
 */
function useDecidedBeforeDigiplan(need: TNeed): boolean {
  const decisions = useNeedDecisions(need.id);
  return need.status === 'approved' && (decisions.data?.data.items ?? []).some((decision) => decision.origin === 'pre_digiplan');
}

/** "Bedömarnas poäng": who has scored and, unless the user is blinded, what. */
function RatersBlock({ assessment }: { assessment: TAssessment }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="raters-heading" className="stack assessment-block">
      <Heading level={3} data-size="xs" id="raters-heading">
        {t('assessment.raters.heading')}
      </Heading>
      <RatersTable assessment={assessment} />
    </section>
  );
}

/**
 * "Bedömning" on the need page. No round yet: a coordinator may start one ("Bedöm i efterhand" for
 * a need decided before Digiplan, whose decision stays as it was). An open round: each
 * rater scores on her own ("Din bedömning"), everyone sees the raters with mean, spread and
 * agreement, and the coordinator fixes the agreed scores. A fixed round: the agreed result with
 * quadrant and priority, and "Gör en ny bedömning". Earlier rounds stay as history.
 */
export function AssessmentSection({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const can = useCan();
  const session = useRequiredSession();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = useCurrentAssessment(need.id);
  const start = useStartAssessment(need.id);
  const [startConflict, setStartConflict] = useState(false);
  const [startError, setStartError] = useState<unknown>(null);
  const { hash } = useLocation();
  const loaded = !current.isPending;

  // A link to #bedomning ("Bedöm i efterhand" on an initiative) lands here: the page is drawn by
  // the app, so the browser cannot scroll to it by itself; focusing the heading does, for keyboards too.
  useEffect(() => {
    if (hash === '#bedomning' && loaded) headingRef.current?.focus();
  }, [hash, loaded]);

  const reload = () => void queryClient.invalidateQueries({ queryKey: assessmentKey(need.id) });
  const handleStart = (etag: string | null, doneText: string) => {
    setStartConflict(false);
    setStartError(null);
    start.mutate(etag, {
      onSuccess: () => {
        announce(doneText);
        headingRef.current?.focus();
      },
      onError: (error) => (isApiError(error, 'precondition_failed', 'conflict') ? setStartConflict(true) : setStartError(error)),
    });
  };

  const decidedBeforeDigiplan = useDecidedBeforeDigiplan(need);
  const canStart = can('assessment:manage') && (ASSESSABLE.includes(need.status) || decidedBeforeDigiplan);
  const content = () => {
    if (current.isPending) return <LoadingState />;
    if (current.isError) return <ErrorState error={current.error} onRetry={() => void current.refetch()} />;
    const { data: assessment, etag } = current.data;
    if (!assessment) {
      return (
        <>
          <Paragraph>{decidedBeforeDigiplan ? t('assessment.laterIntro') : t('assessment.noRound')}</Paragraph>
          {canStart && (
            <div className="stack">
              <Paragraph data-size="sm">{decidedBeforeDigiplan ? t('assessment.laterHint') : t('assessment.startHint')}</Paragraph>
              <div>
                <Button onClick={() => handleStart(null, t('assessment.started'))} loading={start.isPending}>
                  {decidedBeforeDigiplan ? t('assessment.later') : t('assessment.start')}
                </Button>
              </div>
            </div>
          )}
        </>
      );
    }
    const mine = assessment.raters.find((entry) => entry.rater.id === session.user.id);
    return (
      <>
        {assessment.status === 'open' ? (
          <>
            <Paragraph>{t('assessment.openIntro')}</Paragraph>
            <Paragraph data-size="sm">{t('assessment.openedBy', { date: formatDate(assessment.openedAt), name: assessment.openedBy.name })}</Paragraph>
            {assessment.permissions.canScore && <MyScoresForm key={assessment.id} needId={need.id} mine={mine} costEstimateText={need.costEstimateText} />}
            <RatersBlock assessment={assessment} />
            {assessment.permissions.canFix && (
              <FixAssessmentForm
                key={`${assessment.id}:${assessment.version}`}
                needId={need.id}
                assessment={assessment}
                etag={etag}
                onReload={reload}
                onFixed={() => headingRef.current?.focus()}
                costEstimateText={need.costEstimateText}
              />
            )}
          </>
        ) : (
          <>
            <AssessmentResult assessment={assessment} />
            <RatersBlock assessment={assessment} />
            {assessment.permissions.canReopen && (
              <div className="stack">
                <Paragraph data-size="sm">{t('assessment.reassessHint')}</Paragraph>
                <div>
                  <Button variant="secondary" onClick={() => handleStart(etag, t('assessment.reassessed'))} loading={start.isPending}>
                    {t('assessment.reassess')}
                  </Button>
                </div>
              </div>
            )}
          </>
        )}
        <AssessmentHistory needId={need.id} />
      </>
    );
  };

  return (
    <section aria-labelledby="assessment-heading" className="stack assessment-section" id="bedomning">
      <Heading level={2} data-size="sm" id="assessment-heading" ref={headingRef} tabIndex={-1} className="section-heading">
        {t('assessment.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('assessment.scale')}</Paragraph>
      {need.costEstimateText && <Paragraph data-size="sm">{t('assessment.costEstimate', { text: need.costEstimateText })}</Paragraph>}
      {startConflict && (
        <ConflictNotice
          headingLevel={3}
          onReload={() => {
            setStartConflict(false);
            reload();
          }}
        />
      )}
      {startError !== null && <Alert data-color="danger">{problemText(startError)}</Alert>}
      {content()}
    </section>
  );
}
