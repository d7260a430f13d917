import { aTimeout, expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { StepElement } from '../../src/flow/step-element.js';
import { ApiFailure, type Channel } from '../../src/api/client.js';
import { virtual } from '@guidepup/virtual-screen-reader/browser.js';
import { announcedText, installAnnouncer, resetAnnouncer } from '../../src/modes/announcer.js';
import { applySettings, axeViolations, loadAppStyles } from '../helpers/kit.browser.js';

/** A step with one field, driven by the test through `run`. */
@customElement('test-step')
class TestStep extends StepElement {
  protected readonly stepId = 'card' as const;
  run: (channel: Channel) => Promise<string> = async () => 'ok';
  result: unknown;
  protected stepTitle() {
    return '添加社保卡';
  }
  async submit() {
    this.result = await this.callService(this.run, '正在查找您的社保卡…');
  }
  fail(message: string) {
    return this.showErrors([{ fieldId: 'x', message: () => message }]);
  }
  protected renderStep() {
    return html`<form novalidate><input id="x" aria-label="卡号" />${this.renderSubmit('查找这张卡')}</form>`;
  }
}

const busy = () => new ApiFailure(503, { code: 'busy', retryAfter: 0 });

describe('StepElement (a step’s life)', () => {
  before(loadAppStyles);
  beforeEach(() => {
    installAnnouncer();
    // Each test starts from silence: nothing an earlier test said is still waiting to be said.
    resetAnnouncer();
    return applySettings({});
  });

  it('titles the document with the position and, while errors show, "Error:" first; focuses the summary', async () => {
    const step = await fixture<TestStep>(fixtureHtml`<test-step></test-step>`);
    expect(document.title).to.equal('第 3 步，共 6 步：添加社保卡 – 社保卡绑定');
    await step.fail('请输入社保卡卡号');
    expect(document.title).to.equal('错误：第 3 步，共 6 步：添加社保卡 – 社保卡绑定');
    expect(document.activeElement).to.equal(step.querySelector('.ssc-error-summary'));
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('says what it is checking, marks the button busy, and ignores a second press', async () => {
    const step = await fixture<TestStep>(fixtureHtml`<test-step></test-step>`);
    let calls = 0;
    let release!: (value: string) => void;
    step.run = () => {
      calls += 1;
      return new Promise((resolve) => (release = resolve));
    };
    const first = step.submit();
    await step.updateComplete;
    const button = step.querySelector('button[type=submit]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('正在处理…');
    await step.submit();
    expect(calls).to.equal(1);
    await waitUntil(() => announcedText('polite').includes('正在查找您的社保卡…'), 'the wait said', { timeout: 3000 });
    release('found');
    await first;
    expect(step.result).to.equal('found');
    await step.updateComplete;
    expect(button.textContent!.trim()).to.equal('查找这张卡');
  });

  it('retries by itself when the service is busy, offers the alternate channel, and uses it when chosen', async () => {
    const step = await fixture<TestStep>(fixtureHtml`<test-step></test-step>`);
    const channels: Channel[] = [];
    step.run = async (channel) => {
      channels.push(channel);
      if (channel === 'alternate') return 'via alternate';
      throw busy();
    };
    const done = step.submit();
    await aTimeout(250);
    const offer = [...step.querySelectorAll('button')].find((b) => b.textContent!.trim() === '改用备用通道继续');
    expect(offer, 'alternate channel button').to.not.equal(undefined);
    expect(step.querySelector('#ssc-busy-notice h2')!.textContent!.trim()).to.equal('服务繁忙，正在自动重试');
    await waitUntil(() => announcedText('polite').includes('服务繁忙，正在自动重试。您也可以改用备用通道继续。'), 'the busy service said', { timeout: 3000 });
    expect(channels.length).to.be.at.least(2);
    expect(channels.every((c) => c === 'primary')).to.equal(true);
    offer!.click();
    await done;
    expect(step.result).to.equal('via alternate');
    expect(channels.at(-1)).to.equal('alternate');
    await step.updateComplete;
    expect(step.querySelector('#ssc-busy-notice')).to.equal(null);
  });

  it('hands refusals back to the step instead of retrying them', async () => {
    const step = await fixture<TestStep>(fixtureHtml`<test-step></test-step>`);
    let calls = 0;
    step.run = async () => {
      calls += 1;
      throw new ApiFailure(422, { code: 'card_not_found' });
    };
    await step.submit();
    expect(calls).to.equal(1);
    expect((step.result as ApiFailure).code).to.equal('card_not_found');
  });

  it('says the wait, then a quick refusal, in that order, and the summary title once', async () => {
    resetAnnouncer();
    const step = await fixture<TestStep>(fixtureHtml`<test-step></test-step>`);
    step.querySelector<HTMLInputElement>('#x')!.focus();
    await virtual.start({ container: document.body });
    try {
      step.run = async () => {
        throw new ApiFailure(422, { code: 'card_not_found' });
      };
      await step.submit();
      await step.fail('没有找到这张卡');
      await aTimeout(500);
      const heard = (await virtual.spokenPhraseLog()).join('\n');
      expect(heard).to.contain('正在查找您的社保卡… 出现了问题。没有找到这张卡');
      expect(heard.split('出现了问题').length - 1, heard).to.equal(1);
    } finally {
      await virtual.stop();
    }
  });
});
