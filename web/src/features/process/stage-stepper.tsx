import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { STAGES } from '@domain/process';
import type { TInitiativeProcess } from '@domain/process.contracts';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { StatusTag } from '@web/ui/status-tag';

/**
 * The six stages as an ordered list; the current one is marked with aria-current="step" (and in
 * text, never colour alone). A closed or stopped initiative says so under the list.
 */
export function StageStepper({ process }: { process: TInitiativeProcess }) {
  const { t } = useTranslation();
  const finished = process.status !== 'active';
  return (
    <section aria-labelledby="stage-stepper-heading" className="stack">
      <Heading level={2} data-size="sm" id="stage-stepper-heading">
        {t('process.stepper.heading')} <StatusTag tone={finished ? (process.status === 'closed' ? 'success' : 'danger') : 'info'}>{t(`process.status.${process.status}`)}</StatusTag>
      </Heading>
      <ol className="stage-stepper">
        {STAGES.map((stage) => {
          const isCurrent = !finished && stage === process.stage;
          const isDone = stage < process.stage || (process.status === 'closed' && stage === process.stage);
          return (
            <li key={stage} className={`stage-stepper__step${isCurrent ? ' stage-stepper__step--current' : ''}${isDone ? ' stage-stepper__step--done' : ''}`} aria-current={isCurrent ? 'step' : undefined}>
              <span className="stage-stepper__name">{stageLabel(stage)}</span>
              {isCurrent && <span className="stage-stepper__state"> ({t('process.stepper.current')})</span>}
              {isDone && <span className="stage-stepper__state"> ({t('process.stepper.done')})</span>}
            </li>
          );
        })}
      </ol>
      {process.status === 'closed' && <Paragraph>{t('process.stepper.closed')}</Paragraph>}
      {process.status === 'stopped' && <Paragraph>{t('process.stepper.stopped', { reason: process.stopReason ?? '' })}</Paragraph>}
    </section>
  );
}
