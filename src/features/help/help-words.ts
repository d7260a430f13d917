// The help pages' shared words: a visit's day and hour, what to bring, a counter as the register
// names it (in Chinese, marked so, as a courier or a sign would show it), a call-back window.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { CallbackWindow, Counter, ToBring } from '../../api/contract.js';
import { documentName } from '../binding/identity-words.js';
import { dateTimeFormat, getLocale } from '../../modes/locale.js';

/** A day the service gave (Beijing time) as the reader writes a date. */
export function visitDay(date: string): string {
  return dateTimeFormat({ dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(`${date}T12:00:00+08:00`));
}

/** 09:00–10:00, held left to right on one line in every language (Beijing time). */
export function hours(from: string, to: string) {
  return html`<span dir="ltr" class="ssc-nowrap">${from}–${to}</span>`;
}

/** The same, as text (a summary row, an announcement). */
export function hoursText(from: string, to: string): string {
  return `${from}–${to}`;
}

export function windowText(window: CallbackWindow): string {
  return `${visitDay(window.date)} ${hoursText(window.from, window.to)}`;
}

export function toBringName(item: ToBring): string {
  return item === 'ssc_card' ? msg('社保卡（如果还在您手上）') : msg(str`${documentName(item)}原件`);
}

/** The counter's name and address are the register's, in Chinese; marked so for other languages. */
export function counterText(text: string) {
  return getLocale() === 'zh-Hans' ? text : html`<span lang="zh-Hans">${text}</span>`;
}

export function counterHint(counter: Counter): string {
  const open = msg(str`周一至周五 ${hoursText(counter.opens, counter.closes)}`);
  return [counter.address, open, counter.stepFree ? msg('无台阶，有低位服务台') : msg('入口有台阶')].join(' · ');
}
