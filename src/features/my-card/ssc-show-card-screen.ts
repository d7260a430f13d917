import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { api, ApiFailure } from '../../api/client.js';
import { CardCredential } from '../../api/contract.js';
import { issuerName } from '../../flow/card-names.js';
import { MinuteCode } from './minute-code.js';
import { cue } from '../../modes/cues.js';
import { summaryList } from '../../ui/summary-list.js';
import { formatTime } from '../../flow/messages.js';
import './show-card.css';

interface WakeLockSentinelLike {
  release(): Promise<void>;
}

/**
 * Show my card (亮证): a QR a hospital or service counter scans to check who the person is,
 * signed by the service and good for a minute, a new one each minute by itself. Large and high
 * contrast for the person across the counter; the screen kept awake while it is shown (Screen Wake
 * Lock, where the browser has it). The name and card number are masked unless the person chooses
 * to show them in full, which nothing remembers. Offline, the QR on screen stays until its minute
 * is over (a counter can check it offline too); a new one needs the network, and says so.
 */
@customElement('ssc-show-card-screen')
@localized()
export class SscShowCardScreen extends CardScreenElement {
  @state() private credential: CardCredential | null = null;
  @state() private showFull = false;
  @state() private awake = false;
  /** The card is reported lost or stopped for review: nothing to show until that ends. */
  @state() private stopped: 'lost' | 'frozen' | null = null;
  /** A new QR every minute while one is shown. */
  private readonly minute = new MinuteCode(this, {
    renew: () => void this.refresh(false),
    counting: () => this.credential !== null,
    idle: () => this.busy === 'idle',
  });
  private wakeLock: WakeLockSentinelLike | null = null;
  private readonly onVisibility = () => {
    // The browser lets a wake lock go when the page is hidden; it is asked for again on return.
    if (document.visibilityState === 'visible') void this.keepAwake();
  };

  protected stepTitle(): string {
    return msg('亮出社保卡');
  }

  protected override stepInstruction(): string {
    return msg('把二维码给医院或窗口的工作人员扫描，核实您的身份。二维码每分钟自动更新。');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    void this.keepAwake();
    void this.refresh(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    void this.wakeLock?.release();
    this.wakeLock = null;
  }

  private async keepAwake(): Promise<void> {
    const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<WakeLockSentinelLike> } }).wakeLock;
    if (!wakeLock || this.wakeLock) return;
    try {
      this.wakeLock = await wakeLock.request('screen');
      this.awake = true;
      (this.wakeLock as unknown as EventTarget).addEventListener?.('release', () => {
        this.wakeLock = null;
      });
    } catch {
      // Refused (battery saver, a hidden page): the screen may dim; the page says nothing it cannot keep.
      this.awake = false;
    }
  }

  private async refresh(asked: boolean): Promise<void> {
    if (!this.minute.canAsk()) return;
    const askedAt = Date.now();
    const result = await this.callService(() => api.post('/api/card-credential', CardCredential), asked ? msg('正在生成新的二维码…') : '');
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.minute.failed();
      if (result.code === 'card_lost') this.stopped = 'lost';
      else if (result.code === 'card_frozen') this.stopped = 'frozen';
      else this.showServiceProblem(result, 'show-card-refresh');
      return;
    }
    this.errors = [];
    this.credential = result;
    this.minute.started(askedAt, result.lifetimeSeconds);
    this.minute.tell(msg(str`已显示新的二维码，${result.lifetimeSeconds} 秒内有效，之后会自动更新。`), asked);
  }

  private toggleFull(): void {
    this.showFull = !this.showFull;
    cue('success', this.showFull ? msg('已显示完整的姓名和卡号。') : msg('姓名和卡号已经隐藏一部分。'));
  }

  private renderCredential(credential: CardCredential) {
    const expired = this.minute.secondsLeft === 0;
    const holder = credential.holder;
    return html`
      <div class="ssc-credential">
        ${expired
          ? // A QR past its minute is not left on show for a counter to scan.
            nothing
          : html`<img class="ssc-credential__qr" src=${credential.qr} alt=${msg('社保卡电子凭证二维码，给工作人员扫描')} width="280" height="280" />`}
        ${summaryList([
          { term: msg('姓名'), value: this.showFull ? credential.full.name : holder.nameMasked },
          { term: msg('社会保障卡号'), value: this.showFull ? credential.full.cardNumber : holder.cardNumberMasked, dir: 'ltr' },
          { term: msg('发卡地'), value: issuerName(holder.issuer) },
        ])}
      </div>
      <p id="show-card-time-left">
        ${expired
          ? this.minute.online
            ? msg('这个二维码已经过期。')
            : msg('这个二维码已经过期。生成新的二维码需要网络，请连上网络后再试。')
          : msg(str`还有 ${this.minute.secondsLeft} 秒有效（到 ${formatTime(credential.expiresAt)}），到时会自动换一个新的。`)}
      </p>
      ${this.awake ? html`<p>${msg('这个页面打开时，屏幕会保持常亮。')}</p>` : nothing}
      <div class="ssc-button-group">
        <button type="button" class="ssc-button ssc-button--secondary" aria-pressed=${this.showFull ? 'true' : 'false'} @click=${this.toggleFull}>
          ${msg('显示完整的姓名和卡号')}
        </button>
        <button type="button" id="show-card-refresh" class="ssc-button ssc-button--secondary" @click=${() => void this.refresh(true)}>${msg('现在更新二维码')}</button>
      </div>
      <p>${msg('工作人员扫描后会看到二维码是不是真的，以及隐藏了一部分的姓名和卡号，看不到照片。二维码离线也能核验，1 分钟后失效。')}</p>
    `;
  }

  protected renderStep() {
    if (this.stopped === 'lost') return html`<p>${msg('您的社保卡已挂失，不能用来亮证。找到卡后解除挂失，就可以再用。')}</p>`;
    if (this.stopped === 'frozen') return html`<p>${msg('这张卡的绑定正在审核，暂时不能用来亮证。')}</p>`;
    if (!this.credential) {
      return this.minute.online ? nothing : html`<p>${msg('生成二维码需要网络。请连上网络后再打开这个页面。')}</p>`;
    }
    return this.renderCredential(this.credential);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-show-card-screen': SscShowCardScreen;
  }
}
