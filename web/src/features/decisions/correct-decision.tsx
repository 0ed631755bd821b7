import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from '@digdir/designsystemet-react';
import type { TDecision } from '@domain/decisions.contracts';
import { useCan } from '@web/app/session';
import { invalidateNeedViews } from '@web/features/assessment/assessment.api';
import { DecideForm } from '@web/features/decisions/decide-form';

/**
 * "Rätta beslutet" under the need's current decision, for those who record decisions: opens the
 * decision form filled with its values plus "why", in place of the button. Once saved, the new
 * decision is shown first and the old one as "Ersatt"; focus goes to the new decision's heading.
 */
export function CorrectDecisionAction({
  decision,
  etag,
  canProceed,
  onCorrected,
}: {
  decision: TDecision;
  /** The need's ETag (its version), sent as If-Match. */
  etag: string | null;
  /** Whether "Genomför" may be chosen (the need has a fixed assessment, or the decision already proceeded). */
  canProceed: boolean;
  onCorrected?: (decision: TDecision) => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (decision.supersededBy || !can('need:decide')) return null;
  if (open) {
    return (
      <DecideForm
        needId={decision.needId}
        etag={etag}
        canProceed={canProceed || decision.outcome === 'proceed'}
        correcting={decision}
        onDecided={(corrected) => {
          setOpen(false);
          onCorrected?.(corrected);
          requestAnimationFrame(() => document.getElementById(`decision-${corrected.id}`)?.focus());
        }}
        onCancel={() => {
          setOpen(false);
          requestAnimationFrame(() => button.current?.focus());
        }}
        onReload={() => void invalidateNeedViews(queryClient, decision.needId)}
      />
    );
  }
  return (
    <div className="button-row">
      <Button ref={button} variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
        {t('decisions.correctForm.open')}
      </Button>
    </div>
  );
}
