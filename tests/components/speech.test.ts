import { expect } from '@open-wc/testing';
import { onMissingVoice, speak } from '../../src/modes/speech.js';
import { chooseVoice, type VoiceLike } from '../../src/modes/voices.js';
import type { Locale } from '../../src/modes/locale.js';

/** The real list Chromium gave over speech-dispatcher and espeak-ng (trimmed; see its "recorded"). */
async function recordedVoices(): Promise<VoiceLike[]> {
  const response = await fetch(new URL('../fixtures/voices-speech-dispatcher-espeak-ng.json', import.meta.url));
  return ((await response.json()) as { voices: VoiceLike[] }).voices;
}

function chosenName(voices: readonly VoiceLike[], locale: Locale): string | null {
  return chooseVoice(voices, locale).voice?.name ?? null;
}

describe('choosing a voice', () => {
  it('finds a voice for each language among espeak-ng voices tagged cmn, yue, en-US and ug', async () => {
    const voices = await recordedVoices();
    // Mandarin: the voice that reads Han characters as Mandarin (the plain cmn voice of espeak-ng
    // 1.51 spells them as English-read pinyin), never Cantonese or Hakka.
    expect(chosenName(voices, 'zh-Hans')).to.equal('Chinese (Mandarin, latin as Pinyin) espeak-ng');
    // Cantonese: the plain Cantonese voice, not a variant, not the one reading Latin as Jyutping.
    expect(chosenName(voices, 'zh-Hant-HK')).to.equal('Chinese (Cantonese) espeak-ng');
    expect(chosenName(voices, 'en')).to.equal('English (America) espeak-ng');
    expect(chosenName(voices, 'ug')).to.equal('Uyghur espeak-ng');
  });

  it('Cantonese with only Mandarin voices: no voice, and the reason is that only Mandarin exists', async () => {
    const mandarinOnly = (await recordedVoices()).filter((voice) => voice.lang !== 'yue');
    expect(chooseVoice(mandarinOnly, 'zh-Hant-HK')).to.deep.equal({ voice: null, onlyMandarin: true });
    // Mandarin is still spoken, and a list with neither says plainly there is none.
    expect(chosenName(mandarinOnly, 'zh-Hans')).to.equal('Chinese (Mandarin, latin as Pinyin) espeak-ng');
    const noChinese = mandarinOnly.filter((voice) => !voice.lang.startsWith('cmn'));
    expect(chooseVoice(noChinese, 'zh-Hant-HK')).to.deep.equal({ voice: null, onlyMandarin: false });
    expect(chooseVoice(noChinese, 'zh-Hans')).to.deep.equal({ voice: null, onlyMandarin: false });
  });

  it('Mandarin is never read by a Cantonese or Hakka voice', async () => {
    const notMandarin = (await recordedVoices()).filter((voice) => !voice.lang.startsWith('cmn'));
    expect(chosenName(notMandarin, 'zh-Hans')).to.equal(null);
  });

  // Not a recording: the tags other engines use (Google, Apple and Microsoft use zh-CN, zh-TW and
  // zh-HK; Android also yue-HK), where zh-HK is Cantonese and zh-TW Mandarin.
  it('reads region tags by language: zh-HK is Cantonese, zh-TW Mandarin, zh-CN first for Simplified Chinese', () => {
    const voices = [
      { name: 'Taiwan', lang: 'zh-TW' },
      { name: 'Hong Kong', lang: 'zh-HK' },
      { name: 'Mainland', lang: 'zh_CN' },
      { name: 'Android Cantonese', lang: 'yue-HK' },
    ];
    expect(chosenName(voices, 'zh-Hans')).to.equal('Mainland');
    expect(chosenName(voices, 'zh-Hant-HK')).to.equal('Hong Kong');
    expect(chosenName(voices.slice(0, 1), 'zh-Hans')).to.equal('Taiwan');
    expect(chooseVoice(voices.slice(0, 1), 'zh-Hant-HK')).to.deep.equal({ voice: null, onlyMandarin: true });
    expect(chosenName([{ name: 'extlang', lang: 'zh-yue' }], 'zh-Hant-HK')).to.equal('extlang');
  });
});

describe('speaking with the recorded voices', () => {
  const real = {
    getVoices: speechSynthesis.getVoices.bind(speechSynthesis),
    speak: speechSynthesis.speak.bind(speechSynthesis),
  };
  let spoken: SpeechSynthesisUtterance[] = [];
  let list: VoiceLike[] = [];

  beforeEach(() => {
    spoken = [];
    Object.defineProperty(speechSynthesis, 'getVoices', { configurable: true, value: () => list });
    Object.defineProperty(speechSynthesis, 'speak', { configurable: true, value: (u: SpeechSynthesisUtterance) => spoken.push(u) });
  });
  afterEach(() => {
    Object.defineProperty(speechSynthesis, 'getVoices', { configurable: true, value: real.getVoices });
    Object.defineProperty(speechSynthesis, 'speak', { configurable: true, value: real.speak });
  });

  it('Cantonese on a device with only Mandarin: says so once and never speaks Cantonese text in Mandarin', async () => {
    list = (await recordedVoices()).filter((voice) => voice.lang !== 'yue');
    const missing: [Locale, boolean][] = [];
    const stop = onMissingVoice((locale, onlyMandarin) => missing.push([locale, onlyMandarin]));
    // Not a real SpeechSynthesisVoice, so the utterance is never built: speaking must stop before.
    speak('第 2 步，共 6 步，核實身份。你用邊種證件？', 'zh-Hant-HK', 'slow');
    speak('出現咗問題。', 'zh-Hant-HK', 'slow');
    stop();
    expect(spoken).to.deep.equal([]);
    expect(missing).to.deep.equal([['zh-Hant-HK', true]]);
  });
});
