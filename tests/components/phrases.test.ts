// Where Chinese text may end a line (issue 18): between budoux's phrases, never inside a word of
// this service that the model itself splits (姓 / 名 in the name label, 接 / 收 and 号 / 码 in the
// phone's hint were seen split).
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { breakOffsets, phrases } from '../../src/ui/phrases.js';
import { axNode } from '../helpers/kit.browser.js';
import { segment as simplified } from '../../src/ui/phrase-models/zh-hans.js';
import { segment as traditional } from '../../src/ui/phrase-models/zh-hant.js';

/** The text with a | wherever a line may end. */
function breaks(text: string, segment: (text: string) => string[]): string {
  const offsets = breakOffsets(text, segment(text));
  return [...text].map((char, index) => (offsets.has(index) ? `|${char}` : char)).join('');
}

describe('phrases keep words whole', () => {
  it('the model alone splits these words (what the word list is for)', () => {
    expect(simplified('姓名')).to.deep.equal(['姓', '名']);
    expect(simplified('用于接收验证码').join('|')).to.contain('接|收');
  });

  it('never breaks inside 姓名, 接收, 号码 or 收到, in either script', () => {
    for (const [text, segment] of [
      ['姓名', simplified],
      ['用于接收验证码，最好是在银行预留的号码', simplified],
      ['没有收到验证码？', simplified],
      ['用嚟接收驗證碼，最好係銀行登記咗嘅號碼', traditional],
    ] as const) {
      const marked = breaks(text, segment);
      for (const word of ['姓名', '接收', '号码', '號碼', '收到', '验证码', '驗證碼']) {
        if (text.includes(word)) expect(marked, `${word} in ${text}`).to.contain(word);
      }
    }
  });

  it('still lets a line end between phrases', () => {
    expect(breaks('用于接收验证码，最好是在银行预留的号码', simplified)).to.match(/\|/);
  });
});

describe('phrases on the page', () => {
  it('keeps each phrase on one line, and the button named by its words alone (no space at a phrase)', async () => {
    const text = '您要为谁绑定社保卡？';
    const box = await fixture<HTMLDivElement>(html`<div lang="zh-Hans" style="inline-size: 5em"><button id="phrased">${phrases(text)}</button></div>`);
    await waitUntil(() => box.querySelectorAll('.ssc-nowrap').length > 1, 'the phrase model arrives and the text is re-rendered', { timeout: 5000 });
    expect(box.textContent!.trim()).to.equal(text);
    expect((await axNode('#phrased')).name).to.equal(text);
  });
});

describe('a line may end after a space in every engine', () => {
  it('spaces are never inside a nowrap phrase (Firefox does not end a line after one there)', async () => {
    const text = '社保卡金融账户（银行）的 6 位数支付密码';
    const box = await fixture<HTMLParagraphElement>(html`<p lang="zh-Hans">${phrases(text)}</p>`);
    await waitUntil(() => box.querySelectorAll('.ssc-nowrap').length > 1, 'the phrase model arrives and the text is re-rendered', { timeout: 5000 });
    expect(box.textContent!.trim()).to.equal(text);
    const spaced = [...box.querySelectorAll('.ssc-nowrap')].map((span) => span.textContent!).filter((phrase) => /^\s|\s$/.test(phrase));
    expect(spaced).to.deep.equal([]);
  });
});
