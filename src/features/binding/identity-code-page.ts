// The identity step's text-message page: send the 6-digit code (and again after a wait), check
// it, and in the sandbox show the messages a real phone would have received. The way round a
// face check that cannot work; the step's other pages extend this.
import { html, nothing } from 'lit';
import type * as z from 'zod/mini';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { AnswersController, dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api, ApiFailure, inSandbox, openSession } from '../../api/client.js';
import { SandboxSmsResponse, SmsSentResponse, VerifiedResponse } from '../../api/contract.js';
import { validateSmsCode } from '../../domain/card.js';
import { codeProblem } from '../../flow/messages.js';
import { cue } from '../../modes/cues.js';
import { masked } from '../../ui/masked.js';
import '../../ui/ssc-text-field.js';
import { emptyIdentityAnswers } from './answers.js';
import { loadRules } from './identity-questions.js';
import { renderHavingTrouble } from '../help/having-trouble.js';

export abstract class IdentityCodePage extends StepElement {
  protected readonly identity = new AnswersController(this, emptyIdentityAnswers);
  @state() protected smsSent: SmsSentResponse | null = null;
  @state() private resendIn = 0;
  @state() private outbox: z.infer<typeof SandboxSmsResponse>['messages'] = [];
  private resendTimer: number | undefined;
  private code = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearInterval(this.resendTimer);
  }

  /** "Change the number": back to the details, where the phone is. */
  protected abstract changeNumber(event: Event): void;

  protected async sendCode(): Promise<void> {
    const result = await this.callService((channel) => api.post('/api/identity/sms', SmsSentResponse, {}, channel), msg('正在发送验证码…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.startResendCountdown(result.error.retryAfter ?? 0);
      this.showServiceProblem(result, 'identity-code');
      return;
    }
    this.smsSent = result;
    this.startResendCountdown(result.resendAfter);
    cue('success', msg(str`验证码已发送到 ${result.phoneMasked}，5 分钟内有效`));
    void this.loadOutbox();
  }

  private startResendCountdown(seconds: number): void {
    window.clearInterval(this.resendTimer);
    this.resendIn = seconds;
    if (seconds <= 0) return;
    this.resendTimer = window.setInterval(() => {
      this.resendIn = Math.max(0, this.resendIn - 1);
      if (this.resendIn === 0) window.clearInterval(this.resendTimer);
    }, 1000);
  }

  /** Sandbox only: the messages a real phone would have received, so testers can read the code. */
  private async loadOutbox(): Promise<void> {
    if (!inSandbox()) return;
    const { phone, phoneCountry } = this.identity.value;
    const checked = (await loadRules()).validatePhone(phone, phoneCountry);
    try {
      const number = checked.ok ? checked.value.e164 : phone;
      const outbox = await api.get(`/api/sandbox/sms?phone=${encodeURIComponent(number)}`, SandboxSmsResponse);
      this.outbox = outbox.messages.slice(0, 3);
    } catch {
      this.outbox = [];
    }
  }

  private async submitCode(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = validateSmsCode(this.code);
    if (!checked.ok) {
      const reason = checked.reason;
      await this.showErrors([{ fieldId: 'identity-code', message: () => codeProblem(reason) }]);
      return;
    }
    const result = await this.callService(
      (channel) => api.post('/api/identity/sms/verify', VerifiedResponse, { code: checked.value }, channel),
      msg('正在核对验证码…'),
    );
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      // "No code" after pressing again: the code was accepted but its answer was lost on the way
      // (a fault after the service acted). The service's own word on the session settles it.
      const accepted = result.code === 'no_code' && (await openSession().catch(() => null))?.progress.identityVerifiedBy === 'sms';
      if (!accepted) {
        // A refused code is of no use to keep (and is masked in screen-reader mode); after a
        // fault of the service it stays, ready to send again.
        if (result.status < 500) this.code = '';
        this.showServiceProblem(result, 'identity-code');
        return;
      }
    }
    cue('success', msg('验证码正确，身份已核实'));
    dispatch({ type: 'identity-verified', method: 'sms' });
  }


  protected renderSms() {
    // The question first, as its page's heading; where the code went follows it (and is read out
    // with the heading when voice guidance is on), so the box is on the first screen at 200 % text.
    return html`
      <form novalidate @submit=${this.submitCode}>
        <ssc-text-field
          required
          label-is-heading
          field-id="identity-code"
          name="code"
          label=${msg('输入短信验证码')}
          hint=${msg('6 位数字，可以直接粘贴短信')}
          autocomplete="one-time-code"
          count-digits="6"
          type=${this.settings.value.screenReader ? 'password' : 'text'}
          inputmode="numeric"
          input-dir="ltr"
          width="6"
          .value=${this.code}
          error=${this.errorFor('identity-code')}
          @input=${(event: Event) => (this.code = (event.target as HTMLInputElement).value)}
        ></ssc-text-field>
        ${this.renderSubmit(msg('确认'))}
      </form>
      ${this.smsSent
        ? html`<p>${masked(msg(str`我们已向 ${this.smsSent.phoneMasked} 发送了 6 位验证码，5 分钟内有效。`))}</p>`
        : nothing}
      <h2 class="ssc-heading-m">${msg('收不到验证码？')}</h2>
      ${this.resendIn > 0
        ? html`<p>${msg(str`${this.resendIn} 秒后可以重新发送`)}</p>`
        : html`<button type="button" class="ssc-button ssc-button--secondary" @click=${this.sendCode}>${msg('重新发送验证码')}</button>`}
      ${this.flow.state.progress.remote
        ? nothing
        : html`<p><a href=${SCREEN_PATHS.identity} @click=${this.changeNumber}>${msg('更改手机号码')}</a></p>`}
      ${renderHavingTrouble({ heading: false })} ${this.renderOutbox()}
    `;
  }


  private renderOutbox() {
    if (!inSandbox() || this.outbox.length === 0) return nothing;
    return html`
      <details class="ssc-panel ssc-sandbox">
        <summary>${msg('测试环境：查看收到的短信')}</summary>
        <ul>
          ${this.outbox.map((message) => html`<li lang="zh-Hans">${message.text}</li>`)}
        </ul>
      </details>
    `;
  }

}
