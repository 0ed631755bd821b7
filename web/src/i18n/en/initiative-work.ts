import type { TTranslation } from '@web/i18n/translation';

export const initiativeWork: TTranslation['initiativeWork'] = {
  heading: 'Analysis and documents',
  intro: 'This belongs to carrying out the initiative.',
  risks: 'Risk and impact analysis',
  risksHint: 'Risks by perspective, consultation with union representatives and the ethics assessment.',
  classification: 'Information classification',
  classificationHint: 'Confidentiality, integrity, availability and traceability – and the requirements that follow.',
  documents: 'Documents and attachments',
  documentsHint: 'Project directive, status reports and other documents, as Word files.',
  backTo: 'Back to the initiative {{title}}',
  readOnly: 'You can read but not change this.',
};
