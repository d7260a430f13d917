// Voice guidance through the Web Speech API: reads what the app says (titles, instructions,
// errors, outcomes) in the UI language, slower than default. It only ever speaks the app's own
// sentences, never what a person typed, so a password or code cannot be read out.
import { SPEECH_LANG, type Locale } from './locale.js';

export type SpeechRate = 'slow' | 'normal' | 'fast';
export const SPEECH_RATES: Record<SpeechRate, number> = { slow: 0.7, normal: 0.9, fast: 1.1 };

let lastText = '';
let lastLocale: Locale | undefined;
let lastRate: SpeechRate = 'slow';
/** Languages for which the device has been found to have no voice (said once, then silent). */
const missingVoiceReported = new Set<Locale>();
const missingVoiceListeners = new Set<(locale: Locale) => void>();

function synth(): SpeechSynthesis | undefined {
  return 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/**
 * The device voice for a locale: one whose language matches exactly or by primary subtag.
 * `undefined` with an empty list means voices have not loaded yet (speak anyway, the browser
 * picks); `null` means the device has voices but none for this language.
 */
function voiceFor(locale: Locale): SpeechSynthesisVoice | undefined | null {
  const voices = synth()?.getVoices() ?? [];
  if (voices.length === 0) return undefined;
  const wanted = SPEECH_LANG[locale].toLowerCase();
  const primary = wanted.split('-')[0]!;
  return (
    voices.find((v) => v.lang.toLowerCase().replace('_', '-') === wanted) ??
    voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === primary) ??
    null
  );
}

/** Whether the device can speak `locale`; false only when it has voices and none fits. */
export function canSpeak(locale: Locale): boolean {
  return voiceFor(locale) !== null;
}

/** Called once per language the device has no voice for, so the app can say so visibly. */
export function onMissingVoice(listener: (locale: Locale) => void): () => void {
  missingVoiceListeners.add(listener);
  return () => missingVoiceListeners.delete(listener);
}

/** Speaks `text`, cutting off whatever was being said (a new step cancels the old one). */
export function speak(text: string, locale: Locale, rate: SpeechRate): void {
  const speech = synth();
  if (!speech || text.trim() === '') return;
  lastText = text;
  lastLocale = locale;
  lastRate = rate;
  const voice = voiceFor(locale);
  if (voice === null) {
    if (!missingVoiceReported.has(locale)) {
      missingVoiceReported.add(locale);
      for (const listener of missingVoiceListeners) listener(locale);
    }
    return;
  }
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = SPEECH_LANG[locale];
  utterance.rate = SPEECH_RATES[rate];
  if (voice) utterance.voice = voice;
  speech.speak(utterance);
}

export function stopSpeaking(): void {
  synth()?.cancel();
}

/** Says the last sentence again (the "repeat" button). */
export function repeatSpeech(): void {
  if (lastLocale) speak(lastText, lastLocale, lastRate);
}
