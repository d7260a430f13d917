// Which of the device's voices reads a UI language. Engines tag voices differently: Google, Apple
// and Microsoft tag Mandarin `zh-CN` and Cantonese `zh-HK`; espeak-ng (through speech-dispatcher,
// the Linux voices Chromium offers with --enable-speech-dispatcher) tags them by the member of the
// Chinese macrolanguage: `cmn`, `cmn-Latn-pinyin`, `yue`, and `hak` for Hakka. A voice is matched by
// what it speaks, not by the first subtag: `zh-HK` is Cantonese, `zh-TW` is Mandarin, and Cantonese
// text is never handed to a Mandarin voice (nor the other way round).
import { SPEECH_LANG, type Locale } from './locale.js';

/** The parts of a SpeechSynthesisVoice the choice reads (recorded lists in tests have only these). */
export interface VoiceLike {
  readonly name: string;
  readonly lang: string;
  readonly default?: boolean;
}

export type VoiceChoice<V extends VoiceLike> =
  | { voice: V }
  /** No voice for the language; `onlyMandarin`: Cantonese was wanted and the device has Mandarin. */
  | { voice: null; onlyMandarin: boolean };

interface Tag {
  language: string;
  script: string;
  region: string;
}

/** `zh-yue-HK`, `yue_HK`, `cmn-LATN-PINYIN` → language, script and region, lower case. */
function parse(lang: string): Tag {
  const subtags = lang.toLowerCase().replaceAll('_', '-').split('-');
  let language = subtags[0] ?? '';
  let rest = subtags.slice(1);
  // An extended language subtag names the member language: zh-cmn is Mandarin, zh-yue Cantonese.
  if (language === 'zh' && /^[a-z]{3}$/.test(rest[0] ?? '')) {
    language = rest[0]!;
    rest = rest.slice(1);
  }
  const script = rest.find((s) => /^[a-z]{4}$/.test(s)) ?? '';
  const region = rest.find((s) => /^([a-z]{2}|\d{3})$/.test(s)) ?? '';
  return { language, script, region };
}

function isCantonese({ language, region }: Tag): boolean {
  return language === 'yue' || (language === 'zh' && (region === 'hk' || region === 'mo'));
}

function isMandarin(tag: Tag): boolean {
  return tag.language === 'cmn' || (tag.language === 'zh' && !isCantonese(tag));
}

/**
 * How well a voice reads the locale's text: 0 best, higher worse, undefined not at all. Chinese
 * text is written in Han characters, so the rank is about who reads those.
 */
function rank(locale: Locale, tag: Tag): number | undefined {
  if (locale === 'zh-Hans') {
    if (!isMandarin(tag)) return undefined;
    if (tag.script !== 'latn' && (tag.region === 'cn' || tag.region === 'sg' || tag.script === 'hans')) return 0;
    // espeak-ng's "Chinese (Mandarin, latin as Pinyin)", tagged cmn-Latn-pinyin: the script names
    // how it reads Latin letters, and it reads Han characters as Mandarin. Its plain `cmn` voice
    // ("latin as English") in espeak-ng 1.51 (Debian 12) turns each character into pinyin and spells
    // that in English: 步 becomes "bu four" (espeak-ng issues 1236, 1370; seen with
    // `espeak-ng -x -v cmn 第 2 步`). So for Han text the pinyin voice comes first.
    if (tag.script === 'latn') return 1;
    if (tag.region === '' && tag.script === '') return 2;
    // Mandarin of Taiwan reads Simplified characters too, better than silence.
    return 3;
  }
  if (locale === 'zh-Hant-HK') {
    if (!isCantonese(tag)) return undefined;
    if (tag.script === 'latn') return 2;
    return tag.region === 'hk' ? 0 : 1;
  }
  const wanted = parse(SPEECH_LANG[locale]);
  if (tag.language !== wanted.language) return undefined;
  return tag.region === wanted.region && tag.script === wanted.script ? 0 : 1;
}

/**
 * The voice that reads `locale`, from the device's list: the best ranked, then the device's
 * default, then the list's order (espeak-ng lists the plain voice before its "+Adam" variants).
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], locale: Locale): VoiceChoice<V> {
  let best: { voice: V; rank: number } | undefined;
  for (const voice of voices) {
    const r = rank(locale, parse(voice.lang));
    if (r === undefined) continue;
    if (!best || r < best.rank || (r === best.rank && voice.default && !best.voice.default)) best = { voice, rank: r };
  }
  if (best) return { voice: best.voice };
  return { voice: null, onlyMandarin: locale === 'zh-Hant-HK' && voices.some((v) => isMandarin(parse(v.lang))) };
}
