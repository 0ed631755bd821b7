import type { sv } from '@web/i18n/sv';

/** The same tree as `T` with every text widened to `string`, so a translation must match its keys. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** The shape every language file must have: the Swedish source's keys. */
export type TTranslation = DeepStrings<typeof sv>;

/** The languages the UI speaks; Swedish is the default and the source. */
export const LANGUAGES = ['sv', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];
