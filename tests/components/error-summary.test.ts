import { expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/ssc-error-summary.js';
import '../../src/ui/ssc-text-field.js';
import type { SscErrorSummary } from '../../src/ui/ssc-error-summary.js';
import { applySettings, axeViolations, axNode, loadAppStyles, MODES } from '../helpers/kit.browser.js';

const form = (errors: { fieldId: string; message: string }[]) => html`<div>
  <ssc-error-summary .errors=${errors}></ssc-error-summary>
  <ssc-text-field field-id="name" name="name" label="姓名" error="请输入姓名"></ssc-text-field>
  <ssc-text-field field-id="phone" name="phone" label="手机号码" error="请输入 11 位手机号码"></ssc-text-field>
</div>`;

const errors = [
  { fieldId: 'name', message: '请输入姓名' },
  { fieldId: 'phone', message: '请输入 11 位手机号码' },
];

describe('ssc-error-summary', () => {
  before(loadAppStyles);
  afterEach(() => applySettings({}));

  for (const mode of MODES) {
    it(`lists every error as a link, takes focus, and has no axe violations in ${mode.name} mode`, async () => {
      await applySettings(mode.settings);
      const root = await fixture(form(errors));
      const summary = root.querySelector<SscErrorSummary>('ssc-error-summary')!;
      summary.focusSummary();
      expect(document.activeElement).to.equal(root.querySelector('.ssc-error-summary'));
      // Not named by its title and not an alert: the step says it once (see step-element.test.ts).
      expect((await axNode('.ssc-error-summary')).name).to.equal('');
      expect(root.querySelector('[role=alert], [aria-live]')).to.equal(null);
      expect((await axNode('.ssc-error-summary h2')).name).to.equal('出现了问题');
      const links = [...root.querySelectorAll<HTMLAnchorElement>('.ssc-error-summary a')];
      expect(links.map((a) => a.textContent?.trim())).to.deep.equal(['请输入姓名', '请输入 11 位手机号码']);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['#name', '#phone']);
      expect(await axeViolations()).to.deep.equal([]);
    });
  }

  it('moves focus to the field when its link is followed, without changing the URL', async () => {
    const root = await fixture(form(errors));
    const before = location.href;
    root.querySelectorAll<HTMLAnchorElement>('.ssc-error-summary a')[1]!.click();
    expect(document.activeElement?.id).to.equal('phone');
    expect(location.href).to.equal(before);
  });

  it('renders nothing at all when there are no errors', async () => {
    const root = await fixture(form([]));
    expect(root.querySelector('.ssc-error-summary')).to.equal(null);
    expect(root.querySelector('[role=alert]')).to.equal(null);
  });

  it('loses its temporary tabindex when focus moves on, so it never sits in the tab order', async () => {
    const root = await fixture(form(errors));
    root.querySelector<SscErrorSummary>('ssc-error-summary')!.focusSummary();
    const box = root.querySelector('.ssc-error-summary')!;
    expect(box.getAttribute('tabindex')).to.equal('-1');
    document.querySelector<HTMLInputElement>('#name')!.focus();
    expect(box.hasAttribute('tabindex')).to.equal(false);
  });
});
