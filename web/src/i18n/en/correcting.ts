import type { TTranslation } from '@web/i18n/translation';

/** English texts for correcting after the fact (part of `en.ts`). */
export const correcting: TTranslation['correcting'] = {
  initiative: {
    edit: 'Edit',
    editHeading: 'Edit the initiative',
    intro: 'The change shows on the initiative’s timeline and in the audit log.',
    title: 'Title',
    description: 'Description',
    owner: 'Owner',
    ownerHint: 'Pick a person from the list or type the name of a function.',
    startYear: 'Planned start year',
    endYear: 'Planned end year',
    yearHint: 'Four digits, e.g. 2027.',
    save: 'Save the changes',
    saved: 'The initiative has been changed.',
    titleTooShort: 'Write a title of at least 3 characters.',
    ownerMissing: 'Write who owns the initiative.',
    yearInvalid: 'Write the year with four digits, e.g. 2027.',
    endBeforeStart: 'The end year cannot be before the start year.',
    current: 'What the initiative looks like now',
    currentIntro: 'Someone else saved a change after you opened the form. These are the saved details. Choose “Reload” to continue from them; your text stays until then.',
    description_empty: 'No description.',
    noEndYear: 'Not given',
    endYearShown: 'Planned end year',
    descriptionShown: 'Description',
  },
};
