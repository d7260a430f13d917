import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ui/ssc-select-field.js';
import '../../src/ui/ssc-date-field.js';
import '../../src/ui/ssc-text-field.js';
import type { SscDateField } from '../../src/ui/ssc-date-field.js';
import type { SscSelectField } from '../../src/ui/ssc-select-field.js';
import type { SscTextField } from '../../src/ui/ssc-text-field.js';
import { setLocale } from '../../src/modes/locale.js';
import { applySettings, axeViolations, axNode, loadAppStyles, MODES } from '../helpers/kit.browser.js';

describe('ssc-select-field, ssc-date-field and the MRZ text area', () => {
  before(loadAppStyles);
  afterEach(async () => {
    await applySettings({});
    await setLocale('zh-Hans');
  });

  it('keeps the chosen option when its list is filled in, sorted again or renamed, firing no event', async () => {
    const events: string[] = [];
    const el = await fixture<SscSelectField>(html`<ssc-select-field
      field-id="country"
      name="country"
      label="国家或地区"
      .options=${[
        { value: 'CN', label: '中国 +86' },
        { value: 'HK', label: '中国香港 +852' },
      ]}
      value="HK"
    ></ssc-select-field>`);
    const select = el.querySelector('select')!;
    for (const type of ['change', 'input', 'focus']) select.addEventListener(type, () => events.push(type));
    const chosen = select.selectedOptions[0]!;
    expect(chosen.value).to.equal('HK');
    el.options = [
      { value: 'CN', label: 'China +86' },
      { value: 'AD', label: 'Andorra +376' },
      { value: 'FR', label: 'France +33' },
      { value: 'HK', label: 'Hong Kong +852' },
    ];
    await el.updateComplete;
    // The very same option stays chosen: a screen reader sees no change of selection.
    expect(select.selectedOptions[0]).to.equal(chosen);
    expect(select.value).to.equal('HK');
    expect(events).to.deep.equal([]);
  });

  for (const mode of MODES) {
    describe(`in ${mode.name} mode`, () => {
      beforeEach(() => applySettings(mode.settings));

      it('a select is named by its label, described by hint and error, and nothing is chosen for the person', async () => {
        const el = await fixture<SscSelectField>(html`<ssc-select-field
          field-id="nationality"
          name="nationality"
          label="国籍"
          hint="与护照上的一致"
          placeholder="请选择"
          error="请选择国籍"
          .options=${[
            { value: 'FRA', label: '法国' },
            { value: 'GBR', label: '英国' },
          ]}
        ></ssc-select-field>`);
        const node = await axNode('#nationality');
        expect(node.role).to.equal('combobox');
        expect(node.name).to.equal('国籍');
        expect(node.description).to.match(/^与护照上的一致 错误：\s?请选择国籍$/);
        expect(node.invalid).to.equal('true');
        const select = el.querySelector('select')!;
        expect(select.value).to.equal('');
        select.focus();
        await sendKeys({ press: 'ArrowDown' });
        select.dispatchEvent(new Event('change', { bubbles: true }));
        expect(el.value).to.equal(select.value);
        expect(await axeViolations()).to.deep.equal([]);
      });

      it('a date is a group named by its legend, with each part labelled, in the reader\'s order', async () => {
        await setViewport({ width: 320, height: 640 });
        const el = await fixture<SscDateField>(html`<ssc-date-field
          field-id="birth"
          name="birthDate"
          legend="出生日期"
          hint="与护照上的一致"
          birthday
          value="1985-3-"
          error="出生日期不是真实的日期，请输入年、月、日"
        ></ssc-date-field>`);
        const group = await axNode('ssc-date-field fieldset');
        expect(group.role).to.equal('group');
        expect(group.name).to.equal('出生日期');
        expect(group.description).to.contain('与护照上的一致');
        expect(group.description).to.contain('出生日期不是真实的日期');
        const labels = [...el.querySelectorAll('label')].map((label) => label.textContent?.trim());
        expect(labels).to.deep.equal(['年', '月', '日']);
        // The first part carries the field's id, so the error summary's link lands on it.
        expect((await axNode('#birth')).name).to.equal('年');
        expect(el.querySelector<HTMLInputElement>('#birth')!.autocomplete).to.equal('bday-year');
        expect(el.querySelector<HTMLInputElement>('#birth-month')!.value).to.equal('3');
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const input of el.querySelectorAll('input')) expect(input.getBoundingClientRect().height).to.be.at.least(44);
        expect(await axeViolations()).to.deep.equal([]);

        const typed: string[] = [];
        el.addEventListener('ssc-date-input', (event) => typed.push((event as CustomEvent<{ value: string }>).detail.value));
        el.querySelector<HTMLInputElement>('#birth-day')!.focus();
        await sendKeys({ type: '7' });
        expect(typed.at(-1)).to.equal('1985-3-7');
      });

      it('the MRZ text area keeps its two lines and is named and described like any field', async () => {
        const el = await fixture<SscTextField>(html`<ssc-text-field
          field-id="mrz"
          name="mrz"
          rows="3"
          label="护照照片页底部的两行字符"
          hint="每行 44 个字符"
          input-dir="ltr"
        ></ssc-text-field>`);
        const node = await axNode('#mrz');
        expect(node.role).to.equal('textbox');
        expect(node.name).to.equal('护照照片页底部的两行字符');
        el.inputElement!.focus();
        await sendKeys({ type: 'P<GBR' });
        await sendKeys({ press: 'Enter' });
        await sendKeys({ type: '123' });
        expect(el.value).to.equal('P<GBR\n123');
        el.error = '请输入完整的两行';
        await el.updateComplete;
        expect(el.inputElement!.value).to.equal('P<GBR\n123');
        expect(await axeViolations()).to.deep.equal([]);
      });
    });
  }

  it('asks day first in English', async () => {
    await setLocale('en');
    const el = await fixture<SscDateField>(html`<ssc-date-field field-id="expiry" name="expiryDate" legend="Expiry"></ssc-date-field>`);
    expect([...el.querySelectorAll('label')].map((label) => label.textContent?.trim())).to.deep.equal(['Day', 'Month', 'Year']);
    expect(el.querySelector<HTMLInputElement>('#expiry')!.autocomplete).to.equal('off');
  });
});
