import { html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { clearDraft } from '../offline/drafts.js';
import { endSession } from '../api/client.js';
import { dispatch } from '../flow/store.js';
import { announce } from '../modes/announcer.js';
import { localized, msg } from '@lit/localize';
import { LightElement } from '../ui/light-element.js';
import type { SscDialog } from '../ui/ssc-dialog.js';
import '../ui/ssc-dialog.js';
import '../ui/ssc-choice-group.js';
import { AUTONYMS, directionOf, isLocale, LOCALES } from '../modes/locale.js';
import { SettingsController, updateSettings, type Settings } from '../modes/settings.js';

type ModeKey = 'care' | 'screenReader' | 'voice' | 'vibration';
const MODE_KEYS: readonly ModeKey[] = ['care', 'screenReader', 'voice', 'vibration'];

/**
 * Language and modes, in a dialog reachable from every screen. Each change applies at once
 * (and is saved); nothing typed elsewhere on the page is touched.
 */
@customElement('ssc-settings-panel')
@localized()
export class SscSettingsPanel extends LightElement {
  private readonly settings = new SettingsController(this);
  @query('ssc-dialog') private dialog!: SscDialog;

  @state() private cleared = false;

  /**
   * Deletes the draft and what is on screen, ends the session on the service, and starts again;
   * the settings themselves stay. A binding already made is not undone.
   */
  private async clearMyData(): Promise<void> {
    await Promise.all([clearDraft(), endSession()]);
    dispatch({ type: 'unbound' });
    this.cleared = true;
    announce(msg('已清除。这台设备上不再保存您填写的内容，本次办理也已结束。'));
  }

  show(): Promise<void> {
    this.cleared = false;
    return this.dialog.show();
  }

  private onLanguage(event: CustomEvent<{ selected: string[] }>): void {
    const locale = event.detail.selected[0];
    if (isLocale(locale)) void updateSettings({ locale });
  }

  private onModes(event: CustomEvent<{ selected: string[] }>): void {
    const chosen = new Set(event.detail.selected);
    const before = this.settings.value;
    const patch = Object.fromEntries(MODE_KEYS.map((key) => [key, chosen.has(key)])) as Pick<Settings, ModeKey>;
    // Voice follows the mode just switched on: care mode reads aloud; a screen reader already
    // speaks, so two voices at once would drown each other.
    if (patch.screenReader && !before.screenReader) patch.voice = false;
    else if (patch.care && !before.care && !patch.screenReader) patch.voice = true;
    void updateSettings(patch);
  }

  private onRate(event: CustomEvent<{ selected: string[] }>): void {
    const rate = event.detail.selected[0];
    if (rate === 'slow' || rate === 'normal' || rate === 'fast') void updateSettings({ speechRate: rate });
  }

  private renderBody() {
    const current = this.settings.value;
    const canVibrate = 'vibrate' in navigator;
    return html`
      <ssc-choice-group
        type="radio"
        name="settings-language"
        legend=${msg('语言')}
        .options=${LOCALES.map((locale) => ({ value: locale, label: AUTONYMS[locale], lang: locale, dir: directionOf(locale) }))}
        .selected=${[current.locale]}
        @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.onLanguage(event)}
      ></ssc-choice-group>
      <ssc-choice-group
        type="checkbox"
        name="settings-modes"
        legend=${msg('显示与辅助')}
        .options=${[
          { value: 'care', label: msg('关怀模式'), hint: msg('文字放大一倍，页面更简洁，按钮更大') },
          { value: 'screenReader', label: msg('读屏模式'), hint: msg('配合读屏软件使用，播报更多信息') },
          { value: 'voice', label: msg('语音播报'), hint: msg('朗读每一步的标题和说明') },
          {
            value: 'vibration',
            label: msg('振动提示'),
            hint: canVibrate ? msg('用不同的振动表示完成、出错和等待') : msg('此设备不支持振动'),
          },
        ]}
        .selected=${MODE_KEYS.filter((key) => current[key])}
        @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.onModes(event)}
      ></ssc-choice-group>
      ${current.voice
        ? html`<ssc-choice-group
            type="radio"
            name="settings-rate"
            legend=${msg('朗读速度')}
            .options=${[
              { value: 'slow', label: msg('慢') },
              { value: 'normal', label: msg('正常') },
              { value: 'fast', label: msg('快') },
            ]}
            .selected=${[current.speechRate]}
            @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.onRate(event)}
          ></ssc-choice-group>`
        : ''}
      <h2 class="ssc-heading-m">${msg('您的数据')}</h2>
      <p>${msg('这台设备上保存了您填写的内容（从不保存密码、验证码和照片），24 小时后自动删除。')}</p>
      <button type="button" id="clear-my-data" class="ssc-button ssc-button--warning" @click=${() => void this.clearMyData()}>${msg('清除我的数据')}</button>
      ${this.cleared ? html`<p id="clear-my-data-done">${msg('已清除。这台设备上不再保存您填写的内容，本次办理也已结束。')}</p>` : ''}
    `;
  }

  protected override render() {
    return html`<ssc-dialog
      id="ssc-settings"
      heading=${msg('设置')}
      .body=${this.renderBody()}
      .actions=${html`<button type="button" class="ssc-button" @click=${() => this.dialog.close()}>${msg('完成')}</button>`}
    ></ssc-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-settings-panel': SscSettingsPanel;
  }
}
