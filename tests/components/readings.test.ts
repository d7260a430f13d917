// What a screen reader hears, read the way a person reads the page (the virtual cursor walking it
// with next()): each question and hint once, and a masked number as the digits it shows, never
// as a number it is not ("139****5678" must not sound like 139 5678). In all four languages.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { announcedText, installAnnouncer, resetAnnouncer } from '../../src/modes/announcer.js';
import { cue } from '../../src/modes/cues.js';
import { initSettings, updateSettings } from '../../src/modes/settings.js';
import type { Locale } from '../../src/modes/locale.js';
import { openSession } from '../../src/api/client.js';
import { resetFlow } from '../../src/flow/store.js';
import { summaryList } from '../../src/ui/summary-list.js';
import '../../src/app/ssc-app.js';
import { loadAppStyles } from '../helpers/kit.browser.js';

const LOCALES: Locale[] = ['zh-Hans', 'en', 'zh-Hant-HK', 'ug'];

/** How each language says which digits are left of a masked number. */
const ENDING: Record<Locale, (tail: string) => string> = {
  'zh-Hans': (tail) => `尾号 ${tail}`,
  en: (tail) => `number ending ${tail}`,
  'zh-Hant-HK': (tail) => `尾數 ${tail}`,
  ug: (tail) => `ئاخىرى ${tail} بولغان نومۇر`,
};

function reply(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

async function fakeService(input: RequestInfo | URL): Promise<Response> {
  const path = new URL(String(input), location.href).pathname;
  if (path === '/api/session') {
    return reply(200, {
      csrfToken: 't',
      sandbox: false,
      expiresAt: new Date(Date.now() + 1_800_000).toISOString(),
      idleTimeoutSeconds: 1800,
      progress: { identity: null, identityVerifiedBy: null, card: null, bankVerified: false, agreement: null, binding: null, frozen: null },
    });
  }
  return reply(404, { code: 'not_found' });
}

function heading(): string {
  return document.querySelector('main h1')?.textContent?.trim() ?? '';
}

/** Everything the virtual cursor says from the top of `container` to its end (or the end of main). */
async function walk(container: Node = document.body): Promise<string[]> {
  await virtual.start({ container });
  for (let i = 0; i < 400; i += 1) {
    await virtual.next();
    const last = await virtual.lastSpokenPhrase();
    if (last === 'end of main' || last === 'end of document') break;
  }
  const log = await virtual.spokenPhraseLog();
  await virtual.stop();
  return log;
}

/** The phrases that read `text` (a group's or field's name, a description, or the text itself); leaving a group is not a reading. */
function readings(log: readonly string[], text: string): string[] {
  // Compared without spaces: the virtual screen reader drops a space at the edge of an element
  // (Chinese phrases are each a span: "18 位" is read "18位"); Chromium keeps it (phrases.test.ts).
  const squash = (words: string) => words.replace(/\s+/g, '');
  return log.filter((phrase) => !phrase.startsWith('end of') && squash(phrase).includes(squash(text)));
}

function expectEachOnce(log: readonly string[], texts: readonly string[], where: string): void {
  expect(texts.length, `questions and hints found on ${where}`).to.be.greaterThan(0);
  for (const text of texts) expect(readings(log, text), `"${text}" on ${where}`).to.have.length(1);
}

/** The questions (legends) and hints of the screen now showing, as the page shows them. */
function questionsAndHints(): string[] {
  return [...document.querySelectorAll('main legend, main .ssc-hint')].map((el) => el.textContent!.trim()).filter(Boolean);
}

describe('each question and hint is read once', () => {
  before(async () => {
    await loadAppStyles();
    window.fetch = fakeService as typeof fetch;
    installAnnouncer();
    await initSettings();
    await openSession();
  });

  afterEach(() => document.querySelector('ssc-app')?.remove());

  for (const locale of LOCALES) {
    it(`${locale}: the first screen and the family-member screen`, async () => {
      await updateSettings({ locale, screenReader: true, care: false, voice: false });
      resetFlow();
      history.replaceState(null, '', '/');
      document.body.prepend(document.createElement('ssc-app'));
      await waitUntil(() => document.querySelector('main legend') !== null, 'first screen', { timeout: 5000 });
      // The phrase models (Chinese) arrive after the first paint and re-render the texts.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const first = heading();
      expectEachOnce(await walk(), questionsAndHints(), `${locale} first screen`);

      const relative = document.querySelector<HTMLInputElement>('#actor-relative')!;
      relative.click();
      document.querySelector<HTMLElement>('ssc-entry-step button[type=submit]')!.click();
      await waitUntil(() => heading() !== first && document.querySelector('main legend') !== null, 'family-member screen', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expectEachOnce(await walk(), questionsAndHints(), `${locale} family-member screen`);
    });
  }
});

describe('masked numbers are read as the digits they show', () => {
  const spoken: string[] = [];
  const realSpeak = speechSynthesis.speak.bind(speechSynthesis);
  const realVoices = speechSynthesis.getVoices.bind(speechSynthesis);

  before(async () => {
    await loadAppStyles();
    installAnnouncer();
    await initSettings();
    Object.defineProperty(speechSynthesis, 'getVoices', { configurable: true, value: () => [] });
    Object.defineProperty(speechSynthesis, 'speak', { configurable: true, value: (u: SpeechSynthesisUtterance) => spoken.push(u.text) });
  });
  after(() => {
    Object.defineProperty(speechSynthesis, 'getVoices', { configurable: true, value: realVoices });
    Object.defineProperty(speechSynthesis, 'speak', { configurable: true, value: realSpeak });
  });

  const values = [
    { shown: '139****5678', tail: '5678' },
    { shown: 'A9****678', tail: '678' },
    { shown: '**** 0005', tail: '0005' },
    { shown: '110105********002X', tail: '002X' },
    { shown: '+44 ••••••3456', tail: '3456' },
  ];

  for (const locale of LOCALES) {
    it(`${locale}: on the page, in the live region and in voice guidance`, async () => {
      await updateSettings({ locale, screenReader: false, care: true, voice: true });
      const el = await fixture(html`<main>${summaryList(values.map((value, i) => ({ term: `term ${i}`, value: value.shown, dir: 'ltr' as const })))}</main>`);
      const log = await walk(el);
      const heard = log.join(' | ');
      for (const value of values) {
        // Sighted people still see the masked form.
        expect(el.textContent, value.shown).to.include(value.shown);
        expect(heard, `${locale} hears ${value.shown}`).to.include(ENDING[locale](value.tail));
        expect(heard, `${locale} never hears ${value.shown} as it is`).not.to.include(value.shown);
      }

      resetAnnouncer();
      spoken.length = 0;
      cue('success', `→ 139****5678 ←`);
      await waitUntil(() => announcedText('polite') !== '', 'announced', { timeout: 2000 });
      expect(announcedText('polite')).to.equal(`→ ${ENDING[locale]('5678')} ←`);
      expect(spoken).to.deep.equal([`→ ${ENDING[locale]('5678')} ←`]);
    });
  }
});
