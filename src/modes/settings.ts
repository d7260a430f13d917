// Settings every screen obeys: language, care mode, screen-reader mode, voice, vibration.
// They live on the document (lang, dir, data attributes) so CSS and components read one source,
// persist across visits, and can be preset by URL (?lang=en&mode=care,screen-reader).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { directionOf, getLocale, isLocale, localeFromBrowser, setLocale, type Locale } from './locale.js';
import { SPEECH_RATES, type SpeechRate } from './speech.js';

export interface Settings {
  locale: Locale;
  care: boolean;
  screenReader: boolean;
  voice: boolean;
  speechRate: SpeechRate;
  vibration: boolean;
}

const STORAGE_KEY = 'ssc.settings.v1';

export function defaultSettings(env: { languages: readonly string[]; canVibrate: boolean }): Settings {
  return {
    locale: localeFromBrowser(env.languages),
    care: false,
    screenReader: false,
    voice: false,
    speechRate: 'slow',
    vibration: env.canVibrate,
  };
}

/** What a shared link presets: `?lang=ug` and `?mode=care`, `?mode=screen-reader`, or both, comma-separated. */
export function settingsFromUrl(search: string): Partial<Settings> {
  const params = new URLSearchParams(search);
  const preset: Partial<Settings> = {};
  const lang = params.get('lang');
  if (isLocale(lang)) preset.locale = lang;
  const mode = params.get('mode');
  if (mode !== null) {
    const modes = mode.split(',').map((m) => m.trim());
    preset.care = modes.includes('care');
    preset.screenReader = modes.includes('screen-reader');
    // Care mode reads each step aloud, unless a screen reader is already speaking.
    preset.voice = preset.care && !preset.screenReader;
  }
  return preset;
}

/** Keeps only well-typed fields from stored JSON, so a damaged or older record cannot break the app. */
export function sanitizeStored(value: unknown): Partial<Settings> {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const clean: Partial<Settings> = {};
  if (isLocale(record.locale)) clean.locale = record.locale;
  for (const key of ['care', 'screenReader', 'voice', 'vibration'] as const) {
    if (typeof record[key] === 'boolean') clean[key] = record[key];
  }
  if (typeof record.speechRate === 'string' && record.speechRate in SPEECH_RATES) clean.speechRate = record.speechRate as SpeechRate;
  return clean;
}

function readStored(): Partial<Settings> {
  try {
    return sanitizeStored(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'));
  } catch {
    return {};
  }
}

function writeStored(settings: Settings): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Private browsing or a full disk: settings still apply for this visit.
  }
}

let current: Settings = defaultSettings({ languages: [], canVibrate: false });
const listeners = new Set<(settings: Settings) => void>();

export function getSettings(): Settings {
  return current;
}

/** Writes the settings onto <html>: the one place modes become visible to CSS and components. */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  root.lang = settings.locale;
  root.dir = directionOf(settings.locale);
  root.toggleAttribute('data-care', settings.care);
  root.toggleAttribute('data-screen-reader', settings.screenReader);
}

async function apply(next: Settings): Promise<void> {
  current = next;
  applyToDocument(next);
  try {
    await setLocale(next.locale);
  } catch {
    // Offline before this language was ever fetched (a first visit that lost the network): the
    // page stays in the language it can show, marked as that language so a screen reader reads
    // it right, and switches once the network is back.
    applyToDocument({ ...next, locale: getLocale() as Locale });
    // Listening before anything else is awaited: the network may come back meanwhile, and an
    // 'online' missed here would leave the page in the fallback language for good.
    window.addEventListener('online', () => current.locale === next.locale && void apply(current), { once: true });
    // The runtime still counts the failed language as loading: settle it on the one shown.
    await setLocale(getLocale()).catch(() => undefined);
  }
  for (const listener of listeners) listener(next);
}

/** Defaults, then what this browser stored, then what the link presets; saved at once. */
export async function initSettings(): Promise<Settings> {
  const defaults = defaultSettings({
    languages: navigator.languages ?? [navigator.language],
    canVibrate: 'vibrate' in navigator,
  });
  const next = { ...defaults, ...readStored(), ...settingsFromUrl(location.search) };
  writeStored(next);
  forgetUrlPreset();
  await apply(next);
  return next;
}

/**
 * Once a link's preset is saved, it leaves the address bar, so that a later reload does not undo
 * a change the person made in Settings.
 */
function forgetUrlPreset(): void {
  const url = new URL(location.href);
  if (!url.searchParams.has('lang') && !url.searchParams.has('mode')) return;
  url.searchParams.delete('lang');
  url.searchParams.delete('mode');
  history.replaceState(history.state, '', url);
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...current, ...patch };
  writeStored(next);
  await apply(next);
  return next;
}

export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders a Lit element whenever a setting changes. */
export class SettingsController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }
  get value(): Settings {
    return current;
  }
  hostConnected(): void {
    this.unsubscribe = onSettingsChange(() => this.host.requestUpdate());
  }
  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
