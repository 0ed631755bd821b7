import { useTranslation } from 'react-i18next';
import { Checkbox, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { STAGES } from '@domain/process';
import type { TChecklistItem, TInitiativeProcess } from '@domain/process.contracts';
import { problemText } from '@web/i18n/error-text';
import { stageLabel } from '@web/features/initiatives/stage-label';
import { formatDateTime } from '@web/ui/format';
import { useTickChecklistItem } from '@web/features/process/process.api';
import { stageDocuments } from '@web/features/process/stage-documents';

/** One stage's checklist: checkboxes for who may work the initiative, ticks with who and when. */
function StageChecklist({ process, stage, items }: { process: TInitiativeProcess; stage: number; items: TChecklistItem[] }) {
  const { t } = useTranslation();
  const tick = useTickChecklistItem(process.initiativeId);
  const canTick = process.permissions.canWork;
  if (items.length === 0) return <Paragraph data-size="sm">{t('process.checklist.empty')}</Paragraph>;
  return (
    <>
      <ul className="process-checklist">
        {items.map((item) => {
          const doneBy = item.done && item.doneBy ? t('process.checklist.doneBy', { name: item.doneBy.name, date: formatDateTime(item.doneAt) }) : undefined;
          // Readers get text, not greyed-out checkboxes: disabled controls are hard to read and say nothing to tab to.
          if (!canTick) {
            return (
              <li key={item.id}>
                <Paragraph data-size="sm">
                  {item.text} – {doneBy ?? t('process.checklist.notDone')}
                </Paragraph>
              </li>
            );
          }
          return (
            <li key={item.id}>
              <Checkbox label={item.text} checked={item.done} description={doneBy} onChange={(event) => tick.mutate({ itemId: item.id, done: event.target.checked })} />
            </li>
          );
        })}
      </ul>
      {tick.isError && <Paragraph data-color="danger">{problemText(tick.error)}</Paragraph>}
      <Paragraph data-size="sm">
        {t('process.checklist.documents')}: {stageDocuments(process.form, stage)}
      </Paragraph>
    </>
  );
}

/**
 * The current stage's checklist up front; the other stages' checklists folded away below it, so
 * the page leads with what to do now.
 */
export function ChecklistSection({ process }: { process: TInitiativeProcess }) {
  const { t } = useTranslation();
  const byStage = (stage: number) => process.checklist.filter((item) => item.stage === stage);
  return (
    <section aria-labelledby="checklist-heading" className="stack">
      <Heading level={2} data-size="sm" id="checklist-heading">
        {t('process.checklist.heading')}
      </Heading>
      <Heading level={3} data-size="xs">
        {t('process.checklist.currentStage', { label: stageLabel(process.stage) })}
      </Heading>
      <StageChecklist process={process} stage={process.stage} items={byStage(process.stage)} />
      <Details>
        <Details.Summary>{t('process.checklist.otherStages')}</Details.Summary>
        <Details.Content>
          {STAGES.filter((stage) => stage !== process.stage).map((stage) => (
            <div key={stage} className="stack">
              <Heading level={3} data-size="2xs">
                {t('process.checklist.currentStage', { label: stageLabel(stage) })}
              </Heading>
              <StageChecklist process={process} stage={stage} items={byStage(stage)} />
            </div>
          ))}
        </Details.Content>
      </Details>
    </section>
  );
}
