import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/ui/ssc-step-heading.js';
import type { SscStepHeading } from '../../src/ui/ssc-step-heading.js';
import { ANNOUNCE_HOLD_MS, announce, announcedText, installAnnouncer, resetAnnouncer, type Politeness } from '../../src/modes/announcer.js';
import { joinSentences } from '../../src/modes/locale.js';
import { applySettings, axeViolations, axNode, loadAppStyles, MODES } from '../helpers/kit.browser.js';

describe('ssc-step-heading', () => {
  before(loadAppStyles);
  afterEach(() => applySettings({}));

  for (const mode of MODES) {
    it(`shows the position as text and a level-1 heading in ${mode.name} mode`, async () => {
      await applySettings(mode.settings);
      await fixture(html`<ssc-step-heading step="2" total="6" heading="核实身份"></ssc-step-heading>`);
      expect(document.querySelector('.ssc-caption')!.textContent!.trim()).to.equal('第 2 步，共 6 步');
      const heading = await axNode('h1');
      expect(heading.role).to.equal('heading');
      expect(heading.level).to.equal(1);
      expect(heading.name).to.equal('核实身份');
      expect(await axeViolations()).to.deep.equal([]);
    });
  }

  it('says the position in the UI language', async () => {
    await applySettings({ locale: 'en' });
    await fixture(html`<ssc-step-heading step="3" total="6" heading="Card"></ssc-step-heading>`);
    expect(document.querySelector('.ssc-caption')!.textContent!.trim()).to.equal('Step 3 of 6');
  });

  it('receives focus when the step opens and leaves no tabindex behind', async () => {
    const el = await fixture<SscStepHeading>(html`<ssc-step-heading step="2" total="6" heading="核实身份"></ssc-step-heading>`);
    el.focusHeading();
    const h1 = el.querySelector('h1')!;
    expect(document.activeElement).to.equal(h1);
    expect((await axNode('h1')).focused).to.equal(true);
    h1.blur();
    expect(h1.hasAttribute('tabindex')).to.equal(false);
  });

  it('hides the visual progress bar from assistive technology so the position is read once', async () => {
    await fixture(html`<ssc-step-heading step="2" total="6" heading="核实身份"></ssc-step-heading>`);
    expect(document.querySelector('.ssc-progress')!.getAttribute('aria-hidden')).to.equal('true');
    expect(document.querySelectorAll('.ssc-progress__segment--done').length).to.equal(2);
  });
});

