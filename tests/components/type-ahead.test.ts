import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/ssc-select-field.js';
import type { SscSelectField } from '../../src/ui/ssc-select-field.js';
import { typeAheadIndex } from '../../src/ui/type-ahead.js';

const COUNTRIES = ['China +86', 'Uganda +256', 'Ukraine +380', 'United Arab Emirates +971', 'United Kingdom +44', 'United States +1'];

describe('type-ahead in a country list', () => {
  it('takes a name with spaces as one search (WebKit stops at the space)', () => {
    expect(COUNTRIES[typeAheadIndex(COUNTRIES, 'United K', 0)]).to.equal('United Kingdom +44');
    expect(COUNTRIES[typeAheadIndex(COUNTRIES, 'united a', 0)]).to.equal('United Arab Emirates +971');
    expect(COUNTRIES[typeAheadIndex(COUNTRIES, 'ＵＮＩＴＥＤ Ｓ', 0)]).to.equal('United States +1');
  });

  it('steps through the options that begin with a letter pressed again, and keeps the choice when nothing matches', () => {
    expect(COUNTRIES[typeAheadIndex(COUNTRIES, 'u', 0)]).to.equal('Uganda +256');
    expect(COUNTRIES[typeAheadIndex(COUNTRIES, 'u', 1)]).to.equal('Ukraine +380');
    expect(COUNTRIES[typeAheadIndex(COUNTRIES, 'uu', 1)]).to.equal('Ukraine +380');
    expect(COUNTRIES[typeAheadIndex(COUNTRIES, 'u', 5)]).to.equal('Uganda +256');
    expect(typeAheadIndex(COUNTRIES, 'Narnia', 2)).to.equal(-1);
  });

  it('chooses by real key presses on the select and tells the form (change)', async () => {
    const el = await fixture<SscSelectField>(html`<ssc-select-field
      field-id="phone-country"
      name="phoneCountry"
      label="Country or region of your mobile number"
      .options=${COUNTRIES.map((label, index) => ({ value: String(index), label }))}
      value="0"
    ></ssc-select-field>`);
    const select = el.querySelector('select')!;
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push(select.value));
    select.focus();
    await sendKeys({ type: 'United Kingdom' });
    expect(select.selectedOptions[0]!.text).to.equal('United Kingdom +44');
    expect(el.value).to.equal('4');
    expect(changes.at(-1)).to.equal('4');
  });
});
