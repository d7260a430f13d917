// The UI language: which locales exist, their names in their own language, their direction,
// and the one @lit/localize runtime every element re-renders from.
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales, type allLocales } from '../generated/locale-codes.js';

export type Locale = (typeof allLocales)[number];
/** In the order the language picker offers them: the source language first. */
export const LOCALES: readonly Locale[] = ['zh-Hans', 'en', 'zh-Hant-HK', 'ug'];

/** Each language offered under its own name (autonym), so a reader finds theirs whatever the UI shows. */
export const AUTONYMS: Record<Locale, string> = {
  'zh-Hans': '简体中文',
  en: 'English',
  'zh-Hant-HK': '廣東話（香港）',
  ug: 'ئۇيغۇرچە',
};

/** The language code Web Speech and Intl expect for each UI locale. */
export const SPEECH_LANG: Record<Locale, string> = {
  'zh-Hans': 'zh-CN',
  en: 'en',
  'zh-Hant-HK': 'zh-HK',
  ug: 'ug',
};

/**
 * Locales for Intl dates and numbers: the UI language, then Chinese. A browser without Uyghur
 * date data then writes dates the way Uyghur readers in China also read them, not in English.
 */
export function formatLocales(locale: Locale = getLocale() as Locale): string[] {
  return locale === 'zh-Hans' ? [locale] : [locale, 'zh-Hans'];
}

/** Languages that write a date day first (asked as day, month, year); the others ask year first. */
export function writesDayFirst(locale: Locale = getLocale() as Locale): boolean {
  return locale === 'en';
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ug' ? 'rtl' : 'ltr';
}

/** Best UI locale for the browser's language list; the source locale when nothing matches. */
export function localeFromBrowser(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('en')) return 'en';
    if (lower.startsWith('ug')) return 'ug';
    if (lower === 'yue' || lower.startsWith('yue-') || /^zh-(hant-)?(hk|mo)$/.test(lower)) return 'zh-Hant-HK';
    if (lower.startsWith('zh')) return 'zh-Hans';
  }
  return sourceLocale;
}

const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  en: () => import('../generated/locales/en.js'),
  'zh-Hant-HK': () => import('../generated/locales/zh-Hant-HK.js'),
  ug: () => import('../generated/locales/ug.js'),
};

export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // Cast: @lit/localize types the loaded module loosely; each generated module exports `templates`.
  loadLocale: (locale) => loaders[locale as keyof typeof loaders]() as ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>,
});
