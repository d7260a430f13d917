import { html } from 'lit';
import { msg } from '@lit/localize';
import { cue } from '../modes/cues.js';
import { getLocale } from '../modes/locale.js';

/**
 * A reference a person reads out to the 12333 hotline (a binding, an application, a review):
 * shown in groups of four letters or digits that never break inside a group (a line may end only
 * between groups), read by a screen reader one character at a time with a pause between groups,
 * and copied as one string, exactly as the service gave it. The groups are drawn by CSS, so the
 * text on the page is the reference itself (searching, selecting and copying by hand find it).
 */

/** BD20261124AB12CD → BD20 2611 24AB 12CD; a separator stays in the group it falls in (25-8B). */
export function referenceGroups(reference: string): string[] {
  const groups: string[] = [];
  let group = '';
  let counted = 0;
  for (const character of reference) {
    if (counted === 4 && /[0-9A-Za-z]/.test(character)) {
      groups.push(group);
      group = '';
      counted = 0;
    }
    group += character;
    if (/[0-9A-Za-z]/.test(character)) counted += 1;
  }
  if (group) groups.push(group);
  return groups;
}

/** The reference as it is said: "B D 2 0, 2 6 1 1, 2 4 A B, 1 2 C D". */
export function readReference(reference: string): string {
  const locale = getLocale();
  const pause = locale === 'ug' ? '، ' : locale.startsWith('zh') ? '，' : ', ';
  return referenceGroups(reference)
    .map((group) => [...group].join(' '))
    .join(pause);
}

async function copy(reference: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(reference);
    cue('success', msg('已复制'));
  } catch {
    cue('error', msg('没能复制。请把编号抄下来。'));
  }
}

/** The reference in groups, read in groups, with a button that copies it. */
export function referenceNumber(reference: string) {
  return html`<div class="ssc-reference-block">
    <p class="ssc-reference-line">
      <span class="ssc-reference" dir="ltr" aria-hidden="true"
        >${referenceGroups(reference).map((group, index) => html`${index > 0 ? html`<wbr />` : ''}<span class="ssc-reference__group">${group}</span>`)}</span
      ><span class="ssc-visually-hidden">${readReference(reference)}</span>
    </p>
    <button type="button" class="ssc-button ssc-button--secondary ssc-reference-copy" @click=${() => copy(reference)}>${msg('复制')}</button>
  </div>`;
}
