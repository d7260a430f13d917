// Voice guidance through the Web Speech API: reads what the app says (titles, instructions,
// errors, outcomes) in the UI language, slower than default. It only ever speaks the app's own
// sentences, never what a person typed, so a password or code cannot be read out.
import { SPEECH_LANG, type Locale } from './locale.js';
import { chooseVoice } from './voices.js';

export type SpeechRate = 'slow' | 'normal' | 'fast';
export const SPEECH_RATES: Record<SpeechRate, number> = { slow: 0.7, normal: 0.9, fast: 1.1 };

let lastText = '';
let lastLocale: Locale | undefined;
let lastRate: SpeechRate = 'slow';
/** Languages for which the device has been found to have no voice (said once, then silent). */
const missingVoiceReported = new Set<Locale>();
/** `onlyMandarin`: Cantonese was wanted and the device has only Mandarin, which it is not given. */
type MissingVoiceListener = (locale: Locale, onlyMandarin: boolean) => void;
const missingVoiceListeners = new Set<MissingVoiceListener>();

function synth(): SpeechSynthesis | undefined {
  return 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/**
 * The device voice for a locale (voices.ts says which fits). `undefined` with an empty list means
 * voices have not loaded yet (speak anyway, the browser picks); `null` means the device has voices
 * but none for this language.
 */
function voiceFor(locale: Locale): { voice: SpeechSynthesisVoice | undefined } | { voice: null; onlyMandarin: boolean } {
  const voices = synth()?.getVoices() ?? [];
  if (voices.length === 0) return { voice: undefined };
  return chooseVoice(voices, locale);
}

/** Whether the device can speak `locale`; false only when it has voices and none fits. */
export function canSpeak(locale: Locale): boolean {
  return voiceFor(locale).voice !== null;
}

/** Called once per language the device has no voice for, so the app can say so visibly. */
export function onMissingVoice(listener: MissingVoiceListener): () => void {
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
  const choice = voiceFor(locale);
  const voice = choice.voice;
  if (voice === null) {
    if (!missingVoiceReported.has(locale)) {
      missingVoiceReported.add(locale);
      for (const listener of missingVoiceListeners) listener(locale, 'onlyMandarin' in choice && choice.onlyMandarin);
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
