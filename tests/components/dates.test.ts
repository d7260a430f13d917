// Dates in a Uyghur page are written in Uyghur (issue 18, text in other languages): Chromium has no
// Uyghur date data, and Intl alone wrote them in Chinese ("2026年3月7日"). The expected strings are
// what an engine with full ICU (Node's) writes for 'ug' with the same options.
import { expect } from '@open-wc/testing';
import { dateTimeFormat } from '../../src/modes/locale.js';

const MORNING = new Date('2026-03-07T09:05:00Z');
const HAN = /\p{Script=Han}/u;
const unjoined = (text: string) => text.replaceAll('\u2060', '').replaceAll('\u00a0', ' ');

describe('dates in the UI language', () => {
  it('this engine has no Uyghur date data (what the app works around)', () => {
    expect(new Intl.DateTimeFormat(['ug', 'zh-Hans'], { dateStyle: 'long', timeZone: 'UTC' }).format(MORNING)).to.match(HAN);
  });

  it('writes each kind of date the app shows in Uyghur, as CLDR does', () => {
    // Compared as CLDR writes them; the app's own joiners (below) are taken out first.
    const ug = (options: Intl.DateTimeFormatOptions) => unjoined(dateTimeFormat({ ...options, timeZone: 'UTC' }, 'ug').format(MORNING));
    expect(ug({ dateStyle: 'long' })).to.equal('7-مارت، 2026');
    expect(ug({ year: 'numeric', month: 'long' })).to.equal('2026 مارت');
    expect(ug({ month: 'short', day: 'numeric' })).to.equal('7-مارت');
    // A month on its own: the pension estimate's birth month, a row of the contributions table (was empty).
    expect(ug({ month: 'long' })).to.equal('مارت');
    expect(ug({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })).to.equal('09:05');
    expect(ug({ dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' })).to.equal('7-مارت، 2026، 09:05');
    expect(ug({ dateStyle: 'long', timeStyle: 'short' })).to.equal('7-مارت، 2026 09:05');
  });

  it('names every month in Uyghur, in its own time zone', () => {
    const months = Array.from({ length: 12 }, (_, index) => unjoined(dateTimeFormat({ year: 'numeric', month: 'long', timeZone: 'UTC' }, 'ug').format(Date.UTC(2026, index, 1))));
    expect(months[0]).to.equal('2026 يانۋار');
    expect(months[11]).to.equal('2026 دېكابىر');
    expect(new Set(months).size).to.equal(12);
    for (const month of months) expect(month).not.to.match(HAN);
    // 23:30 UTC on the last of the month is the next month in Shanghai.
    expect(unjoined(dateTimeFormat({ dateStyle: 'long', timeZone: 'Asia/Shanghai' }, 'ug').format(new Date('2026-03-31T23:30:00Z')))).to.equal('1-ئاپرېل، 2026');
  });

  it('holds a Uyghur date on one line: no break after its hyphen or between month and year', () => {
    const date = dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' }, 'ug').format(MORNING);
    expect(date).to.equal('7-\u2060مارت،\u00a02026');
    const box = document.createElement('p');
    box.lang = 'ug';
    box.dir = 'rtl';
    box.style.cssText = 'inline-size: 1px; font-size: 16px; line-height: 20px; margin: 0';
    box.textContent = date;
    document.body.append(box);
    try {
      expect(box.getBoundingClientRect().height).to.equal(20);
    } finally {
      box.remove();
    }
  });

  it('leaves the other languages to Intl', () => {
    expect(dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' }, 'zh-Hans').format(MORNING)).to.equal('2026年3月7日');
    expect(dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' }, 'en').format(MORNING)).to.equal('March 7, 2026');
  });
});
