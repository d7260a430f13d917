import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ui/ssc-dialog.js';
import type { SscDialog } from '../../src/ui/ssc-dialog.js';
import { applySettings, axeViolations, axNode, loadAppStyles, MODES } from '../helpers/kit.browser.js';

async function openDialog(): Promise<{ dialog: SscDialog; opener: HTMLButtonElement }> {
  const root = await fixture(html`<div>
    <button type="button" class="ssc-button" id="opener">打开</button>
    <ssc-dialog id="confirm" heading="确认解绑？" .body=${html`<p>解绑后不能用手机付款。</p>`}></ssc-dialog>
  </div>`);
  const dialog = root.querySelector<SscDialog>('ssc-dialog')!;
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  opener.focus();
  await dialog.show();
  return { dialog, opener };
}

describe('ssc-dialog', () => {
  before(loadAppStyles);
  afterEach(() => applySettings({}));

  for (const mode of MODES) {
    it(`opens as a named modal with focus on its title, no axe violations, in ${mode.name} mode`, async () => {
      await applySettings(mode.settings);
      await openDialog();
      const node = await axNode('dialog');
      expect(node.role).to.equal('dialog');
      expect(node.name).to.equal('确认解绑？');
      expect(node.modal).to.equal(true);
      expect(document.activeElement?.id).to.equal('confirm-title');
      expect(await axeViolations()).to.deep.equal([]);
    });
  }

  it('keeps its title and its actions on a 320×640 screen at 200 % text; only a long body scrolls, and takes focus to be scrolled', async () => {
    await setViewport({ width: 320, height: 640 });
    await applySettings({ care: true });
    const long = Array.from({ length: 12 }, (_, index) => html`<p>第 ${index + 1} 段：解绑后，手机上的医保码、账户查询和提醒都会停止。</p>`);
    const root = await fixture(html`<div>
      <ssc-dialog
        id="long"
        heading="确定要解除绑定吗？"
        .body=${long}
        .actions=${html`<button type="button" class="ssc-button" id="yes">解除绑定</button>
          <button type="button" class="ssc-button ssc-button--secondary" id="no">取消</button>`}
      ></ssc-dialog>
    </div>`);
    const dialog = root.querySelector<SscDialog>('ssc-dialog')!;
    await dialog.show();
    for (const selector of ['.ssc-dialog__title', '.ssc-dialog__close', '#yes', '#no']) {
      const box = root.querySelector(selector)!.getBoundingClientRect();
      expect(box.top, selector).to.be.at.least(0);
      expect(box.bottom, selector).to.be.at.most(640);
    }
    const body = root.querySelector<HTMLElement>('.ssc-dialog__body')!;
    expect(body.scrollHeight).to.be.greaterThan(body.clientHeight);
    expect(body.getAttribute('tabindex')).to.equal('0');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('closes on Escape and returns focus to the button that opened it', async () => {
    const { dialog, opener } = await openDialog();
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('closes from its Close button, reached by keyboard', async () => {
    const { dialog, opener } = await openDialog();
    await sendKeys({ press: 'Tab' });
    expect((await axNode('.ssc-dialog__close')).focused).to.equal(true);
    expect(document.activeElement?.textContent?.trim()).to.equal('关闭');
    await sendKeys({ press: 'Enter' });
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('keeps keyboard focus inside while open: the page behind is inert', async () => {
    const { dialog } = await openDialog();
    for (let i = 0; i < 4; i += 1) {
      await sendKeys({ press: 'Tab' });
      expect(dialog.contains(document.activeElement) || document.activeElement === document.body).to.equal(true);
    }
  });
});
