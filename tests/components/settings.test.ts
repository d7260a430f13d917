import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { getSettings, sanitizeStored, settingsFromUrl, updateSettings } from '../../src/modes/settings.js';
import { formatLocales, localeFromBrowser } from '../../src/modes/locale.js';
import '../../src/app/ssc-settings-panel.js';
import '../../src/ui/ssc-text-field.js';
import type { SscSettingsPanel } from '../../src/app/ssc-settings-panel.js';
import type { SscTextField } from '../../src/ui/ssc-text-field.js';
import { applySettings, axeViolations, axNode, loadAppStyles } from '../helpers/kit.browser.js';

describe('settings presets and storage', () => {
  it('reads language and modes from a shared link', () => {
    expect(settingsFromUrl('?lang=ug&mode=care')).to.deep.equal({ locale: 'ug', care: true, screenReader: false, voice: true });
    expect(settingsFromUrl('?mode=screen-reader')).to.deep.equal({ care: false, screenReader: true, voice: false });
    // Care mode reads aloud, but not on top of a screen reader.
    expect(settingsFromUrl('?mode=care,screen-reader')).to.deep.equal({ care: true, screenReader: true, voice: false });
    expect(settingsFromUrl('?lang=zh-Hant-HK')).to.deep.equal({ locale: 'zh-Hant-HK' });
    expect(settingsFromUrl('?lang=xx&mode=')).to.deep.equal({ care: false, screenReader: false, voice: false });
    expect(settingsFromUrl('')).to.deep.equal({});
  });

  it('ignores damaged or foreign stored values', () => {
    expect(sanitizeStored(null)).to.deep.equal({});
    expect(sanitizeStored('care')).to.deep.equal({});
    expect(sanitizeStored({ locale: 'fr', care: 'yes', vibration: false })).to.deep.equal({ vibration: false });
  });

  it('picks the UI language from the browser languages', () => {
    expect(localeFromBrowser(['en-GB'])).to.equal('en');
    expect(localeFromBrowser(['zh-HK'])).to.equal('zh-Hant-HK');
    expect(localeFromBrowser(['yue'])).to.equal('zh-Hant-HK');
    expect(localeFromBrowser(['zh-TW', 'en'])).to.equal('zh-Hans');
    expect(localeFromBrowser(['ug-CN'])).to.equal('ug');
    expect(localeFromBrowser(['fr'])).to.equal('zh-Hans');
  });

  it('writes dates for Uyghur readers in Uyghur, or in Chinese where the browser has no Uyghur data, never in English', () => {
    expect(formatLocales('ug')).to.deep.equal(['ug', 'zh-Hans']);
    const date = new Intl.DateTimeFormat(formatLocales('ug'), { dateStyle: 'long' }).format(new Date(2026, 10, 24));
    expect(date).not.to.match(/November/);
    expect(formatLocales('zh-Hans')).to.deep.equal(['zh-Hans']);
  });

  it('writes every setting onto <html> and saves it for the next visit', async () => {
    await updateSettings({ locale: 'ug', care: true, screenReader: true });
    const root = document.documentElement;
    expect(root.lang).to.equal('ug');
    expect(root.dir).to.equal('rtl');
    expect(root.hasAttribute('data-care')).to.equal(true);
    expect(root.hasAttribute('data-screen-reader')).to.equal(true);
    expect(JSON.parse(localStorage.getItem('ssc.settings.v1')!)).to.include({ locale: 'ug', care: true, screenReader: true });
    await updateSettings({ locale: 'zh-Hant-HK', care: false, screenReader: false });
    expect(root.lang).to.equal('zh-Hant-HK');
    expect(root.dir).to.equal('ltr');
    expect(root.hasAttribute('data-care')).to.equal(false);
  });
});

describe('ssc-settings-panel', () => {
  before(loadAppStyles);
  beforeEach(() => applySettings({}));
  afterEach(() => applySettings({}));

  async function openPanel() {
    const root = await fixture(html`<div>
      <ssc-text-field field-id="typed" name="typed" label="姓名"></ssc-text-field>
      <button type="button" id="open-settings">设置</button>
      <ssc-settings-panel></ssc-settings-panel>
    </div>`);
    const field = root.querySelector<SscTextField>('ssc-text-field')!;
    field.inputElement!.focus();
    await sendKeys({ type: '阿依古丽' });
    const panel = root.querySelector<SscSettingsPanel>('ssc-settings-panel')!;
    root.querySelector<HTMLButtonElement>('#open-settings')!.focus();
    await panel.show();
    return { root, field, panel };
  }

  it('offers each language under its own name and language tag, with no axe violations', async () => {
    await openPanel();
    expect((await axNode('#settings-language-ug')).name).to.equal('ئۇيغۇرچە');
    expect(document.querySelector('label[for="settings-language-ug"]')!.getAttribute('lang')).to.equal('ug');
    expect((await axNode('#settings-language-zh-Hant-HK')).name).to.equal('廣東話（香港）');
    expect((await axNode('#settings-language-zh-Hans')).checked).to.equal('true');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('changes language and modes by keyboard, at once, keeping what was typed', async () => {
    const { field } = await openPanel();
    // From the title: Tab to Close, Tab into the language radios (current: zh-Hans), arrow to English.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('settings-language-zh-Hans');
    await sendKeys({ press: 'ArrowDown' });
    const title = () => document.querySelector('.ssc-dialog__title')!.textContent!.trim();
    await waitUntil(() => title() === 'Settings', 'the dialog re-renders in English');
    expect(getSettings().locale).to.equal('en');
    expect(document.documentElement.lang).to.equal('en');
    // Focus stays on the radio the person just chose, now labelled in English.
    expect(document.activeElement?.id).to.equal('settings-language-en');

    await sendKeys({ press: 'Tab' });
    expect(document.activeElement?.id).to.equal('settings-modes-care');
    await sendKeys({ press: 'Space' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getSettings().care).to.equal(true);
    expect(document.documentElement.hasAttribute('data-care')).to.equal(true);
    expect((await axNode('#settings-modes-care')).description).to.equal('Text twice as large, simpler pages, bigger buttons');

    await sendKeys({ press: 'Escape' });
    expect(document.activeElement?.id).to.equal('open-settings');
    expect(field.inputElement!.value).to.equal('阿依古丽');
  });

  it('turns voice on with care mode and off with screen-reader mode, and offers the reading speed', async () => {
    await openPanel();
    document.querySelector<HTMLInputElement>('#settings-modes-care')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getSettings()).to.include({ care: true, voice: true });
    expect((await axNode('#settings-rate-slow')).checked).to.equal('true');
    document.querySelector<HTMLInputElement>('#settings-rate-normal')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getSettings().speechRate).to.equal('normal');
    document.querySelector<HTMLInputElement>('#settings-modes-screenReader')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getSettings()).to.include({ care: true, screenReader: true, voice: false });
    expect(document.querySelector('#settings-rate-slow')).to.equal(null);
  });

  it('turns voice guidance and vibration on and off', async () => {
    await openPanel();
    await updateSettings({ voice: false, vibration: false });
    document.querySelector<HTMLInputElement>('#settings-modes-voice')!.click();
    document.querySelector<HTMLInputElement>('#settings-modes-vibration')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getSettings()).to.include({ voice: true, vibration: true });
    document.querySelector<HTMLInputElement>('#settings-modes-voice')!.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getSettings().voice).to.equal(false);
  });
});
