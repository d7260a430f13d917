import { html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { announce } from '../modes/announcer.js';
import { onMissingVoice } from '../modes/speech.js';
import { AUTONYMS, withLaterWords, type Locale } from '../modes/locale.js';
import { LightElement } from '../ui/light-element.js';
import { setFocus } from '../ui/focus.js';
import { dispatch, FlowController } from '../flow/store.js';
import { appName } from '../flow/step-element.js';
import type { SscSettingsPanel } from './ssc-settings-panel.js';
import { isManualOpen, onRouteChange, openManual } from './router.js';
import { isOnline, offlineReason, onNetworkChange } from '../offline/network.js';
import { applyUpdate, isUpdateWaiting, onUpdateWaiting } from '../offline/register-sw.js';
import { discardedDraft, dismissDiscardedDraft, onDiscardedDraft } from './notices.js';
import { SCREEN_PATHS, type Screen } from '../flow/state.js';
import { loadManual, loadScreen, prefetchNext } from './screens.js';

/** The shell: skip link, header with settings, the current screen, and help on every screen. */
@customElement('ssc-app')
@localized()
export class SscApp extends LightElement {
  private readonly flow = new FlowController(this);
  @query('ssc-settings-panel') private settingsPanel!: SscSettingsPanel;
  /** A language the device has no voice for: said once, visibly, then voice guidance stays quiet. */
  @state() private silentLocale: Locale | null = null;
  /** Cantonese was silent though the device has Mandarin: said, so nobody wonders why it never speaks. */
  @state() private silentOnlyMandarin = false;
  @state() private online = isOnline();
  @state() private updateReady = isUpdateWaiting();
  @state() private discarded = discardedDraft();
  /** The screen (or the manual) whose code could not be fetched: offline before it was ever cached. */
  @state() private failedToLoad: Screen | 'manual' | null = null;
  private stopListening: (() => void) | undefined;
  private stopRouting: (() => void) | undefined;
  private stopNetwork: (() => void) | undefined;
  private stopUpdates: (() => void) | undefined;
  private stopDiscarded: (() => void) | undefined;
  /** Unread benefit alerts, while a card with alerts on is bound here (null otherwise). */
  @state() private unread: number | null = null;
  private stopNotices: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopRouting = onRouteChange(() => this.requestUpdate());
    this.stopNetwork = onNetworkChange((online) => {
      this.online = online;
      if (online) announce(msg('网络已恢复。'));
      else announce(offlineReason() === 'unreachable' ? msg('连接不上服务。填写的内容都已保留。') : msg('您现在没有网络。填写的内容都已保留。'));
    });
    this.stopUpdates = onUpdateWaiting(() => {
      this.updateReady = true;
      announce(msg('有新版本可以更新。更新后会回到这一步，填写的内容都会保留。'));
    });
    this.stopDiscarded = onDiscardedDraft((reason) => {
      this.discarded = reason;
      announce(this.discardedText(reason));
    });
    this.stopListening = onMissingVoice((locale, onlyMandarin) => {
      this.silentLocale = locale;
      this.silentOnlyMandarin = onlyMandarin;
      announce(this.missingVoiceText(locale, onlyMandarin));
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopRouting?.();
    this.stopNetwork?.();
    this.stopDiscarded?.();
    this.stopNotices?.();
    this.stopUpdates?.();
  }

  /** A dismissed notice takes its button with it: focus goes to the page, not the document's start. */
  private async focusMain(): Promise<void> {
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>('#main'));
  }

  /** Offline, a new version, a draft that could not come back: said plainly above every screen. */
  private renderNotices() {
    return html`
      ${this.online
        ? nothing
        : offlineReason() === 'unreachable'
          ? html`<div class="ssc-panel ssc-notice" id="ssc-offline">
              <h2 class="ssc-heading-m">${msg('连接不上服务')}</h2>
              <p>${msg('可能是网络断了，也可能是服务暂时停了。填写的内容都已保留，连上后会自动继续。')}</p>
            </div>`
          : html`<div class="ssc-panel ssc-notice" id="ssc-offline">
              <h2 class="ssc-heading-m">${msg('您现在没有网络')}</h2>
              <p>${msg('填写的内容都已保留。需要网络的步骤会在网络恢复后自动继续。')}</p>
            </div>`}
      ${this.updateReady
        ? html`<div class="ssc-panel ssc-notice" id="ssc-update">
            <h2 class="ssc-heading-m">${msg('有新版本')}</h2>
            <p>${msg('更新后会回到这一步，填写的内容都会保留。')}</p>
            <div class="ssc-button-group">
              <button type="button" class="ssc-button" @click=${() => void applyUpdate()}>${msg('现在更新')}</button>
              <button
                type="button"
                class="ssc-button ssc-button--secondary"
                @click=${() => {
                  this.updateReady = false;
                  void this.focusMain();
                }}
              >
                ${msg('以后再说')}
              </button>
            </div>
          </div>`
        : nothing}
      ${this.discarded
        ? html`<div class="ssc-panel ssc-notice" id="ssc-draft-discarded">
            <p>
              ${this.discardedText(this.discarded)}
            </p>
            <button
              type="button"
              class="ssc-button ssc-button--secondary"
              @click=${() => {
                dismissDiscardedDraft();
                this.discarded = null;
                void this.focusMain();
              }}
            >
              ${msg('知道了')}
            </button>
          </div>`
        : nothing}
    `;
  }

  /** The settings panel's code is fetched the first time it is opened; the tag is already here. */
  private readonly openSettings = async (): Promise<void> => {
    // Offline before it was ever fetched: the button must not simply do nothing.
    const loaded = await withLaterWords(() => import('./ssc-settings-panel.js')).then(
      () => true,
      () => false,
    );
    if (!loaded) {
      announce(this.loadFailedText());
      return;
    }
    await this.settingsPanel.updateComplete;
    await this.settingsPanel.show();
  };

  /** The person is working on this screen: fetch where it usually leads while they do. */
  private readonly prefetch = (): void => prefetchNext(this.flow.state.screen);

  private discardedText(reason: 'expired' | 'unreadable'): string {
    return reason === 'expired'
      ? msg('您之前填写的内容已超过 24 小时，已经自动删除。请重新填写。')
      : msg('应用更新后无法恢复您之前填写的内容，已经删除。请重新填写。');
  }

  private missingVoiceText(locale: Locale, onlyMandarin: boolean): string {
    return onlyMandarin
      ? msg(str`这台设备没有${AUTONYMS[locale]}的朗读语音，只有普通话的，语音播报会保持安静。`)
      : msg(str`这台设备没有${AUTONYMS[locale]}的朗读语音，语音播报会保持安静。`);
  }

  /**
   * Benefit alerts are followed while the cardholder's own bound card has them on. Their code comes
   * only then: the first screen never carries it.
   */
  private followNotices(): void {
    const { binding, remote } = this.flow.state.progress;
    const wanted = Boolean(binding?.services.includes('benefit_alerts')) && remote?.role !== 'relative';
    if (wanted === (this.stopNotices !== undefined)) return;
    if (!wanted) {
      this.stopNotices?.();
      this.stopNotices = undefined;
      return;
    }
    this.stopNotices = () => undefined;
    void withLaterWords(() => import('../features/my-card/unread.js')).then((notices) => {
      if (!this.stopNotices) return;
      const stopListening = notices.onUnreadChange((unread) => (this.unread = unread));
      const stopFollowing = notices.followNotices();
      this.stopNotices = () => {
        stopListening();
        stopFollowing();
        this.unread = null;
      };
    });
  }

  /** The inbox link in the header: its name says how many are unread. */
  private renderInboxLink() {
    if (this.unread === null) return nothing;
    return html`<a
      class="ssc-header__inbox"
      href=${SCREEN_PATHS.inbox}
      @click=${(event: Event) => {
        event.preventDefault();
        dispatch({ type: 'open', screen: 'inbox' });
      }}
      >${msg('消息')}${this.unread > 0 ? html`<span class="ssc-tag">${msg(str`${this.unread} 条未读`)}</span>` : nothing}</a
    >`;
  }

  /** Fetches the code of what is about to be shown; the tag already in the page upgrades in place. */
  protected override willUpdate(): void {
    this.followNotices();
    const wanted = isManualOpen() ? 'manual' : this.flow.state.screen;
    if (this.failedToLoad && this.failedToLoad !== wanted) this.failedToLoad = null;
    (wanted === 'manual' ? loadManual() : loadScreen(wanted)).catch(() => {
      if (this.failedToLoad === wanted) return;
      this.failedToLoad = wanted;
      announce(this.loadFailedText());
    });
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('failedToLoad') && this.failedToLoad) setFocus(this.querySelector<HTMLElement>('#ssc-load-failed h1'));
  }

  private loadFailedText(): string {
    return msg('这一页没能打开，可能是网络断了。您填写的内容都已保留。请检查网络后重试。');
  }

  private renderLoadFailed() {
    return html`<div class="ssc-panel ssc-notice" id="ssc-load-failed">
      <h1 class="ssc-heading-l" tabindex="-1">${msg('这一页没能打开')}</h1>
      <p>${this.loadFailedText()}</p>
      <button
        type="button"
        class="ssc-button"
        @click=${() => {
          this.failedToLoad = null;
          this.requestUpdate();
        }}
      >
        ${msg('再试一次')}
      </button>
    </div>`;
  }

  private renderScreen() {
    if (this.failedToLoad) return this.renderLoadFailed();
    switch (this.flow.state.screen) {
      case 'entry':
        return html`<ssc-entry-step></ssc-entry-step>`;
      case 'identity':
        return html`<ssc-identity-step></ssc-identity-step>`;
      case 'card':
        return html`<ssc-card-step></ssc-card-step>`;
      case 'bank':
        return html`<ssc-bank-step></ssc-bank-step>`;
      case 'agreement':
        return html`<ssc-agreement-step></ssc-agreement-step>`;
      case 'services':
        return html`<ssc-services-step></ssc-services-step>`;
      case 'done':
        return html`<ssc-done-screen></ssc-done-screen>`;
      case 'frozen':
        return html`<ssc-frozen-screen></ssc-frozen-screen>`;
      case 'relative':
        return html`<ssc-relative-screen></ssc-relative-screen>`;
      case 'consent':
        return html`<ssc-consent-screen></ssc-consent-screen>`;
      case 'waiting':
        return html`<ssc-waiting-screen></ssc-waiting-screen>`;
      case 'pay':
        return html`<ssc-pay-screen></ssc-pay-screen>`;
      case 'accounts':
        return html`<ssc-accounts-screen></ssc-accounts-screen>`;
      case 'inbox':
        return html`<ssc-inbox-screen></ssc-inbox-screen>`;
      case 'applications':
        return html`<ssc-applications-screen></ssc-applications-screen>`;
      case 'apply-treatment':
        return html`<ssc-apply-screen kind="treatment_elsewhere"></ssc-apply-screen>`;
      case 'apply-transfer':
        return html`<ssc-apply-screen kind="transfer"></ssc-apply-screen>`;
      case 'apply-pension':
      case 'pension-check':
        return html`<ssc-pension-check-screen></ssc-pension-check-screen>`;
      case 'lost-card':
        return html`<ssc-lost-card-screen></ssc-lost-card-screen>`;
      case 'replacement':
        return html`<ssc-replacement-screen></ssc-replacement-screen>`;
      case 'activity':
        return html`<ssc-activity-screen></ssc-activity-screen>`;
      case 'pension-estimate':
        return html`<ssc-pension-estimate-screen></ssc-pension-estimate-screen>`;
      case 'contributions':
        return html`<ssc-contributions-screen></ssc-contributions-screen>`;
      case 'insurance-proof':
        return html`<ssc-insurance-proof-screen></ssc-insurance-proof-screen>`;
      case 'show-card':
        return html`<ssc-show-card-screen></ssc-show-card-screen>`;
      case 'apply-family':
        return html`<ssc-ask-pension-screen></ssc-ask-pension-screen>`;
      case 'counter-visit':
        return html`<ssc-counter-visit-screen></ssc-counter-visit-screen>`;
      case 'callback':
        return html`<ssc-callback-screen></ssc-callback-screen>`;
    }
  }

  protected override render() {
    return html`
      <a class="ssc-skip-link" href="#main">${msg('跳到主要内容')}</a>
      <header class="ssc-header">
        <p class="ssc-header__title">${appName()}</p>
        ${this.renderInboxLink()}
        <button
          type="button"
          class="ssc-button ssc-button--secondary ssc-header__settings"
          aria-haspopup="dialog"
          @click=${this.openSettings}
        >
          <span aria-hidden="true">⚙</span>${msg('设置')}
        </button>
      </header>
      <main
        id="main"
        class="ssc-main"
        tabindex="-1"
        @focusin=${this.prefetch}
        @pointerdown=${this.prefetch}
        @ssc-open-manual=${(event: CustomEvent<{ section: string }>) => openManual(event.detail.section)}
      >
        ${this.silentLocale
          ? html`<p class="ssc-panel ssc-notice" id="ssc-no-voice">${this.missingVoiceText(this.silentLocale, this.silentOnlyMandarin)}</p>`
          : ''}
        ${this.renderNotices()}
        ${isManualOpen() && !this.failedToLoad ? html`<ssc-manual></ssc-manual>` : this.renderScreen()}
      </main>
      <footer class="ssc-footer">
        <p>${msg('需要帮助？请拨打社保服务热线')} <a href="tel:12333">12333</a></p>
      </footer>
      <ssc-settings-panel></ssc-settings-panel>
      <ssc-session-timeout></ssc-session-timeout>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-app': SscApp;
  }
}
