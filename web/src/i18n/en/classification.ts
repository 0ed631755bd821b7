import type { TTranslation } from '@web/i18n/translation';

export const classification: TTranslation['classification'] = {
  title: 'Information classification',
  intro: 'Judge how serious it would be if the information the initiative handles were disclosed, wrong, unavailable or untraceable. The levels give the security requirements.',
  current: {
    heading: 'Current classification',
    none: 'The information has not been classified yet.',
    by: 'Classified on {{date}} by {{name}}.',
    caption: 'Current classification by aspect',
    aspect: 'Aspect',
    level: 'Level',
    justification: 'Justification',
  },
  requirements: {
    heading: 'Security requirements',
    intro: 'The requirements follow from the levels and can be used in procurement.',
    none: 'The classification gives no particular security requirements.',
    exportXlsx: 'Procurement requirements (Excel)',
    exportDocx: 'Procurement requirements (Word)',
    exportHint: 'The requirements with their numbers, for the tender documents.',
  },
  form: {
    heading: 'Classify',
    headingAgain: 'Classify again',
    againHint: 'The current classification is kept in the history.',
    level: 'Level for {{aspect}}',
    justification: 'Justification for {{aspect}}',
    date: 'Date of the classification',
    save: 'Save classification',
    saved: 'The classification was saved.',
    levelOption: '{{level}} – {{label}}',
  },
  history: {
    heading: 'History',
    caption: 'Earlier classifications, newest first',
    date: 'Date',
    by: 'Classified by',
    levels: 'Levels (C/I/A/T)',
  },
  labels: {
    title: 'Information classification levels',
    intro: 'The organisation can give the levels 0–4 its own names. The levels and their requirements do not change.',
    level: 'Name of level {{level}}',
    defaults: 'The levels have their default names.',
    save: 'Save names',
    saved: 'The names were saved.',
  },
};
