import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sv } from '@web/i18n/sv';
import { LANGUAGES, type TLanguage } from '@web/i18n/translation';

declare module 'i18next' {
  // Module augmentation must be an interface: it types every t('…') key against the Swedish source.
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}

const STORAGE_KEY = 'digiplan.language';

const isLanguage = (value: unknown): value is TLanguage => LANGUAGES.includes(value as TLanguage);

function storedLanguage(): TLanguage {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    return 'sv';
  }
}

/** Loads a language's texts on demand: Swedish is bundled, English is fetched when chosen. */
async function ensureLoaded(language: TLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  switch (language) {
    case 'sv':
      i18next.addResourceBundle('sv', 'translation', sv);
      return;
    case 'en': {
      const { en } = await import('@web/i18n/en');
      i18next.addResourceBundle('en', 'translation', en);
      return;
    }
  }
}

/**
 * Starts i18next with Swedish bundled (the UI works before anything else loads) and, when the user
 * chose English earlier, loads it before the first render. Keeps `<html lang>` in step so screen
 * readers pronounce the page in the right language.
 */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18next.use(initReactI18next).init({
    resources: { sv: { translation: sv } },
    lng: 'sv',
    fallbackLng: 'sv',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  const language = storedLanguage();
  if (language !== 'sv') await setLanguage(language);
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switches the UI language and remembers the choice in this browser. */
export async function setLanguage(language: TLanguage): Promise<void> {
  await ensureLoaded(language);
  await i18next.changeLanguage(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this visit only.
  }
}

/** The current UI language. */
export function currentLanguage(): TLanguage {
  return isLanguage(i18next.language) ? i18next.language : 'sv';
}
