// A replacement card's words, shared by its order form and the lost-card page: the fee, the
// address as a line, and the stages on its way to the holder.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { Region, Replacement, ReplacementQuote, ReplacementStage } from '../../api/contract.js';
import { formatFen } from '../../domain/money.js';
import { dateTimeFormat, formatLocales, getLocale } from '../../modes/locale.js';
import { regionName } from './region-names.js';

/** What the new card costs, and how it is paid, as one sentence. */
export function feeSentence(fee: Pick<ReplacementQuote, 'feeFen' | 'waivedBecause'>): string {
  if (fee.feeFen === 0) return msg('这是您一年内第一次补卡，补办和邮寄都免费。');
  return msg(str`一年内再次补卡要收费 ${formatFen(fee.feeFen, formatLocales())}，新卡送到时付给快递员。`);
}

/**
 * The address line as a courier label reads in the reader's language: Chinese from the province
 * down with no separators (a municipality's city, the same name, once); otherwise from the
 * district up, separated by commas.
 */
export function addressLine(regions: readonly Region[]): string {
  const names = regions.map(regionName).filter((name, index, all) => index === 0 || name !== all[index - 1]);
  const locale = getLocale();
  if (locale.startsWith('zh')) return names.join('');
  return [...names].reverse().join(locale === 'ug' ? '، ' : ', ');
}

function stageName(stage: ReplacementStage): string {
  switch (stage) {
    case 'accepted':
      return msg('已受理');
    case 'made':
      return msg('新卡已制作');
    case 'posted':
      return msg('已寄出');
    case 'arrived':
      return msg('已送到');
  }
}

const day = (iso: string): string => dateTimeFormat({ dateStyle: 'long' }).format(new Date(iso));

/**
 * The stages in order, each with its date: done ones with when they happened, the rest with when
 * they are expected; the current one marked for screen readers as the current step.
 */
export function renderStages(replacement: Replacement) {
  return html`<ol class="ssc-task-list">
    ${replacement.stages.map(
      (stage) =>
        html`<li class="ssc-task-list__item" aria-current=${stage.stage === replacement.stage ? 'step' : 'false'}>
          <span>${stageName(stage.stage)}</span>
          <span>${stage.expected ? msg(str`预计 ${day(stage.at)}`) : day(stage.at)}</span>
        </li>`,
    )}
  </ol>`;
}
