import { html, nothing } from 'lit';
import { directive } from 'lit/directive.js';
import { AsyncDirective } from 'lit/async-directive.js';
import { getLocale } from '../modes/locale.js';

/**
 * Chinese has no spaces, so a browser may end a line between any two characters: at 200 % text on
 * a narrow phone "继续" becomes 继 / 续 and "验证码" 验证 / 码. `phrases(text)` renders the text as
 * its phrases (budoux), each in a .ssc-nowrap span, so a line ends only between phrases; numbers,
 * dates, amounts and references are never split across two. The text itself is unchanged (no
 * zero-width characters, no <wbr>), so names, textContent and searches stay as they were. Lit
 * keeps owning its text nodes: the directive renders new ones, never splits them.
 *
 * Other languages get the text back as it is. A language's model (about 25 KB gzip) is fetched
 * once the first screen is painted, so it never delays it; until then the text wraps as the
 * browser wraps it, and every phrases() on the page re-renders when the model arrives.
 */

type Chinese = 'zh-Hans' | 'zh-Hant-HK';
type Segment = (text: string) => string[];

const MODELS: Record<Chinese, () => Promise<{ segment: Segment }>> = {
  'zh-Hans': () => import('./phrase-models/zh-hans.js'),
  'zh-Hant-HK': () => import('./phrase-models/zh-hant.js'),
};

function isChinese(locale: string): locale is Chinese {
  return locale in MODELS;
}

/**
 * Words of this service that budoux's general model splits (社 / 保卡, 验 / 证码, 确 / 认, 姓 / 名,
 * 接 / 收, 号 / 码): no break inside them, whatever the model says. (Both scripts share 姓名, 接收
 * and 收到.)
 */
const WORDS = [
  '社保卡', '社保', '医保码', '医保', '验证码', '短信', '确认', '身份证', '手机号码', '银行卡', '账户', '密码', '分钟',
  '姓名', '接收', '号码', '收到',
  '驗證碼', '短訊', '確認', '身份證', '手機號碼', '銀行卡', '賬戶', '帳戶', '密碼', '分鐘', '醫保碼', '醫保', '號碼',
];

/**
 * Numbers, dates (2026-11-25), amounts (¥1,234.56), masked phones (138****5678) and references
 * (YD20261125-8BF29B): one unbreakable run, since CSS would still break one at "-" or "/".
 */
const UNBROKEN = /[¥$€£]?[0-9A-Za-z]*[0-9][0-9A-Za-z*.,:/\-_]*[0-9A-Za-z]|[¥$€£]?[0-9]/g;

const segmenters = new Map<Chinese, Segment>();
const loading = new Map<Chinese, Promise<void>>();
const waiting = new Set<PhrasesDirective>();
const cache = new Map<string, unknown>();

function loadModel(locale: Chinese): void {
  if (loading.has(locale)) return;
  const done = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
    .then(MODELS[locale])
    .then(({ segment }) => {
      segmenters.set(locale, segment);
      for (const waiter of [...waiting]) waiter.modelArrived();
    });
  // Offline before it was cached: the text keeps the browser's breaks, and the next render asks again.
  done.catch(() => loading.delete(locale));
  loading.set(locale, done);
}

/** Where a line may end: after these offsets into `text`. */
export function breakOffsets(text: string, phrases: readonly string[]): Set<number> {
  const offsets = new Set<number>();
  let end = 0;
  for (const phrase of phrases.slice(0, -1)) {
    end += phrase.length;
    offsets.add(end);
  }
  const keep = (pattern: RegExp | string) => {
    const regex = typeof pattern === 'string' ? new RegExp(pattern, 'g') : pattern;
    for (const match of text.matchAll(regex)) {
      for (let inside = match.index + 1; inside < match.index + match[0].length; inside += 1) offsets.delete(inside);
    }
  };
  for (const word of WORDS) keep(word);
  keep(UNBROKEN);
  return offsets;
}

/** A phrase longer than this may still break inside (it could not fit a line at 200 % text). */
const LONGEST_KEPT = 8;

function render(text: string, segment: Segment): unknown {
  const key = `${getLocale()}\u0000${text}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const cuts = [...new Set([0, ...breakOffsets(text, segment(text)), text.length])].sort((a, b) => a - b);
  // Each phrase is a nowrap span, with nothing between them: a line may end between two spans
  // (Chinese breaks between any two characters), never inside one. No <wbr>: Chromium names a
  // button or heading with a space at each one ("您要为谁 绑定 社保卡"), heard as pauses, shown in
  // braille, and a voice command saying the button's words no longer matches it.
  const pieces = cuts.slice(0, -1).map((from, index) => {
    const phrase = text.slice(from, cuts[index + 1]);
    if ([...phrase].length > LONGEST_KEPT) return unbrokenRuns(phrase);
    // Spaces stay outside the nowrap span, so a line may end after one in every engine: Firefox
    // never ends a line after a space inside a nowrap span ("嘅 6 位數" ran 3 px past a 320 px
    // screen, as " 6", " " and "位數" had no place to break between them).
    const [, before, word, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(phrase)!;
    return word ? [before, html`<span class="ssc-nowrap">${word}</span>`, after] : phrase;
  });
  const result = html`<span class="ssc-phrases">${pieces}</span>`;
  cache.set(key, result);
  return result;
}

/** A long phrase: free to break, but its numbers, dates and references still whole. */
function unbrokenRuns(text: string): unknown[] {
  const pieces: unknown[] = [];
  let end = 0;
  for (const match of text.matchAll(UNBROKEN)) {
    pieces.push(text.slice(end, match.index), html`<span class="ssc-nowrap">${match[0]}</span>`);
    end = match.index + match[0].length;
  }
  pieces.push(text.slice(end));
  return pieces;
}

class PhrasesDirective extends AsyncDirective {
  private text = '';

  render(text: string | undefined | null) {
    this.text = text ?? '';
    const locale = getLocale();
    if (!this.text || !isChinese(locale)) {
      waiting.delete(this);
      return this.text || nothing;
    }
    const segment = segmenters.get(locale);
    if (segment) {
      waiting.delete(this);
      return render(this.text, segment);
    }
    waiting.add(this);
    loadModel(locale);
    return this.text;
  }

  modelArrived(): void {
    if (this.isConnected) this.setValue(this.render(this.text));
  }

  protected override disconnected(): void {
    waiting.delete(this);
  }

  protected override reconnected(): void {
    if (isChinese(getLocale()) && !segmenters.has(getLocale() as Chinese)) waiting.add(this);
  }
}

/** The text, broken into lines only between its phrases in Chinese (see above). */
export const phrases = directive(PhrasesDirective);
