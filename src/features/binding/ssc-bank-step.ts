import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { api, ApiFailure } from '../../api/client.js';
import { BankInfoResponse, VerifiedResponse } from '../../api/contract.js';
import { validatePaymentPassword } from '../../domain/card.js';
import { passwordProblem } from '../../flow/messages.js';
import { cue } from '../../modes/cues.js';
import type { SscTextField } from '../../ui/ssc-text-field.js';
import '../../ui/ssc-text-field.js';
import { summaryList } from '../../ui/summary-list.js';
import { bankName } from '../../flow/card-names.js';

/** Encrypts to the service's SM2 key (C1C3C2) so the password never leaves the page readable. */
async function encryptPassword(password: string, publicKey: string): Promise<string> {
  const { sm2 } = await import('sm-crypto-v2');
  return sm2.doEncrypt(password, publicKey, 1);
}

/**
 * Step 4: the card's bank account is shown; the person proves it is theirs with its 6-digit
 * payment password in one native input (paste and password managers work), encrypted on the
 * device. Forgot it: the bank resets it, and the flow waits here.
 */
@customElement('ssc-bank-step')
@localized()
export class SscBankStep extends StepElement {
  protected readonly stepId = 'bank' as const;
  @state() private bank: BankInfoResponse | null = null;
  @state() private loadFailed = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadBank();
  }

  protected stepTitle(): string {
    return msg('验证银行账户');
  }

  protected override stepInstruction(): string {
    return msg('请输入这张卡的银行支付密码，6 位数字。密码在您的手机上加密后发送，我们看不到也不会保存。');
  }

  private async loadBank(): Promise<void> {
    const result = await this.callService(() => api.get('/api/bank', BankInfoResponse), msg('正在读取社保卡的银行账户…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.loadFailed = true;
      return;
    }
    this.bank = result;
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const field = this.querySelector<SscTextField>('ssc-text-field[name="password"]');
    const checked = validatePaymentPassword(field?.value ?? '');
    if (!checked.ok) {
      const reason = checked.reason;
      await this.showErrors([{ fieldId: 'bank-password', message: () => passwordProblem(reason) }]);
      return;
    }
    if (!this.bank) return;
    const bank = this.bank;
    const ciphertext = await encryptPassword(checked.value, bank.publicKey);
    const result = await this.callService(
      (channel) => api.post('/api/bank/verify', VerifiedResponse, { keyId: bank.keyId, ciphertext }, channel),
      msg('正在向银行核对支付密码…'),
    );
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      // A wrong password is of no use to keep; the person types it again.
      if (field) field.value = '';
      this.showServiceProblem(result, 'bank-password');
      return;
    }
    if (field) field.value = '';
    cue('success', msg('银行账户验证通过'));
    dispatch({ type: 'bank-verified' });
  }

  private renderPhoneMismatch() {
    return html`
      <div class="ssc-panel ssc-notice" id="bank-phone-mismatch">
        <h2 class="ssc-heading-m">${msg('手机号与银行预留的不一致')}</h2>
        <p>${msg('您在第 2 步填写的手机号，不是这张卡在银行预留的手机号，所以不能开通支付。')}</p>
        <p>${msg('您可以：')}</p>
        <ul>
          <li>${msg('返回第 2 步，改填银行预留的手机号；或者')}</li>
          <li>${msg('先到银行网点或银行 App 更改预留手机号，再回来继续。您已完成的步骤会保留。')}</li>
        </ul>
        <button type="button" class="ssc-button ssc-button--secondary" @click=${() => dispatch({ type: 'change', step: 'identity' })}>
          ${msg('返回第 2 步更改手机号')}
        </button>
      </div>
    `;
  }

  protected renderStep() {
    if (this.loadFailed) return html`<p>${msg('暂时无法读取银行账户，请稍后再试。您已完成的步骤都已保留。')}</p>`;
    const bank = this.bank;
    if (!bank) return nothing;
    // The password's box and button come first, so at 200 % text on a 320 px phone they are on
    // the first screen; which account it is follows at once (the step's spoken instruction and
    // the hint name the card's bank password, the summary shows which bank and account).
    return html`
      ${bank.reservedPhoneMatches ? nothing : this.renderPhoneMismatch()}
      <form novalidate @submit=${this.submit}>
        <ssc-text-field
          required
          field-id="bank-password"
          name="password"
          type="password"
          label=${msg('银行卡支付密码')}
          hint=${msg('6 位数字')}
          autocomplete="current-password"
          count-digits="6"
          inputmode="numeric"
          input-dir="ltr"
          width="6"
          error=${this.errorFor('bank-password')}
        ></ssc-text-field>
        ${this.renderSubmit(msg('验证'))}
      </form>
      <p>${msg('密码在您的手机上加密后发送，我们看不到也不会保存。')}</p>
      ${summaryList([
        { term: msg('开户银行'), value: bankName(bank.bank) },
        { term: msg('银行账号'), value: bank.accountMasked, dir: 'ltr' },
      ])}
      <details class="ssc-details">
        <summary>${msg('忘记支付密码？')}</summary>
        <p>${msg(str`支付密码由${bankName(bank.bank)}管理，我们无法查看或重置。请通过银行 App、银行网点或银行客服电话重置。`)}</p>
        <p>${msg('重置后回到这里继续，您已完成的步骤都会保留。')}</p>
        <p>
          <a href=${bank.resetUrl} target="_blank" rel="noopener noreferrer">${msg('前往银行重置密码（在新窗口打开）')}</a>
        </p>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-bank-step': SscBankStep;
  }
}