describe('announcer', () => {
  it('keeps polite and assertive live regions in the document itself, before any message', async () => {
    installAnnouncer();
    for (const id of ['ssc-announcer-polite', 'ssc-announcer-assertive']) {
      const region = document.getElementById(id)!;
      expect(region.parentElement).to.equal(document.body);
      expect(region.getRootNode()).to.equal(document);
    }
    expect((await axNode('#ssc-announcer-polite')).live).to.equal('polite');
    expect((await axNode('#ssc-announcer-assertive')).live).to.equal('assertive');
  });

  /** Every non-empty content the two regions take, in order: what a screen reader is given to say. */
  function recordRegions(): { said: string[]; stop: () => void } {
    const said: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const region = (record.target instanceof Element ? record.target : record.target.parentElement)!.closest('[aria-live]')!;
        const text = region.textContent ?? '';
        if (text !== '') said.push(`${region.getAttribute('aria-live')}: ${text}`);
      }
    });
    for (const id of ['ssc-announcer-polite', 'ssc-announcer-assertive']) {
      observer.observe(document.getElementById(id)!, { childList: true, characterData: true, subtree: true });
    }
    return { said, stop: () => observer.disconnect() };
  }

  beforeEach(() => {
    installAnnouncer();
    resetAnnouncer();
  });

  it('puts a message said after a quiet moment in the region of its politeness and clears the other', async () => {
    announce('验证码不正确', 'assertive');
    await aTimeout(300);
    expect(announcedText('assertive')).to.equal('验证码不正确');
    expect(announcedText('polite')).to.equal('');
  });

  it('says a wait and the quick refusal after it as one utterance, in the order they happened', async () => {
    const { said, stop } = recordRegions();
    announce('正在核对验证码…');
    await aTimeout(20);
    announce('出现了问题 验证码不正确。', 'assertive');
    await aTimeout(400);
    stop();
    // One assertive utterance: the error is not delayed, and the wait before it is not dropped.
    expect(said).to.deep.equal(['assertive: 正在核对验证码… 出现了问题 验证码不正确。']);
  });

  it('says an error that comes while the step is still being said after it, never instead of it', async () => {
    const { said, stop } = recordRegions();
    announce('第 4 步，共 6 步，人脸核验。请把脸放在框内。');
    await aTimeout(250);
    announce('没有找到摄像头。可以改用短信验证码。', 'assertive');
    await aTimeout(ANNOUNCE_HOLD_MS + 300);
    stop();
    // Polite again, so the screen reader queues it behind the step instead of dropping the step.
    expect(said).to.deep.equal(['polite: 第 4 步，共 6 步，人脸核验。请把脸放在框内。', 'polite: 没有找到摄像头。可以改用短信验证码。']);
  });

  it('drops nothing and keeps the order when many messages come one after another', async () => {
    const { said, stop } = recordRegions();
    const messages: [string, Politeness][] = [
      ['一', 'polite'],
      ['二', 'assertive'],
      ['三', 'polite'],
      ['四', 'assertive'],
      ['五', 'polite'],
      ['六', 'assertive'],
    ];
    for (const [message, politeness] of messages) {
      announce(message, politeness);
      await aTimeout(100);
    }
    await aTimeout(ANNOUNCE_HOLD_MS + 400);
    stop();
    // Two utterances, in order: what came while the first was left in its region for a screen
    // reader to read is said together once it has been there long enough (and, assertive, only
    // once the first is probably said, so it cuts nothing off).
    expect(said).to.deep.equal(['assertive: 一 二', 'assertive: 三 四 五 六']);
  });

  it('empties and refills the region so the same sentence twice is spoken twice', async () => {
    const { said, stop } = recordRegions();
    announce('请稍候');
    await aTimeout(300);
    announce('请稍候');
    await aTimeout(ANNOUNCE_HOLD_MS + 300);
    stop();
    expect(said).to.deep.equal(['polite: 请稍候', 'polite: 请稍候']);
  });

  it('keeps only the newest count of digits typed that is not yet said', async () => {
    const { said, stop } = recordRegions();
    announce('第 2 步，共 6 步，输入短信验证码');
    await aTimeout(300);
    announce('已输入 3 位，共 6 位', 'polite', 'digits-entered-code');
    await aTimeout(200);
    announce('已输入 6 位，共 6 位', 'polite', 'digits-entered-code');
    await aTimeout(ANNOUNCE_HOLD_MS + 300);
    stop();
    expect(said).to.deep.equal(['polite: 第 2 步，共 6 步，输入短信验证码', 'polite: 已输入 6 位，共 6 位']);
  });

  it('leaves a message in its region a while before the next replaces it, for a screen reader that reads it late', async () => {
    // Orca reads an atomic region's text when it gets to the change: busy with a new step's page,
    // it read the region after the "no camera" message had replaced the step's announcement.
    announce('第 2 步，共 6 步，刷脸核验。');
    await aTimeout(300);
    announce('这台设备没有可用的摄像头。您可以改用短信验证码。', 'assertive');
    await aTimeout(ANNOUNCE_HOLD_MS - 400);
    expect(announcedText('polite')).to.equal('第 2 步，共 6 步，刷脸核验。');
    await aTimeout(600);
    expect(announcedText('polite')).to.equal('这台设备没有可用的摄像头。您可以改用短信验证码。');
  });
});

describe('joinSentences', () => {
  it('joins sentences the way each language writes them, never a Chinese full stop in English or Uyghur', () => {
    expect(joinSentences(['第 2 步，共 6 步，核实身份', '您用哪种证件？'], 'zh-Hans')).to.equal('第 2 步，共 6 步，核实身份。您用哪种证件？');
    expect(joinSentences(['出现了问题', '验证码不正确。', '请重试'], 'zh-Hant-HK')).to.equal('出现了问题。验证码不正确。请重试');
    expect(joinSentences(['Step 2 of 6, Confirm who you are', 'Which document will you use?'], 'en')).to.equal('Step 2 of 6, Confirm who you are. Which document will you use?');
    expect(joinSentences(['There is a problem', 'That code is not right.', '', 'Try again'], 'en')).to.equal('There is a problem. That code is not right. Try again');
    expect(joinSentences(['2-قەدەم', 'قايسى كىنىشكىنى ئىشلىتىسىز؟', 'داۋاملاشتۇرۇڭ'], 'ug')).to.equal('2-قەدەم. قايسى كىنىشكىنى ئىشلىتىسىز؟ داۋاملاشتۇرۇڭ');
  });
});
