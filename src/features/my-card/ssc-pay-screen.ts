import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api, ApiFailure } from '../../api/client.js';
import { PaymentCode, ReceiptsResponse, type Receipt } from '../../api/contract.js';
import { formatFen } from '../../domain/money.js';
import { formatLocales } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import { MinuteCode } from './minute-code.js';
import { poll } from '../../flow/poll.js';
import { summaryList } from '../../ui/summary-list.js';
import { formatTime } from '../../flow/messages.js';
import { setFocus } from '../../ui/focus.js';

/** 281455210093778142 → "2814 5521 0093 7781 42": groups of four, as people read and type them. */
function grouped(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * The medical insurance payment code: a QR code and the same digits as text, for a cashier to scan
 * or type. A new code comes every minute by itself (or on request); while it is shown, a payment
 * made with it turns into a receipt on screen.
 */
@customElement('ssc-pay-screen')
@localized()
export class SscPayScreen extends CardScreenElement {
  @state() private code: PaymentCode | null = null;
  @state() private receipt: Receipt | null = null;
  @state() private large = false;
  @state() private off = false;
  /** The card is reported lost: no code is made until the report is lifted (its number, to quote). */
  @state() private lostReference: string | null = null;
  private stopPolling: (() => void) | undefined;
  /** A new code every minute while a code (not a receipt) is shown. */
  private readonly minute = new MinuteCode(this, {
    renew: () => void this.refresh(false),
    counting: () => this.code !== null && !this.receipt,
    paused: () => this.receipt !== null,
    idle: () => this.busy === 'idle',
  });

  protected stepTitle(): string {
    return msg('医保码');
  }

  protected override stepInstruction(): string {
    return msg('把二维码给收费员扫描，或者把下面的数字读给收费员。');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Shown to a cashier: large from the start in care mode.
    this.large = this.settings.value.care;
    void this.refresh(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling?.();
  }

  private async refresh(asked: boolean): Promise<void> {
    if (!this.minute.canAsk()) return;
    const askedAt = Date.now();
    // A new code on the minute is said once it is there; only one asked for says it is coming.
    const result = await this.callService(() => api.post('/api/payment-code', PaymentCode), asked ? msg('正在获取新的医保码…') : '');
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.minute.failed();
      if (result.code === 'service_off') this.off = true;
      else if (result.code === 'card_lost') this.lostReference = result.error.reportReference ?? '';
      else this.showServiceProblem(result, 'pay-refresh');
      return;
    }
    this.errors = [];
    this.receipt = null;
    this.code = result;
    this.minute.started(askedAt, result.lifetimeSeconds);
    this.minute.tell(msg(str`已显示新的医保码，${result.lifetimeSeconds} 秒内有效，之后会自动更新。`), asked);
    this.stopPolling?.();
    this.stopPolling = poll(() => this.checkPaid());
  }

  /** A payment made with the code on screen: its receipt replaces the code. */
  private async checkPaid(): Promise<void> {
    const code = this.code;
    if (!code || this.receipt) return;
    const { receipts } = await api.get('/api/receipts', ReceiptsResponse);
    const paid = receipts.find((receipt) => receipt.paidAt >= code.issuedAt);
    if (!paid) return;
    this.stopPolling?.();
    this.stopPolling = undefined;
    this.receipt = paid;
    const locales = formatLocales();
    cue(
      'success',
      msg(str`已支付 ${formatFen(paid.total, locales)}：医保个人账户支付 ${formatFen(paid.medicalAccount, locales)}，您自己支付 ${formatFen(paid.outOfPocket, locales)}。`),
    );
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>('#receipt-heading'));
  }

  private renderReceipt(receipt: Receipt) {
    const locales = formatLocales();
    return html`
      <div class="ssc-panel ssc-confirmation">
        <h2 class="ssc-heading-m" id="receipt-heading" tabindex="-1">${msg('支付成功')}</h2>
        <p>${receipt.merchant}</p>
      </div>
      ${summaryList([
        { term: msg('合计'), value: formatFen(receipt.total, locales) },
        { term: msg('医保个人账户支付'), value: formatFen(receipt.medicalAccount, locales) },
        { term: msg('您自己支付'), value: formatFen(receipt.outOfPocket, locales) },
        { term: msg('时间'), value: formatTime(receipt.paidAt) },
        { term: msg('收据编号'), value: receipt.id, dir: 'ltr' },
      ])}
      <button type="button" class="ssc-button" @click=${() => void this.refresh(true)}>${msg('显示新的医保码')}</button>
    `;
  }

  private renderCode(code: PaymentCode) {
    const expired = this.minute.secondsLeft === 0;
    return html`
      ${expired
        ? // A code that can no longer pay is not left on show for a cashier to scan.
          nothing
        : html`<div class="ssc-payment-code ${this.large ? 'ssc-payment-code--large' : ''}">
            <img class="ssc-payment-code__qr" src=${code.qr} alt=${msg('医保码二维码')} width="240" height="240" />
            <p class="ssc-payment-code__digits" dir="ltr">${grouped(code.code)}</p>
          </div>`}
      <p id="pay-time-left">
        ${expired
          ? msg('这个医保码已经过期。')
          : msg(str`还有 ${this.minute.secondsLeft} 秒有效，到时会自动换一个新的。`)}
      </p>
      <div class="ssc-button-group">
        <button type="button" class="ssc-button" aria-pressed=${this.large ? 'true' : 'false'} @click=${() => (this.large = !this.large)}>
          ${msg('放大给收费员看')}
        </button>
        <button type="button" class="ssc-button ssc-button--secondary" @click=${() => void this.refresh(true)}>${msg('现在换一个')}</button>
      </div>
    `;
  }

  protected renderStep() {
    if (this.lostReference !== null) {
      return html`<p>${msg(str`您的社保卡已挂失（挂失编号 ${this.lostReference}），医保码已经停止使用，别人捡到卡也不能用它付款。`)}</p>
        <p>${msg('找到卡后解除挂失，医保码马上恢复。')}</p>
        <p>
          <a
            href=${SCREEN_PATHS['lost-card']}
            @click=${(event: Event) => {
              event.preventDefault();
              dispatch({ type: 'open', screen: 'lost-card' });
            }}
            >${msg('解除挂失')}</a
          >
        </p>`;
    }
    if (this.off) {
      return html`<p>${msg('医保码服务没有开通。可以在“我的社保卡”里开通。')}</p>
        <p>
          <a
            href=${SCREEN_PATHS.done}
            @click=${(event: Event) => {
              event.preventDefault();
              dispatch({ type: 'open', screen: 'done' });
            }}
            >${msg('去开通')}</a
          >
        </p>`;
    }
    const offline = !this.minute.online;
    return html`
      ${offline
        ? html`<div class="ssc-panel ssc-notice" id="pay-offline">
            <h2 class="ssc-heading-m">${msg('获取新的医保码需要网络')}</h2>
            <p>${msg('每个医保码只能用 1 分钟，新的医保码要在有网络时才能获取。网络恢复后会自动显示。')}</p>
          </div>`
        : nothing}
      ${this.receipt ? this.renderReceipt(this.receipt) : this.code && (!offline || this.minute.secondsLeft > 0) ? this.renderCode(this.code) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-pay-screen': SscPayScreen;
  }
}
