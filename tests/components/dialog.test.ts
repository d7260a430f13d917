import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
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
