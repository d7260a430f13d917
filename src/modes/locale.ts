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
 * Locales for Intl numbers, lists and names: the UI language, then Chinese (not English) where
 * the browser lacks the UI language's data. Dates go through dateTimeFormat below.
 */
export function formatLocales(locale: Locale = getLocale() as Locale): string[] {
  return locale === 'zh-Hans' ? [locale] : [locale, 'zh-Hans'];
}

/**
 * Formats dates and times in the UI language, as `Intl.DateTimeFormat` with `formatLocales()`.
 * Chromium and WebKit carry no Uyghur date data (their ICU is trimmed), so Intl alone would write a
 * Uyghur page's dates in Chinese (2026年3月7日); then the app writes them with CLDR's Uyghur months
 * and patterns, as an engine with Uyghur data does: "7-مارت، 2026", "2026 مارت", "7-مارت، 2026، 09:05"
 * (each date held on one line).
 * Only the option sets the app uses are covered (a date, a month, a day of a month, a time).
 */
export function dateTimeFormat(options: Intl.DateTimeFormatOptions, locale: Locale = getLocale() as Locale): { format(date: Date | number): string } {
  if (locale !== 'ug' || Intl.DateTimeFormat.supportedLocalesOf('ug').length > 0) return new Intl.DateTimeFormat(formatLocales(locale), options);
  const numbers = new Intl.DateTimeFormat('en-u-nu-latn', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: options.timeZone,
  });
  return {
    format(date) {
      const parts = numbers.formatToParts(date);
      const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
      const month = UYGHUR_MONTHS[Number(part('month')) - 1]!;
      const { dateStyle, timeStyle } = options;
      const time = timeStyle || options.hour ? `${part('hour').padStart(2, '0')}:${part('minute').padStart(2, '0')}` : '';
      let day = '';
      // A date is never broken across lines: a word joiner after each hyphen, no-break spaces.
      if (dateStyle === 'short') day = `${part('year')}-${JOIN}${part('month').padStart(2, '0')}-${JOIN}${part('day').padStart(2, '0')}`;
      else if (dateStyle || (options.year && options.day)) day = `${part('day')}-${JOIN}${month}،${NBSP}${part('year')}`;
      else if (options.year && options.month) day = `${part('year')}${NBSP}${month}`;
      else if (options.month && options.day) day = `${part('day')}-${JOIN}${month}`;
      // A month on its own (a birth month to choose, a row of a year's table).
      else if (options.month) day = month;
      if (!day || !time) return day || time;
      return `${day}${dateStyle === 'medium' || dateStyle === 'short' ? '، ' : ' '}${time}`;
    },
  };
}

const JOIN = '\u2060';
const NBSP = '\u00a0';

/** CLDR's Uyghur month names, January to December. */
const UYGHUR_MONTHS = ['يانۋار', 'فېۋرال', 'مارت', 'ئاپرېل', 'ماي', 'ئىيۇن', 'ئىيۇل', 'ئاۋغۇست', 'سېنتەبىر', 'ئۆكتەبىر', 'نويابىر', 'دېكابىر'] as const;

/** Languages that write a date day first (asked as day, month, year); the others ask year first. */
export function writesDayFirst(locale: Locale = getLocale() as Locale): boolean {
  return locale === 'en';
}

/** "养老保险和医疗保险", "pension and medical insurance": a list in the UI language's own words. */
export function joinList(items: readonly string[], locale: Locale = getLocale() as Locale): string {
  return new Intl.ListFormat(formatLocales(locale), { type: 'conjunction' }).format(items);
}

/**
 * Sentences said one after another (an announcement, a spoken cue): a Chinese full stop between
 * them in Chinese, ". " in the other languages, and nothing added after one that already ends.
 */
export function joinSentences(parts: readonly string[], locale: Locale = getLocale() as Locale): string {
  const chinese = locale.startsWith('zh');
  return parts
    .filter((part) => part !== '')
    .reduce((text, part) => {
      if (text === '') return part;
      const ended = /[.!?。！？؟]$/.test(text);
      return chinese ? `${text}${ended ? '' : '。'}${part}` : `${text}${ended ? ' ' : '. '}${part}`;
    }, '');
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

type TargetLocale = (typeof targetLocales)[number];
type Templates = Record<string, unknown>;
type Part = () => Promise<{ templates: Templates }>;

// Each language comes in two parts (scripts/split-locales.mjs): the first screen's words, and the
// rest, fetched only before a screen loaded on demand, so the first screen waits for ~2 KB, not ~15.
const startParts: Record<TargetLocale, Part> = {
  en: () => import('../generated/locale-parts/en.start.js'),
  'zh-Hant-HK': () => import('../generated/locale-parts/zh-Hant-HK.start.js'),
  ug: () => import('../generated/locale-parts/ug.start.js'),
};
const laterParts: Record<TargetLocale, Part> = {
  en: () => import('../generated/locale-parts/en.later.js'),
  'zh-Hant-HK': () => import('../generated/locale-parts/zh-Hant-HK.later.js'),
  ug: () => import('../generated/locale-parts/ug.later.js'),
};

// The runtime keeps the templates object it is given: each language's parts are merged into one
// object, so words that arrive later are found by every msg() call from then on.
const templatesOf = new Map<TargetLocale, Templates>();
const laterLoading = new Map<TargetLocale, Promise<void>>();
let laterWanted = false;

function merge(locale: TargetLocale, part: Part): Promise<void> {
  return part().then(({ templates }) => {
    if (!templatesOf.has(locale)) templatesOf.set(locale, {});
    Object.assign(templatesOf.get(locale)!, templates);
  });
}

function loadLater(locale: TargetLocale): Promise<void> {
  let loading = laterLoading.get(locale);
  if (!loading) {
    loading = merge(locale, laterParts[locale]);
    // Offline, a failed fetch is tried again next time it is needed.
    loading.catch(() => laterLoading.delete(locale));
    laterLoading.set(locale, loading);
  }
  return loading;
}

function isTarget(locale: string): locale is TargetLocale {
  return (targetLocales as readonly string[]).includes(locale);
}

/**
 * From now on a language is loaded whole: a returning visitor (likely to resume a later step) asks
 * for this before the language loads, so both parts arrive side by side.
 */
export function wantLaterWords(): void {
  laterWanted = true;
}

/** Resolves once every message of the current language is here (at once in the source language). */
export function wordsForLaterScreens(): Promise<void> {
  wantLaterWords();
  const locale = requestedLocale ?? getLocale();
  return isTarget(locale) ? loadLater(locale) : Promise.resolve();
}

/**
 * Loads code that renders beyond the first screen once its words are here. The words come first:
 * an element renders the moment its module defines it (its tag is often already in the page),
 * and a message missing then would show in Chinese until something re-rendered it.
 */
export function withLaterWords<T>(load: () => Promise<T>): Promise<T> {
  return wordsForLaterScreens().then(load);
}

// The language last asked for: while it loads, getLocale() still names the one before, and code
// loaded meanwhile must wait for the new language's words, not the old one's.
let requestedLocale: string | undefined;

const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: async (locale) => {
    const target = locale as TargetLocale;
    await Promise.all([merge(target, startParts[target]), laterWanted ? loadLater(target) : undefined]);
    // Cast: @lit/localize types the loaded module loosely; it only reads `templates`.
    return { templates: templatesOf.get(target)! } as unknown as Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;
  },
});

export const getLocale = runtime.getLocale;

export function setLocale(locale: string): Promise<void> {
  requestedLocale = locale;
  return runtime.setLocale(locale);
}
