import i18next from 'i18next';

/** "1 Behov och nytta": a stage of the digitalisation process with its number. */
export function stageLabel(stage: number): string {
  const key = String(stage) as '1' | '2' | '3' | '4' | '5' | '6';
  return i18next.t('initiatives.stageLabel', { number: stage, name: i18next.t(`initiatives.stages.${key}`) });
}
