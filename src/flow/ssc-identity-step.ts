import { html, nothing, type PropertyValues } from 'lit';
import type { z } from 'zod';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement, type StepError } from './step-element.js';
import { dispatch } from './store.js';
import { SCREEN_PATHS } from './state.js';
import { api, ApiFailure, inSandbox } from '../api/client.js';
import { IdentityResponse, SandboxSmsResponse, SmsSentResponse, VerifiedResponse } from '../api/contract.js';
import { validateIdNumber, validateMobile, validateName } from '../domain/identity.js';
import { validateSmsCode } from '../domain/card.js';
import { codeProblem, idNumberProblem, nameProblem, phoneProblem } from './messages.js';
import { captureFrame, cameraProblemOf, closeCamera, openCamera, type CameraProblem } from './camera.js';
import { cue } from '../modes/cues.js';
import type { SscTextField } from '../ui/ssc-text-field.js';
import '../ui/ssc-text-field.js';

type Page = 'details' | 'face' | 'sms';
type DetailsField = 'name' | 'idNumber' | 'phone';
/** In care mode the details are asked one question per screen, in this order. */
const DETAILS_FIELDS: readonly DetailsField[] = ['name', 'idNumber', 'phone'];
const FIELD_IDS: Record<DetailsField, string> = { name: 'identity-name', idNumber: 'identity-id-number', phone: 'identity-phone' };

/**
 * Step 2: name, ID number and mobile; then a face check by camera, with an SMS code as the way
 * round a missing camera, a refusal or a failed check.
 */
