import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TInitiativeProcess } from '@domain/process.contracts';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { StageDialog, type TStageAction } from '@web/features/process/stage-dialog';

/**
 * What the next gate still lacks and the moves the user may make: forward (or close at stage 6),
 * back one stage, stop. Each opens the gate dialog.
 */
export function GatePanel({ process, etag }: { process: TInitiativeProcess; etag: string | null }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<TStageAction | null>(null);
  const gate = process.nextGate;
  if (!gate) return null;
  const { canWork, canManage } = process.permissions;
  return (
    <section aria-labelledby="gate-heading" className="stack">
      <Heading level={2} data-size="sm" id="gate-heading">
        {t('process.gate.heading')}
      </Heading>
      {gate.missing.length === 0 ? (
        <Paragraph>{t('process.gate.nothingMissing')}</Paragraph>
      ) : (
        <>
          <Paragraph>{gate.target === 'closed' ? t('process.gate.toClose') : t('process.gate.toStage', { label: stageLabel(gate.stage!) })}</Paragraph>
          <ul className="gate-missing">
            {gate.missing.map((item, index) => (
              <li key={`${item.code}-${item.ref ?? index}`}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
      {canWork ? (
        <div className="button-row">
          <Button onClick={() => setAction(gate.target === 'closed' ? 'close' : 'advance')}>
            {gate.target === 'closed' ? t('process.gate.close') : t('process.gate.advance', { number: gate.stage ?? process.stage + 1 })}
          </Button>
          {process.stage > 1 && (
            <Button variant="secondary" onClick={() => setAction('back')}>
              {t('process.gate.back')}
            </Button>
          )}
          {canManage && (
            <Button variant="tertiary" data-color="danger" onClick={() => setAction('stop')}>
              {t('process.gate.stop')}
            </Button>
          )}
        </div>
      ) : (
        <Paragraph data-size="sm">{t('process.gate.readOnly')}</Paragraph>
      )}
      <StageDialog process={process} etag={etag} action={action} onClose={() => setAction(null)} />
    </section>
  );
}
