import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { applySettings, axeViolations, axNode, loadAppStyles, MODES } from '../helpers/kit.browser.js';

const buttons = html`<div class="ssc-button-group">
  <button type="button" class="ssc-button" id="primary">继续</button>
  <button type="button" class="ssc-button ssc-button--secondary" id="secondary">返回</button>
</div>`;

describe('buttons and the display modes', () => {
  before(loadAppStyles);
  afterEach(async () => {
    await applySettings({});
    await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  for (const mode of MODES) {
    it(`primary and secondary buttons are at least 44×44 (60×60 in care mode) in ${mode.name} mode`, async () => {
      await applySettings(mode.settings);
      await fixture(buttons);
      const minimum = mode.settings.care ? 60 : 44;
      for (const id of ['primary', 'secondary']) {
        const box = document.getElementById(id)!.getBoundingClientRect();
        expect(box.width, id).to.be.at.least(minimum);
        expect(box.height, id).to.be.at.least(minimum);
      }
      expect((await axNode('#primary')).name).to.equal('继续');
      expect(await axeViolations()).to.deep.equal([]);
    });
  }

  it('care mode doubles the one text scale: body text 32 px, line height at least 1.5', async () => {
    await applySettings({ care: true });
    await fixture(html`<p id="body-text">正文</p>`);
    const style = getComputedStyle(document.getElementById('body-text')!);
    expect(parseFloat(style.fontSize)).to.equal(32);
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize)).to.be.at.least(1.5);
    await applySettings({ care: false });
    expect(parseFloat(getComputedStyle(document.getElementById('body-text')!).fontSize)).to.equal(16);
  });

  it('shows a visible focus ring when a button is reached by keyboard, also under forced colours', async () => {
    await fixture(buttons);
    for (const forcedColors of ['none', 'active'] as const) {
      await emulateMedia({ forcedColors });
      document.body.focus();
      document.getElementById('primary')!.focus();
      await sendKeys({ press: 'Tab' });
      const focused = document.activeElement as HTMLElement;
      expect(focused.id).to.equal('secondary');
      const style = getComputedStyle(focused);
      expect(style.outlineStyle, forcedColors).to.equal('solid');
      expect(parseFloat(style.outlineWidth), forcedColors).to.be.at.least(3);
    }
  });

  it('keeps 7:1 contrast in the dark colour scheme (axe AAA contrast)', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await fixture(html`<div>
      ${buttons}
      <p class="ssc-hint">提示文字</p>
      <p class="ssc-error-message">错误信息</p>
      <a href="#x">链接</a>
    </div>`);
    expect(getComputedStyle(document.body).backgroundColor).to.equal('rgb(11, 12, 12)');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('stops transitions and animations when reduced motion is preferred', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await fixture(html`<div id="moving" style="transition: opacity 2s"></div>`);
    expect(parseFloat(getComputedStyle(document.getElementById('moving')!).transitionDuration)).to.be.below(0.01);
  });

  it('mirrors layout in right-to-left languages through logical properties', async () => {
    await setViewport({ width: 320, height: 640 });
    await applySettings({ locale: 'ug' });
    expect(document.documentElement.dir).to.equal('rtl');
    await fixture(html`<ul id="list"><li>بىر</li></ul>`);
    const list = document.getElementById('list')!;
    expect(getComputedStyle(list).paddingRight).to.not.equal('0px');
    expect(getComputedStyle(list).paddingLeft).to.equal('0px');
    await setViewport({ width: 800, height: 600 });
  });
});