@customElement('ssc-identity-step')
@localized()
export class SscIdentityStep extends StepElement {
  protected readonly stepId = 'identity' as const;
  @state() private page: Page = 'details';
  /** Care mode: which of the details questions is on screen. */
  @state() private detailsIndex = 0;
  @state() private cameraProblem: CameraProblem | null = null;
  @state() private cameraReady = false;
  @state() private smsSent: SmsSentResponse | null = null;
  @state() private resendIn = 0;
  @state() private outbox: z.infer<typeof SandboxSmsResponse>['messages'] = [];
  @query('video') private video!: HTMLVideoElement | null;
  private stream: MediaStream | null = null;
  private resendTimer: number | undefined;
  private code = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from a later step, or after a reload: the details are confirmed, the check is not.
    if (this.flow.state.progress.identity && !this.flow.state.progress.identityVerifiedBy) this.page = 'face';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    closeCamera(this.stream);
    window.clearInterval(this.resendTimer);
  }

  protected stepTitle(): string {
    switch (this.page) {
      case 'details':
        return msg('核实身份');
      case 'face':
        return msg('刷脸核验');
      case 'sms':
        return msg('输入短信验证码');
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('page') && changed.get('page') !== undefined) void this.enterPage();
    else if (changed.has('detailsIndex') && changed.get('detailsIndex') !== undefined) void this.enterPage();
    if (changed.has('page') && this.page === 'face' && !this.stream && !this.cameraProblem) void this.startCamera();
  }

  private async goTo(page: Page): Promise<void> {
    if (page !== 'face') {
      closeCamera(this.stream);
      this.stream = null;
      this.cameraReady = false;
    }
    this.errors = [];
    this.page = page;
    if (page === 'sms' && !this.smsSent) await this.sendCode();
  }

  // ---- details ----
  private field(name: DetailsField): SscTextField | null {
    return this.querySelector<SscTextField>(`ssc-text-field[name="${name}"]`);
  }

  private get oneQuestionPerScreen(): boolean {
    return this.settings.value.care;
  }

  protected override stepInstruction(): string {
    if (this.page === 'details') return this.oneQuestionPerScreen ? this.fieldLabel(DETAILS_FIELDS[this.detailsIndex]!) : msg('请填写社保卡持卡人本人的信息，与身份证上的一致。');
    if (this.page === 'face') return msg('请把手机举到面前，让脸出现在画面中间，光线要充足。准备好后选择“开始核验”，并保持不动。');
    return this.smsSent ? msg(str`我们已向 ${this.smsSent.phoneMasked} 发送了 6 位验证码，5 分钟内有效。`) : '';
  }

  private fieldLabel(field: DetailsField): string {
    switch (field) {
      case 'name':
        return msg('姓名');
      case 'idNumber':
        return msg('身份证号码');
      case 'phone':
        return msg('手机号码');
    }
  }

  /** Every keystroke goes into the flow's answers, so a mode or language change loses nothing. */
  private onDetailsInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if ((DETAILS_FIELDS as readonly string[]).includes(input.name)) {
      dispatch({ type: 'answers', answers: { [input.name]: input.value } });
    }
  }

  private async submitDetails(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // One question per screen (care mode) leaves the other answers in the flow's answers.
    const answers = this.flow.state.answers;
    const name = this.field('name')?.value ?? answers.name;
    const idNumber = this.field('idNumber')?.value ?? answers.idNumber;
    const phone = this.field('phone')?.value ?? answers.phone;
    dispatch({ type: 'answers', answers: { name, idNumber, phone } });
    const errors: StepError[] = [];
    const nameResult = validateName(name);
    if (!nameResult.ok) errors.push({ fieldId: 'identity-name', message: () => nameProblem(nameResult.reason) });
    const idResult = validateIdNumber(idNumber);
    if (!idResult.ok) errors.push({ fieldId: 'identity-id-number', message: () => idNumberProblem(idResult.reason) });
    const phoneResult = validateMobile(phone);
    if (!phoneResult.ok) errors.push({ fieldId: 'identity-phone', message: () => phoneProblem(phoneResult.reason) });
    if (this.oneQuestionPerScreen) {
      const current = FIELD_IDS[DETAILS_FIELDS[this.detailsIndex]!];
      const own = errors.filter((error) => error.fieldId === current);
      if (own.length > 0) {
        await this.showErrors(own);
        return;
      }
      if (this.detailsIndex < DETAILS_FIELDS.length - 1) {
        this.errors = [];
        this.detailsIndex += 1;
        return;
      }
      // An earlier answer is wrong after all: go back to that question with its error.
      const first = errors[0];
      if (first) {
        this.detailsIndex = DETAILS_FIELDS.findIndex((field) => FIELD_IDS[field] === first.fieldId);
        await this.showErrors([first]);
        return;
      }
    }
    if (errors.length > 0) {
      await this.showErrors(errors);
      return;
    }
    const result = await this.callService(
      (channel) => api.post('/api/identity', IdentityResponse, { name, idNumber, phone }, channel),
      msg('正在核对您的身份信息…'),
    );
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      const fields = result.error.fields ?? {};
      const mapped: StepError[] = [];
      if (fields.name) mapped.push({ fieldId: 'identity-name', message: () => nameProblem(fields.name!) });
      if (fields.idNumber) mapped.push({ fieldId: 'identity-id-number', message: () => idNumberProblem(fields.idNumber!) });
      if (fields.phone) mapped.push({ fieldId: 'identity-phone', message: () => phoneProblem(fields.phone!) });
      if (mapped.length > 0) await this.showErrors(mapped);
      else this.showServiceProblem(result, 'identity-name');
      return;
    }
    dispatch({ type: 'identity-entered', identity: result });
    this.smsSent = null;
    await this.goTo('face');
  }

  // ---- face ----
  private async startCamera(): Promise<void> {
    try {
      this.stream = await openCamera('user');
      await this.updateComplete;
      if (this.video) {
        this.video.srcObject = this.stream;
        await this.video.play().catch(() => undefined);
      }
      this.cameraReady = true;
      cue('waiting', msg('摄像头已打开。请把脸放在画面中间，保持不动。'));
    } catch (error) {
      this.cameraProblem = cameraProblemOf(error);
      // The person may have moved on (to the SMS code) while the camera was being asked for.
      if (this.page === 'face') cue('error', this.cameraProblemText());
    }
  }

  private cameraProblemText(): string {
    switch (this.cameraProblem) {
      case 'denied':
        return msg('没有获得使用摄像头的允许。您可以改用短信验证码。');
      case 'no-device':
      case 'unsupported':
        return msg('这台设备没有可用的摄像头。您可以改用短信验证码。');
      default:
        return msg('摄像头暂时无法打开。您可以改用短信验证码。');
    }
  }

  private async submitFace(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Pressed before the preview has started: wait for it (briefly) rather than do nothing.
    for (let waited = 0; !this.cameraReady && !this.cameraProblem && waited < 5000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!this.video || !this.cameraReady) return;
    const image = captureFrame(this.video);
    const result = await this.callService(
      (channel) => api.post('/api/identity/face', VerifiedResponse, { image }, channel),
      msg('正在核验，请保持不动…'),
    );
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, 'identity-use-sms');
      return;
    }
    cue('success', msg('人脸核验通过'));
    dispatch({ type: 'identity-verified', method: 'face' });
  }

  // ---- sms ----
  private async sendCode(): Promise<void> {
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
    const phone = this.flow.state.answers.phone;
    try {
      const outbox = await api.get(`/api/sandbox/sms?phone=${encodeURIComponent(phone)}`, SandboxSmsResponse);
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
      // A wrong or expired code is of no use to keep (and is masked in screen-reader mode).
      this.code = '';
      this.showServiceProblem(result, 'identity-code');
      return;
    }
    cue('success', msg('验证码正确，身份已核实'));
    dispatch({ type: 'identity-verified', method: 'sms' });
  }

  // ---- rendering ----
  private renderDetails() {
    const answers = this.flow.state.answers;
    const shown = (field: DetailsField) => !this.oneQuestionPerScreen || DETAILS_FIELDS[this.detailsIndex] === field;
    return html`
      ${this.oneQuestionPerScreen ? nothing : html`<p>${msg('请填写社保卡持卡人本人的信息，与身份证上的一致。')}</p>`}
      <form novalidate @submit=${this.submitDetails} @input=${this.onDetailsInput}>
        ${shown('name')
          ? html`<ssc-text-field
              field-id="identity-name"
              name="name"
              label=${this.fieldLabel('name')}
              hint=${this.oneQuestionPerScreen ? msg('与身份证上的一致') : ''}
              autocomplete="name"
              width="20"
              .value=${answers.name}
              error=${this.errorFor('identity-name')}
            ></ssc-text-field>`
          : nothing}
        ${shown('idNumber')
          ? html`<ssc-text-field
              field-id="identity-id-number"
              name="idNumber"
              label=${this.fieldLabel('idNumber')}
              hint=${msg('18 位，最后一位可能是 X')}
              autocomplete="off"
              input-dir="ltr"
              width="20"
              .value=${answers.idNumber}
              error=${this.errorFor('identity-id-number')}
            ></ssc-text-field>`
          : nothing}
        ${shown('phone')
          ? html`<ssc-text-field
              field-id="identity-phone"
              name="phone"
              type="tel"
              label=${this.fieldLabel('phone')}
              hint=${msg('用于接收验证码，最好是在银行预留的号码')}
              autocomplete="tel-national"
              inputmode="tel"
              input-dir="ltr"
              width="10"
              .value=${answers.phone}
              error=${this.errorFor('identity-phone')}
            ></ssc-text-field>`
          : nothing}
        ${this.renderSubmit(msg('继续'))}
      </form>
    `;
  }

  private renderFace() {
    const unavailable = this.cameraProblem !== null;
    return html`
      <p id="face-instructions">${msg('请把手机举到面前，让脸出现在画面中间，光线要充足。准备好后选择“开始核验”，并保持不动。')}</p>
      ${unavailable
        ? html`<div class="ssc-panel"><p>${this.cameraProblemText()}</p></div>`
        : html`<video class="ssc-camera" autoplay muted playsinline aria-label=${msg('摄像头画面')} aria-describedby="face-instructions"></video>`}
      <form novalidate @submit=${this.submitFace}>
        <div class="ssc-button-group">
          ${unavailable ? nothing : this.renderSubmit(msg('开始核验'))}
          <button
            type="button"
            id="identity-use-sms"
            class="ssc-button ${unavailable ? '' : 'ssc-button--secondary'}"
            @click=${() => this.goTo('sms')}
          >
            ${msg('改用短信验证码')}
          </button>
        </div>
      </form>
    `;
  }

  private renderSms() {
    return html`
      ${this.smsSent
        ? html`<p>${msg(str`我们已向 ${this.smsSent.phoneMasked} 发送了 6 位验证码，5 分钟内有效。`)}</p>`
        : nothing}
      <form novalidate @submit=${this.submitCode}>
        <ssc-text-field
          field-id="identity-code"
          name="code"
          label=${msg('验证码')}
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
      <h2 class="ssc-heading-m">${msg('收不到验证码？')}</h2>
      ${this.resendIn > 0
        ? html`<p>${msg(str`${this.resendIn} 秒后可以重新发送`)}</p>`
        : html`<button type="button" class="ssc-button ssc-button--secondary" @click=${this.sendCode}>${msg('重新发送验证码')}</button>`}
      <p><a href=${SCREEN_PATHS.identity} @click=${this.changeNumber}>${msg('更改手机号码')}</a></p>
      ${this.renderOutbox()}
    `;
  }

  protected override onBack(): void {
    if (this.page === 'details' && this.oneQuestionPerScreen && this.detailsIndex > 0) {
      this.errors = [];
      this.detailsIndex -= 1;
    } else if (this.page === 'details') super.onBack();
    else void this.goTo(this.page === 'sms' && !this.cameraProblem ? 'face' : 'details');
  }

  private changeNumber(event: Event): void {
    event.preventDefault();
    void this.goTo('details');
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

  protected renderStep() {
    switch (this.page) {
      case 'details':
        return this.renderDetails();
      case 'face':
        return this.renderFace();
      case 'sms':
        return this.renderSms();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-identity-step': SscIdentityStep;
  }
}
