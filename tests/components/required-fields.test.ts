// Every question that needs an answer says so to a screen reader ("required"), for each kind of
// control; forms have novalidate, so this brings no browser bubble. Questions that may be left
// empty say nothing.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/ssc-text-field.js';
import '../../src/ui/ssc-select-field.js';
import '../../src/ui/ssc-date-field.js';
import { applySettings, axeViolations, axNode, loadAppStyles } from '../helpers/kit.browser.js';

describe('required questions', () => {
  before(loadAppStyles);
  beforeEach(() => applySettings({}));

  it('a required text field, text area, select and date are each said to be required', async () => {
    await fixture(html`<form novalidate>
      <ssc-text-field required field-id="name" name="name" label="姓名"></ssc-text-field>
      <ssc-text-field required field-id="mrz" name="mrz" rows="3" label="护照底部两行"></ssc-text-field>
      <ssc-select-field required field-id="country" name="country" label="国家或地区" placeholder="请选择" .options=${[{ value: 'CN', label: '中国' }]}></ssc-select-field>
      <ssc-date-field required field-id="birth" name="birthDate" legend="出生日期"></ssc-date-field>
    </form>`);
    for (const selector of ['#name', '#mrz', ...[...document.querySelectorAll('ssc-date-field input')].map((input) => `#${input.id}`)]) {
      expect((await axNode(selector)).required, selector).to.equal(true);
    }
    expect(document.querySelectorAll('ssc-date-field input').length).to.equal(3);
    // Chromium's tree gives no "required" for a select (native or ARIA); the attribute is what
    // reaches the platform's accessibility API, and it must not make the select invalid.
    expect(document.getElementById('country')!.getAttribute('aria-required')).to.equal('true');
    expect((await axNode('#country')).invalid).to.equal('false');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('a question that may be left empty says nothing of it', async () => {
    await fixture(html`<form novalidate>
      <ssc-text-field field-id="given" name="givenNames" label="名"></ssc-text-field>
    </form>`);
    for (const selector of ['#given']) expect((await axNode(selector)).required, selector).to.equal(false);
  });
});
