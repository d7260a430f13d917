import { html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { StepError } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { api, ApiFailure } from '../../api/client.js';
import { IdentityResponse, VerifiedResponse } from '../../api/contract.js';
import { DOCUMENT_TYPES } from '../../domain/document-types.js';
import { nameProblem } from '../../flow/messages.js';
import { documentName, documentNumberHint, documentNumberLabel, documentNumberProblem, internationalPhoneProblem, mrzProblem, passportProblem } from './identity-words.js';
import { formatLocales } from '../../modes/locale.js';
import { captureFrame, cameraProblemOf, closeCamera, openCamera, showPreview, untilSettled, type CameraProblem } from '../../flow/camera.js';
import { cue } from '../../modes/cues.js';
import '../../ui/ssc-text-field.js';
import type { SscSelectField } from '../../ui/ssc-select-field.js';
import '../../ui/ssc-select-field.js';
import '../../ui/ssc-choice-group.js';
import { IdentityCodePage } from './identity-code-page.js';
import {
  ANSWER_OF,
  applicantInput,
  FIELD_IDS,
  FIELD_ORDER,
  loadRules,
  MRZ_FIELD_ID,
  QUESTION_FIELDS,
  questionsFor,
  SINGLE_FIELD_QUESTIONS,
  type Question,
  type Rules,
} from './identity-questions.js';
import { renderPassportQuestion, type PassportView } from './identity-passport.js';
import { renderPhoneCountry } from './identity-phone-country.js';
import { renderHavingTrouble } from '../help/having-trouble.js';

type Page = 'details' | 'face' | 'sms';

/**
 * Step 2: name, ID number and mobile; then a face check by camera, with an SMS code as the way
 * round a missing camera, a refusal or a failed check.
 */
@customElement('ssc-identity-step')
@localized()
export class SscIdentityStep extends IdentityCodePage {
  protected readonly stepId = 'identity' as const;
  @state() private page: Page = 'details';
  /** Care mode: which of the details questions is on screen. */
  @state() private detailsIndex = 0;
  /** The document, phone and passport rules, once loaded (country lists need them). */
  @state() private rules: Rules | null = null;
  /** The passport's two MRZ lines as typed or pasted: only used to fill the fields in. */
  @state() private mrz = '';
  /** The person asked to change the phone's country: its list is shown (see renderPhoneCountry). */
  @state() private choosingCountry = false;
  @state() private cameraProblem: CameraProblem | null = null;
  @state() private cameraReady = false;
  @query('video') private video!: HTMLVideoElement | null;
  private stream: MediaStream | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadRules().then((rules) => (this.rules = rules));
    // Back from a later step, or after a reload: the details are confirmed, the check is not.
    if (this.flow.state.progress.identity && !this.flow.state.progress.identityVerifiedBy) this.page = 'face';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    closeCamera(this.stream);
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
  private get oneQuestionPerScreen(): boolean {
    return this.settings.value.care;
  }

  /**
   * In care mode each details page asks one question; where it is one field, its label or legend
   * is the page's h1. (The phone page asks the country and the number, the passport's name two
   * names and the nationality page offers the MRZ lines first: those keep the step's heading.)
   */
  private get headingIsQuestion(): boolean {
    return this.page === 'details' && this.oneQuestionPerScreen && SINGLE_FIELD_QUESTIONS.includes(this.currentQuestion);
  }

  protected override questionIsHeading(): boolean {
    // The code page asks for one thing: its label is the heading, in every mode.
    return this.headingIsQuestion || this.page === 'sms';
  }

  private get questions(): readonly Question[] {
    return questionsFor(this.identity.value.document);
  }

  private get currentQuestion(): Question {
    return this.questions[Math.min(this.detailsIndex, this.questions.length - 1)]!;
  }

  protected override stepInstruction(): string {
    if (this.page === 'details') return this.oneQuestionPerScreen ? this.questionLabel(this.currentQuestion) : msg('请填写社保卡持卡人本人的信息，与证件上的一致。');
    if (this.page === 'face') return msg('请把手机举到面前，让脸出现在画面中间，光线要充足。准备好后选择“开始核验”，并保持不动。');
    return this.smsSent ? msg(str`我们已向 ${this.smsSent.phoneMasked} 发送了 6 位验证码，5 分钟内有效。`) : '';
  }

  private questionLabel(question: Question): string {
    const document = this.identity.value.document;
    switch (question) {
      case 'document':
        return msg('您用哪种证件？');
      case 'name':
        return msg('姓名');
      case 'idNumber':
        return documentNumberLabel(document);
      case 'phone':
        return msg('手机号码');
      case 'nationality':
        return msg('国籍');
      case 'passportName':
        return msg('姓名（与护照上的拼写一致）');
      case 'birthDate':
        return msg('出生日期');
      case 'sex':
        return msg('性别');
      case 'expiryDate':
        return msg('护照有效期至');
    }
  }

  /** Every change goes into the flow's answers, so a mode or language change loses nothing. */
  private onDetailsInput(event: Event): void {
    if (event.type === 'ssc-date-input') {
      const { name, value } = (event as CustomEvent<{ name: string; value: string }>).detail;
      const key = ANSWER_OF[name];
      if (key) this.identity.set({ [key]: value });
      return;
    }
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const key = ANSWER_OF[control.name];
    if (!key || (control instanceof HTMLInputElement && control.type === 'radio' && !control.checked)) return;
    if (key === 'document' && control.value !== this.identity.value.document) this.errors = [];
    // A number typed with its +code says which country it is from: the picker follows it, so the
    // two never disagree (a +44 number beside "China +86").
    const country = key === 'phone' ? this.rules?.countryOfTypedNumber(control.value, this.identity.value.phoneCountry) : null;
    const follows = country && country !== this.identity.value.phoneCountry && this.rules?.phoneCountries().includes(country as never);
    this.identity.set(follows ? { phone: control.value, phoneCountry: country } : { [key]: control.value });
  }

  private countryLabel(region: string): string {
    return this.rules?.countryName(region, formatLocales()[0]!) ?? region;
  }

  /** Errors for the problems found (by the app or the service), in the order the fields appear. */
  private errorsOf(problems: Partial<Record<string, string>>): StepError[] {
    const answers = this.identity.value;
    return FIELD_ORDER.filter((field) => problems[field]).map((field) => {
      const reason = problems[field]!;
      const message = (): string => {
        switch (field) {
          case 'name':
            return nameProblem(reason);
          case 'idNumber':
            return documentNumberProblem(answers.document, reason);
          case 'phone':
            return internationalPhoneProblem(reason, answers.phoneCountry, this.countryLabel(answers.phoneCountry));
          case 'expiryDate':
            return passportProblem(field, reason, answers.expiryDate);
          default:
            return passportProblem(field, reason);
        }
      };
      return { fieldId: FIELD_IDS[field], message };
    });
  }

  private async submitDetails(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const rules = await loadRules();
    const input = applicantInput(this.identity.value);
    const checked = rules.checkApplicant(input);
    const errors = checked.ok ? [] : this.errorsOf(checked.problems);
    if (this.oneQuestionPerScreen) {
      const own = new Set(QUESTION_FIELDS[this.currentQuestion].map((field) => FIELD_IDS[field]));
      const ownErrors = errors.filter((error) => own.has(error.fieldId));
      if (ownErrors.length > 0) {
        await this.showErrors(ownErrors);
        return;
      }
      if (this.detailsIndex < this.questions.length - 1) {
        this.errors = [];
        this.detailsIndex += 1;
        return;
      }
      // An earlier answer is wrong after all: go back to that question with its error.
      const first = errors[0];
      if (first) {
        this.detailsIndex = this.questions.findIndex((question) => QUESTION_FIELDS[question].some((field) => FIELD_IDS[field] === first.fieldId));
        await this.showErrors([first]);
        return;
      }
    }
    if (errors.length > 0) {
      await this.showErrors(errors);
      return;
    }
    const result = await this.callService(
      (channel) => api.post('/api/identity', IdentityResponse, input, channel),
      msg('正在核对您的身份信息…'),
    );
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      const mapped = this.errorsOf(result.error.fields ?? {});
      if (mapped.length > 0) await this.showErrors(mapped);
      else this.showServiceProblem(result, FIELD_IDS[this.identity.value.document === 'passport' ? 'nationality' : 'name']);
      return;
    }
    dispatch({ type: 'identity-entered', identity: result });
    this.smsSent = null;
    await this.goTo('face');
  }

  /** The two MRZ lines fill in every passport field, once their check digits agree. */
  private async fillFromMrz(): Promise<void> {
    const rules = await loadRules();
    const parsed = rules.parsePassportMrz(this.mrz);
    if (!parsed.ok) {
      const reason = parsed.reason;
      await this.showErrors([{ fieldId: MRZ_FIELD_ID, message: () => mrzProblem(reason) }]);
      return;
    }
    const form = rules.passportFormOf(parsed.value);
    const { number, ...rest } = form;
    this.identity.set({ ...rest, idNumber: number });
    // An expired passport is said at once, not only when the person presses Continue.
    const checked = rules.validatePassport(form);
    if (!checked.ok && checked.problems.expiryDate === 'expired') {
      await this.showErrors(this.errorsOf({ expiryDate: 'expired' }));
      return;
    }
    this.errors = [];
    cue('success', msg('已根据护照底部的字符填好各项。请对照护照逐项核对，然后继续。'));
  }

  // ---- face ----
  private async startCamera(): Promise<void> {
    try {
      this.stream = await openCamera('user');
      await this.updateComplete;
      await showPreview(this.video, this.stream);
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
    await untilSettled(() => this.cameraReady || this.cameraProblem !== null);
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

  // ---- rendering ----
  private renderQuestion(question: Question) {
    const answers = this.identity.value;
    const care = this.oneQuestionPerScreen;
    const heading = this.headingIsQuestion;
    switch (question) {
      case 'document':
        return html`<ssc-choice-group
          name="identity-document"
          ?legend-is-heading=${heading}
          legend=${this.questionLabel('document')}
          .options=${DOCUMENT_TYPES.map((document) => ({
            value: document,
            label: documentName(document),
            hint:
              document === 'passport'
                ? msg('外国人可以用护照绑定')
                : document === 'work_permit'
                  ? msg('在中国工作的外国人可以用工作许可证号码绑定')
                  : undefined,
          }))}
          .selected=${[answers.document]}
        ></ssc-choice-group>`;
      case 'name':
        return html`<ssc-text-field
          required
          field-id="identity-name"
          name="name"
          ?label-is-heading=${heading}
          label=${this.questionLabel('name')}
          hint=${care || answers.document !== 'resident_id' ? msg('与证件上的一致') : ''}
          autocomplete="name"
          width="20"
          .value=${answers.name}
          error=${this.errorFor('identity-name')}
        ></ssc-text-field>`;
      case 'idNumber':
        return html`<ssc-text-field
          required
          field-id="identity-id-number"
          name="idNumber"
          ?label-is-heading=${heading}
          label=${this.questionLabel('idNumber')}
          hint=${documentNumberHint(answers.document)}
          autocomplete="off"
          input-dir="ltr"
          input-autocapitalize="characters"
          width="20"
          .value=${answers.idNumber}
          error=${this.errorFor('identity-id-number')}
        ></ssc-text-field>`;
      case 'phone':
        return html`
          ${this.renderPhoneCountry()}
          <ssc-text-field
            required
            field-id="identity-phone"
            name="phone"
            type="tel"
            label=${this.questionLabel('phone')}
            hint=${msg('用于接收验证码，最好是在银行预留的号码')}
            autocomplete="tel-national"
            inputmode="tel"
            input-dir="ltr"
            width="10"
            .value=${answers.phone}
            error=${this.errorFor('identity-phone')}
          ></ssc-text-field>
        `;
      default:
        return renderPassportQuestion(question, this.passportView());
    }
  }

  private renderPhoneCountry() {
    if (!this.rules) return nothing;
    return renderPhoneCountry({
      rules: this.rules,
      phoneCountry: this.identity.value.phoneCountry,
      choosing: this.choosingCountry,
      countryLabel: (region) => this.countryLabel(region),
      choose: () => void this.chooseCountry(),
    });
  }

  private async chooseCountry(): Promise<void> {
    this.choosingCountry = true;
    await this.updateComplete;
    const field = this.querySelector<SscSelectField>('ssc-select-field[field-id="identity-phone-country"]');
    await field?.updateComplete;
    field?.querySelector('select')?.focus();
  }

  /** What a passport's questions (identity-passport.ts) need of the step. */
  private passportView(): PassportView {
    return {
      answers: this.identity.value,
      heading: this.headingIsQuestion,
      rules: this.rules,
      mrz: this.mrz,
      questionLabel: (question) => this.questionLabel(question),
      errorFor: (fieldId) => this.errorFor(fieldId),
      countryLabel: (region) => this.countryLabel(region),
      onMrzInput: (value) => (this.mrz = value),
      fillFromMrz: () => void this.fillFromMrz(),
    };
  }

  private renderDetails() {
    const questions = this.oneQuestionPerScreen ? [this.currentQuestion] : this.questions;
    return html`
      ${this.oneQuestionPerScreen ? nothing : html`<p>${msg('请填写社保卡持卡人本人的信息，与证件上的一致。')}</p>`}
      <form
        novalidate
        @submit=${this.submitDetails}
        @input=${this.onDetailsInput}
        @change=${this.onDetailsInput}
        @ssc-date-input=${this.onDetailsInput}
      >
        ${questions.map((question) => this.renderQuestion(question))} ${this.renderSubmit(msg('继续'))}
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
      ${renderHavingTrouble()}
    `;
  }

  protected override onBack(): void {
    if (this.page === 'details' && this.oneQuestionPerScreen && this.detailsIndex > 0) {
      this.errors = [];
      this.detailsIndex -= 1;
    } else if (this.page === 'details') super.onBack();
    else void this.goTo(this.page === 'sms' && !this.cameraProblem ? 'face' : 'details');
  }

  protected changeNumber(event: Event): void {
    event.preventDefault();
    void this.goTo('details');
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
