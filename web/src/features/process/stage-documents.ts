import i18next from 'i18next';
import type { InitiativeForm } from '@domain/decisions.contracts';

/**
 * The documents a stage asks for, by form (001 §5): a projekt writes a directive (1), a plan (3),
 * status reports (4), a handover and final report (5); an uppdrag a description (1) and a
 * follow-up of the delivery (5); a verksamhetsförbättring none.
 */
export function stageDocuments(form: InitiativeForm, stage: number): string {
  const key = `${form}_${stage}`;
  switch (key) {
    case 'project_1':
    case 'project_3':
    case 'project_4':
    case 'project_5':
    case 'assignment_1':
    case 'assignment_5':
      return i18next.t(`process.documents.${key}`);
    default:
      return i18next.t('process.documents.none');
  }
}
