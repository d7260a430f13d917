// Voice guidance with real voices: Chromium started with --enable-speech-dispatcher offers the
// espeak-ng voices through speech-dispatcher (about 13 000 with their variants, after a few
// seconds), tagged as real devices tag them: Mandarin `cmn` and `cmn-LATN-PINYIN`, Cantonese `yue`,
// `en-US`, `ug`, never only `zh-*`. Each step's guidance must really be spoken: an `end` event after
// a time that fits the sentence, and sound of about that length on the sound server, by the voice
// of the UI language. care-mode.spec.ts keeps the recorded-call tests (rate, exact sentences,
// "Hear it again", screen-reader mode), which need no sound.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { chromiumArgs, chromiumExecutable } from '../helpers/chromium.node.js';
import { newPerson } from '../helpers/people.node.js';
import { ensureSoundServer, recordSound, type Sound } from '../helpers/sound.node.js';

test.use({ launchOptions: { executablePath: chromiumExecutable, args: [...chromiumArgs, '--enable-speech-dispatcher'] } });
// One browser (one worker) for the four languages: speech-dispatcher starts once, and the sound
// server records one voice at a time.
test.describe.configure({ mode: 'serial' });
test.beforeAll(ensureSoundServer);

/** What the page asked to be said, with the voice it was given and when it started and ended. */
interface Heard {
  text: string;
  voice: string | null;
  started: number;
  ended: number;
  error: string;
}

async function listen(page: Page): Promise<() => Promise<Heard[]>> {
  await page.addInitScript(() => {
    const heard: Heard[] = [];
    (window as unknown as { __heard: Heard[] }).__heard = heard;
    const speak = speechSynthesis.speak.bind(speechSynthesis);
    // The real speak, watched: the utterance still goes to speech-dispatcher.
    Object.defineProperty(speechSynthesis, 'speak', {
      value: (utterance: SpeechSynthesisUtterance) => {
        const entry: Heard = { text: utterance.text, voice: utterance.voice?.name ?? null, started: 0, ended: 0, error: '' };
        heard.push(entry);
        utterance.addEventListener('start', () => (entry.started = performance.now()));
        utterance.addEventListener('end', () => (entry.ended = performance.now()));
        utterance.addEventListener('error', (event) => (entry.error = event.error));
        speak(utterance);
      },
    });
  });
  return () => page.evaluate(() => (window as unknown as { __heard: Heard[] }).__heard);
}

/** Han characters take espeak-ng about 0.25 s each at the app's slow rate, letters about 0.08 s. */
function plausibleSeconds(text: string): { min: number; max: number } {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const letters = text.match(/[\p{Script=Latin}\p{Script=Arabic}\d]/gu)?.length ?? 0;
  return { min: 0.12 * han + 0.03 * letters, max: 0.6 * (han + letters) + 2 };
}

const LANGUAGES = [
  // espeak-ng 1.51's plain `cmn` voice spells Han characters as English-read pinyin; the one
  // reading Latin as Pinyin reads them as Mandarin (src/modes/voices.ts).
  { lang: 'zh-Hans', voice: 'Chinese (Mandarin, latin as Pinyin) espeak-ng', script: /\p{Script=Han}/u },
  { lang: 'zh-Hant-HK', voice: 'Chinese (Cantonese) espeak-ng', script: /\p{Script=Han}/u },
  { lang: 'en', voice: 'English (America) espeak-ng', script: /^[\p{Script=Latin}\d\s\p{P}]+$/u },
  { lang: 'ug', voice: 'Uyghur espeak-ng', script: /\p{Script=Arabic}/u },
] as const;

for (const language of LANGUAGES) {
  test(`care mode in ${language.lang}: each step's guidance is spoken aloud by a ${language.lang} voice, never the person's details`, async ({ page }) => {
    // Up to 60 s for speech-dispatcher's voices on a busy machine, then about 6 s per sentence.
    test.setTimeout(150_000);
    const heard = await listen(page);
    const person = newPerson();
    // The voices arrive a few seconds after the browser asks; the app is opened once they are here.
    await page.goto('about:blank');
    await page.waitForFunction(() => speechSynthesis.getVoices().length > 1000, null, { timeout: 60_000, polling: 250 });
    await page.goto(`/?lang=${language.lang}&mode=care`);
    await expect(page.locator('#actor-self')).toBeVisible();

    const spoken: { text: string; sound: Sound; seconds: number }[] = [];
    /** Does `action` and waits for the sentence it causes to be said to the end. */
    async function hear(action: () => Promise<void>, label: string): Promise<void> {
      const before = (await heard()).length;
      const stop = await recordSound();
      await action();
      await expect
        .poll(async () => (await heard()).slice(before).some((h) => h.ended > 0 || h.error !== ''), { message: `${label}: spoken to the end`, timeout: 40_000 })
        .toBe(true);
      const sound = await stop();
      const last = (await heard()).at(-1)!;
      expect(last.error, label).toBe('');
      spoken.push({ text: last.text, sound, seconds: (last.ended - last.started) / 1000 });
    }

    await hear(async () => {
      await page.locator('#actor-self').check();
      await page.locator('ssc-entry-step button[type=submit]').click();
    }, 'identity: document');
    // Care mode asks which document first; the resident ID is already chosen.
    await hear(() => page.locator('ssc-identity-step button[type=submit]').click(), 'identity: name');
    await hear(() => page.locator('ssc-identity-step button[type=submit]').click(), 'error: no name');
    await hear(async () => {
      await page.locator('#identity-name').fill(person.name);
      await page.locator('ssc-identity-step button[type=submit]').click();
    }, 'identity: ID number');
    await hear(async () => {
      await page.locator('#identity-id-number').fill(person.idNumber);
      await page.locator('ssc-identity-step button[type=submit]').click();
    }, 'identity: mobile');

    for (const { text, sound, seconds } of spoken) {
      const { min, max } = plausibleSeconds(text);
      expect(seconds, `"${text}": time from start to end`).toBeGreaterThan(min);
      expect(seconds, `"${text}": time from start to end`).toBeLessThan(max);
      // The sound server played about as long as the browser said it spoke.
      expect(sound.span, `"${text}": sound recorded`).toBeGreaterThan(seconds * 0.75);
      expect(sound.span, `"${text}": sound recorded`).toBeLessThan(seconds + 1.5);
    }
    const all = await heard();
    expect(all.length).toBeGreaterThanOrEqual(spoken.length);
    for (const utterance of all) {
      expect(utterance.voice, utterance.text).toBe(language.voice);
      expect(utterance.text).toMatch(language.script);
      expect(utterance.text).not.toContain(person.name);
      expect(utterance.text).not.toContain(person.idNumber);
    }
    expect(new Set(spoken.map(({ text }) => text)).size, 'each step says something new').toBe(spoken.length);
  });
}
