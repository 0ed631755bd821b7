import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TDecision } from '@domain/decisions.contracts';
import type { TNeed } from '@domain/needs.contracts';
import { paths } from '@web/app/paths';
import { ErrorState, LoadingState } from '@web/ui/states';
import { invalidateNeedViews } from '@web/features/assessment/assessment.api';
import { CorrectDecisionAction } from '@web/features/decisions/correct-decision';
import { DecideForm } from '@web/features/decisions/decide-form';
import { DecisionDetails } from '@web/features/decisions/decision-details';
import { useNeedDecisions } from '@web/features/decisions/decisions.api';

/**
 * "Beslut" on the need page: the decisions taken on the need, newest first, each with its frozen
 * snapshot, and — for OLG members and coordinators while the need can be decided — "Fatta beslut".
 * A decision to proceed links to the initiative it created.
 */
export function DecisionSection({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const decisions = useNeedDecisions(need.id);
  const [justDecided, setJustDecided] = useState<TDecision | null>(null);
  const { hash } = useLocation();

  // Links from the decision log and initiatives point at #beslut; the section arrives after the
  // need has loaded, too late for the browser's own jump to the fragment.
  const isLoaded = decisions.isSuccess;
  useEffect(() => {
    if (isLoaded && hash === '#beslut') headingRef.current?.scrollIntoView({ block: 'start' });
    // "#beslut-<id>": one decision, e.g. the one that replaced a corrected decision.
    if (isLoaded && hash.startsWith('#beslut-')) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [isLoaded, hash]);

  const handleDecided = (decision: TDecision) => {
    setJustDecided(decision);
    headingRef.current?.focus();
  };

  const content = () => {
    if (decisions.isPending) return <LoadingState />;
    if (decisions.isError) return <ErrorState error={decisions.error} onRetry={() => void decisions.refetch()} />;
    const items = decisions.data.data.items;
    return (
      <>
        {items.length === 0 ? (
          <Paragraph>{t('decisions.none')}</Paragraph>
        ) : (
          items.map((decision, index) => (
            <DecisionDetails
              key={decision.id}
              decision={decision}
              actions={index === 0 && <CorrectDecisionAction decision={decision} etag={decisions.data.etag} canProceed={need.priority !== null} onCorrected={setJustDecided} />}
            />
          ))
        )}
        {need.permissions.canDecide && (
          <DecideForm
            key={`${need.version}:${items.length}`}
            needId={need.id}
            etag={decisions.data.etag}
            canProceed={need.priority !== null}
            onDecided={handleDecided}
            onReload={() => void invalidateNeedViews(queryClient, need.id)}
          />
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="decision-heading" className="stack assessment-section" id="beslut">
      <Heading level={2} data-size="sm" id="decision-heading" ref={headingRef} tabIndex={-1} className="section-heading">
        {t('decisions.heading')}
      </Heading>
      {justDecided && (
        <Alert data-color="success">
          <Paragraph>{t(`decisions.decided.${justDecided.outcome}`)}</Paragraph>
          {justDecided.initiativeId && (
            <Paragraph>
              <Link asChild>
                <RouterLink to={paths.initiative(justDecided.initiativeId)}>{t('decisions.initiativeLink')}</RouterLink>
              </Link>
            </Paragraph>
          )}
        </Alert>
      )}
      {content()}
    </section>
  );
}
