import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api, ApiFailure, openSession } from '../../api/client.js';
import { ConsentView, type ConsentKey } from '../../api/contract.js';
import { consentCodeProblem, formatDateTime } from '../../flow/messages.js';
import { validateConsentCode } from '../../domain/card.js';
import { serviceName } from '../../flow/services.js';
import { relativeForCardholder } from './remote.js';
import { cue } from '../../modes/cues.js';
import { summaryList } from '../../ui/summary-list.js';
import '../../ui/ssc-text-field.js';

/** The link's secret, from /consent/<token>; none when the person came to type the code. */
function tokenFromAddress(): string {
  const prefix = `${SCREEN_PATHS.consent}/`;
  return location.pathname.startsWith(prefix) ? decodeURIComponent(location.pathname.slice(prefix.length)) : '';
}

/**
 * The cardholder's side of a relative's request, on their own device: who asks, what would be
 * bound, which services; then yes or no. Opened from the link or the QR code, or by typing the
 * short code from the text message.
 */
@customElement('ssc-consent-screen')
@localized()
export class SscConsentScreen extends StepElement {
  protected readonly stepId = null;
  @state() private view: ConsentView | null = null;
  @state() private closed: 'consent_expired' | 'consent_used' | 'consent_closed' | 'consent_own_request' | null = null;
  @state() private code = '';
  private key: ConsentKey | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    const token = tokenFromAddress();
    if (token) void this.open({ token });
  }

  protected override helpSection(): string {
    return 'family';
  }

  protected stepTitle(): string {
    if (this.closed) return msg('这个确认请求不能再用了');
    if (this.view?.status === 'refused') return msg('您没有同意');
    if (this.view?.purpose === 'pension_check') return msg(str`${this.view.relative.name}请您做养老金资格认证`);
    if (this.view) return msg(str`${this.view.relative.name}请您确认绑定社保卡`);
    return msg('输入确认码');
  }

  protected override stepInstruction(): string {
    if (this.view?.purpose === 'pension_check' && this.view.status !== 'refused') return msg('请看清楚是谁在请求，再决定是否同意。');
    if (this.view && this.view.status !== 'refused') return msg('请看清楚是谁在请求、要绑定什么，再决定是否同意。');
    return '';
  }

  private async open(key: ConsentKey): Promise<void> {
    const result = await this.callService(() => api.post('/api/consent/open', ConsentView, key), msg('正在读取确认请求…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      const code = result.error.code;
      if (code === 'consent_expired' || code === 'consent_used' || code === 'consent_closed' || code === 'consent_own_request') {
        this.closed = code;
        cue('error', this.closedText());
        await this.enterPage();
      } else this.showServiceProblem(result, 'consent-code');
      return;
    }
    this.key = key;
    this.errors = [];
    this.view = result;
    await this.enterPage();
  }

  private closedText(): string {
    switch (this.closed) {
      case 'consent_expired':
        return msg('这个请求已经过期（请求只在 24 小时内有效）。如果需要，请让家人重新发送。');
      case 'consent_used':
        return msg('这个请求已经在另一台手机上打开过了。每个请求只能使用一次。如果不是您打开的，请拨打 12333。');
      case 'consent_own_request':
        return msg('这是您自己发出的请求，需要由持卡人在他们自己的手机上确认。');
      default:
        return msg('这个请求已经被拒绝或取消，没有绑定任何东西。');
    }
  }

  private async submitCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = validateConsentCode(this.code);
    if (!checked.ok) {
      const reason = checked.reason;
      await this.showErrors([{ fieldId: 'consent-code', message: () => consentCodeProblem(reason) }]);
      return;
    }
    await this.open({ code: checked.value });
  }

  private async accept(): Promise<void> {
    if (!this.key) return;
    const key = this.key;
    const result = await this.callService(() => api.post('/api/consent/accept', ConsentView, key), msg('正在确认…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, 'consent-yes');
      return;
    }
    cue('success', result.purpose === 'pension_check' ? msg('您已同意。接下来请刷脸认证') : msg('您已同意。接下来请核实您的身份'));
    // This device is now the cardholder's for this request: carry on where the service says.
    const session = await openSession();
    dispatch({ type: 'resume', progress: session.progress });
  }

  private async refuse(): Promise<void> {
    if (!this.key) return;
    const key = this.key;
    const result = await this.callService(() => api.post('/api/consent/refuse', ConsentView, key), msg('正在处理…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, 'consent-no');
      return;
    }
    this.view = result;
    cue('success', result.purpose === 'pension_check' ? msg('您没有同意，没有做认证') : msg('您没有同意，没有绑定任何东西'));
    await this.enterPage();
  }

  private renderCodeForm() {
    return html`
      <p>${msg('家人发给您的短信里有一个 8 位的确认码。')}</p>
      <form novalidate @submit=${this.submitCode}>
        <ssc-text-field
          required
          field-id="consent-code"
          name="code"
          label=${msg('确认码')}
          hint=${msg('8 位字母和数字，例如 K4Z9 QX7M')}
          autocomplete="off"
          input-dir="ltr"
          input-autocapitalize="characters"
          width="10"
          .value=${this.code}
          error=${this.errorFor('consent-code')}
          @input=${(event: Event) => (this.code = (event.target as HTMLInputElement).value)}
        ></ssc-text-field>
        ${this.renderSubmit(msg('继续'))}
      </form>
    `;
  }

  private renderRequest(view: ConsentView) {
    if (view.status === 'refused' && view.purpose === 'pension_check') {
      return html`<p>${msg(str`没有做认证。${view.relative.name}会看到您没有同意。`)}</p>
        <p>${msg('如果您不认识这个人，或者没有请人帮忙，请拨打 12333。')}</p>`;
    }
    if (view.status === 'refused') {
      return html`<p>${msg(str`没有绑定任何东西。${view.relative.name}会看到您没有同意。`)}</p>
        <p>${msg('如果您不认识这个人，或者没有请人帮忙，请拨打 12333。')}</p>`;
    }
    if (view.purpose === 'pension_check') return this.renderPensionRequest(view);
    return html`
      ${summaryList([
        { term: msg('谁在请求'), value: `${relativeForCardholder(view)} · ${view.relative.phoneMasked}` },
        { term: msg('要绑定的社保卡'), value: `${view.cardholder.name} · ${view.cardholder.idNumberMasked}` },
        { term: msg('开通的服务'), value: html`<ul class="ssc-plain-list">${view.services.map((id) => html`<li>${serviceName(id)}</li>`)}</ul>` },
        { term: msg('有效期至'), value: formatDateTime(view.expiresAt) },
      ])}
      <div class="ssc-panel">
        <p>${msg('只有在您认识这个人、并且请他帮忙时才同意。社保部门的工作人员不会让您做这件事。')}</p>
        <p>${msg('同意后，刷脸和输入银行卡密码都在您自己的手机上完成，家人看不到。')}</p>
      </div>
      <div class="ssc-button-group">
        <button type="button" id="consent-yes" class="ssc-button" @click=${this.accept}>${msg('同意，继续')}</button>
        <button type="button" id="consent-no" class="ssc-button ssc-button--warning" @click=${this.refuse}>${msg('不同意')}</button>
      </div>
    `;
  }

  /** A relative asks the pensioner to do the yearly check: who asks, for whom, and that the face stays on this phone. */
  private renderPensionRequest(view: ConsentView) {
    return html`
      ${summaryList([
        { term: msg('谁在请求'), value: `${relativeForCardholder(view)} · ${view.relative.phoneMasked}` },
        { term: msg('要认证的人'), value: `${view.cardholder.name} · ${view.cardholder.idNumberMasked}` },
        { term: msg('有效期至'), value: formatDateTime(view.expiresAt) },
      ])}
      <div class="ssc-panel">
        <p>${msg('养老金资格认证每年一次，证明本人健在，养老金才会继续发放。')}</p>
        <p>${msg('只有在您认识这个人、并且请他帮忙时才同意。同意后，刷脸在您自己的手机上完成，家人看不到您的照片。')}</p>
      </div>
      <div class="ssc-button-group">
        <button type="button" id="consent-yes" class="ssc-button" @click=${this.accept}>${msg('同意，开始认证')}</button>
        <button type="button" id="consent-no" class="ssc-button ssc-button--warning" @click=${this.refuse}>${msg('不同意')}</button>
      </div>
    `;
  }

  protected renderStep() {
    if (this.closed) return html`<p>${this.closedText()}</p>`;
    if (this.view) return this.renderRequest(this.view);
    if (tokenFromAddress()) return html`<p>${msg('正在读取确认请求…')}</p>`;
    return this.renderCodeForm();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-consent-screen': SscConsentScreen;
  }
}
