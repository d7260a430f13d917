import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * A masked number (138****0001, A9****678, **** 0005, 110105********002X, A1•••••67,
 * +44 ••••••3456) sounds like a real one: a screen reader or voice reads "138****0001" as
 * "138 0001". So the app never lets one be read as it is shown: people who see the page see the
 * masked form, and everyone else hears which digits are left ("number ending 0001").
 *
 * - `masked(text)` renders a value or sentence with each masked number in it shown as it is (hidden
 *   from assistive technology) and read as its ending (visually hidden text);
 * - `readMasked(text)` is the same text as it is said (announcements and voice guidance use it).
 */
const MASKED = /(?:\+\d{1,4} )?[0-9A-Za-z]*[*•]{3,} ?([0-9A-Za-z]+)/g;

/** "number ending 5678": the digits a masked number still shows, said as such. */
export function maskedEnding(tail: string): string {
  return msg(str`尾号 ${tail}`);
}

/** `text` with every masked number in it said as its ending. */
export function readMasked(text: string): string {
  return text.replace(MASKED, (_shown, tail: string) => maskedEnding(tail));
}

/** `text` as it is shown, with every masked number in it read as its ending. */
export function masked(text: string): string | (string | TemplateResult)[] {
  const pieces: (string | TemplateResult)[] = [];
  let from = 0;
  for (const match of text.matchAll(MASKED)) {
    if (match.index > from) pieces.push(text.slice(from, match.index));
    pieces.push(
      html`<span class="ssc-masked"><span aria-hidden="true" dir="ltr">${match[0]}</span><span class="ssc-visually-hidden"
          >${maskedEnding(match[1]!)}</span
        ></span>`,
    );
    from = match.index + match[0].length;
  }
  if (pieces.length === 0) return text;
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}
