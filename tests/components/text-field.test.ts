import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ui/ssc-text-field.js';
import type { SscTextField } from '../../src/ui/ssc-text-field.js';
import { applySettings, axeViolations, axNode, loadAppStyles, MODES } from '../helpers/kit.browser.js';

describe('ssc-text-field', () => {
  before(loadAppStyles);
  afterEach(() => applySettings({}));

  for (const mode of MODES) {
    describe(`in ${mode.name} mode`, () => {
      beforeEach(() => applySettings(mode.settings));

      it('is named by its label and described by its hint, with no axe violations', async () => {
        await fixture<SscTextField>(html`<ssc-text-field
          field-id="phone"
          name="phone"
          label="手机号码"
          hint="用于接收验证码"
          type="tel"
          autocomplete="tel-national"
          inputmode="tel"
          input-dir="ltr"
        ></ssc-text-field>`);
        const node = await axNode('#phone');
        expect(node.role).to.equal('textbox');
        expect(node.name).to.equal('手机号码');
        expect(node.description).to.equal('用于接收验证码');
        expect(node.invalid).to.equal('false');
        const input = document.querySelector<HTMLInputElement>('#phone')!;
        expect(input.autocomplete).to.equal('tel-national');
        expect(input.inputMode).to.equal('tel');
        expect(input.dir).to.equal('ltr');
        expect(await axeViolations()).to.deep.equal([]);
      });

      it('on a one-question page its label is the page\'s h1: the heading reads the question, the box is named by it once', async () => {
        await fixture(html`<ssc-text-field label-is-heading field-id="card" name="card" label="社保卡卡号" hint="印在卡的正面"></ssc-text-field>`);
        const headings = document.querySelectorAll('h1');
        expect(headings.length).to.equal(1);
        expect(headings[0]!.textContent?.trim()).to.equal('社保卡卡号');
        expect(headings[0]!.querySelector('label')?.htmlFor).to.equal('card');
        expect((await axNode('h1')).role).to.equal('heading');
        const node = await axNode('#card');
        expect(node.name).to.equal('社保卡卡号');
        expect(node.description).to.equal('印在卡的正面');
        expect(await axeViolations()).to.deep.equal([]);
      });

      it('exposes the error as invalid and in the description, prefixed "Error" for screen readers', async () => {
        await fixture(html`<ssc-text-field
          field-id="name"
          name="name"
          label="姓名"
          hint="与身份证上一致"
          error="请输入姓名"
        ></ssc-text-field>`);
        const node = await axNode('#name');
        expect(node.invalid).to.equal('true');
        expect(node.description).to.match(/^与身份证上一致 错误：\s?请输入姓名$/);
        expect(await axeViolations()).to.deep.equal([]);
      });

      it('is at least 44 CSS px tall and fits a 320 px screen', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<SscTextField>(html`<ssc-text-field field-id="id" name="id" label="证件号码" hint="18 位，最后一位可能是 X"></ssc-text-field>`);
        const input = el.inputElement!;
        expect(input.getBoundingClientRect().height).to.be.at.least(44);
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        if (mode.settings.care) {
          expect(parseFloat(getComputedStyle(input).fontSize)).to.be.at.least(30);
          expect(parseFloat(getComputedStyle(el.querySelector('.ssc-hint')!).fontSize)).to.be.at.least(30);
        }
        await setViewport({ width: 800, height: 600 });
      });
    });
  }

  it('keeps what was typed across a language change and an error appearing', async () => {
    const el = await fixture<SscTextField>(html`<ssc-text-field field-id="name" name="name" label="姓名"></ssc-text-field>`);
    el.inputElement!.focus();
    await sendKeys({ type: '张三' });
    expect(el.value).to.equal('张三');
    await applySettings({ locale: 'en' });
    el.error = 'Enter your name';
    await el.updateComplete;
    expect(el.inputElement!.value).to.equal('张三');
    expect(document.activeElement).to.equal(el.inputElement);
  });

  it('focuses the input when its label is clicked', async () => {
    const el = await fixture<SscTextField>(html`<ssc-text-field field-id="n" name="n" label="姓名"></ssc-text-field>`);
    el.querySelector('label')!.click();
    expect(document.activeElement).to.equal(el.inputElement);
  });
});
