import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ui/ssc-choice-group.js';
import type { SscChoiceGroup } from '../../src/ui/ssc-choice-group.js';
import { applySettings, axeViolations, axNode, loadAppStyles, MODES } from '../helpers/kit.browser.js';

const radios = html`<ssc-choice-group
  type="radio"
  name="who"
  legend="您要为谁绑定社保卡？"
  hint="以后可以更改"
  .options=${[
    { value: 'self', label: '我自己的社保卡' },
    { value: 'relative', label: '家人的社保卡', hint: '家人需要在自己的手机上确认' },
  ]}
></ssc-choice-group>`;

describe('ssc-choice-group', () => {
  before(loadAppStyles);
  afterEach(() => applySettings({}));

  for (const mode of MODES) {
    describe(`in ${mode.name} mode`, () => {
      beforeEach(() => applySettings(mode.settings));

      it('is a named group of real radios with their hints, with no axe violations', async () => {
        await fixture(radios);
        const group = await axNode('fieldset');
        expect(group.role).to.equal('group');
        expect(group.name).to.equal('您要为谁绑定社保卡？');
        expect(group.description).to.equal('以后可以更改');
        const relative = await axNode('#who-relative');
        expect(relative.role).to.equal('radio');
        expect(relative.name).to.equal('家人的社保卡');
        expect(relative.description).to.equal('家人需要在自己的手机上确认');
        expect(await axeViolations()).to.deep.equal([]);
      });

      it('gives every option a target of at least 44×44 CSS px and reflows at 320 px', async () => {
        await setViewport({ width: 320, height: 640 });
        await fixture(radios);
        for (const label of document.querySelectorAll('.ssc-choice__label')) {
          const box = label.getBoundingClientRect();
          expect(box.height, label.textContent ?? '').to.be.at.least(44);
          expect(box.width).to.be.at.least(44);
        }
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        await setViewport({ width: 800, height: 600 });
      });
    });
  }

  it('is operated by keyboard: Tab into the group, arrows choose, and the choice is reported', async () => {
    const el = await fixture<SscChoiceGroup>(radios);
    document.querySelector<HTMLInputElement>('#who-self')!.focus();
    await sendKeys({ press: 'Space' });
    expect(el.selected).to.deep.equal(['self']);
    const changed = oneEvent(el, 'ssc-change');
    await sendKeys({ press: 'ArrowDown' });
    const event = (await changed) as CustomEvent<{ selected: string[] }>;
    expect(event.detail.selected).to.deep.equal(['relative']);
    expect((await axNode('#who-relative')).checked).to.equal('true');
    expect(document.activeElement?.id).to.equal('who-relative');
  });

  it('shows an error in the group description and keeps the choice across a language change', async () => {
    const el = await fixture<SscChoiceGroup>(radios);
    document.querySelector<HTMLInputElement>('#who-relative')!.click();
    el.error = '请选择为谁绑定社保卡';
    await applySettings({ locale: 'ug' });
    await el.updateComplete;
    expect((await axNode('fieldset')).description).to.match(/^以后可以更改 خاتالىق:\s?请选择为谁绑定社保卡$/);
    expect(document.querySelector<HTMLInputElement>('#who-relative')!.checked).to.equal(true);
  });

  it('toggles checkboxes independently with Space', async () => {
    const el = await fixture<SscChoiceGroup>(html`<ssc-choice-group
      type="checkbox"
      name="services"
      legend="开通哪些服务？"
      .options=${[
        { value: 'pay', label: '医保支付' },
        { value: 'query', label: '账户查询' },
      ]}
    ></ssc-choice-group>`);
    document.querySelector<HTMLInputElement>('#services-pay')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(el.selected).to.have.members(['pay', 'query']);
    await sendKeys({ press: 'Space' });
    expect(el.selected).to.deep.equal(['pay']);
    expect((await axNode('#services-query')).role).to.equal('checkbox');
  });

  it('marks each language option with its own lang and direction', async () => {
    await fixture(html`<ssc-choice-group
      name="lang"
      legend="语言"
      .options=${[
        { value: 'en', label: 'English', lang: 'en', dir: 'ltr' },
        { value: 'ug', label: 'ئۇيغۇرچە', lang: 'ug', dir: 'rtl' },
      ]}
    ></ssc-choice-group>`);
    const label = document.querySelector('label[for="lang-ug"]')!;
    expect(label.getAttribute('lang')).to.equal('ug');
    expect(label.getAttribute('dir')).to.equal('rtl');
    expect((await axNode('#lang-ug')).name).to.equal('ئۇيغۇرچە');
  });
});
