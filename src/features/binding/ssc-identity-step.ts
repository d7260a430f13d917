import { html, nothing, type PropertyValues } from 'lit';
import type * as z from 'zod/mini';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement, type StepError } from '../../flow/step-element.js';
import { AnswersController, dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api, ApiFailure, inSandbox, openSession } from '../../api/client.js';
import { IdentityResponse, SandboxSmsResponse, SmsSentResponse, VerifiedResponse } from '../../api/contract.js';
import { validateSmsCode } from '../../domain/card.js';
import { DOCUMENT_TYPES, type DocumentType } from '../../domain/document-types.js';
import { emptyIdentityAnswers, type IdentityAnswers } from './answers.js';
import {
  codeProblem,
  documentName,
  documentNumberHint,
  documentNumberLabel,
  documentNumberProblem,
  internationalPhoneProblem,
  mrzProblem,
  nameProblem,
  passportProblem,
} from '../../flow/messages.js';
import { formatLocales } from '../../modes/locale.js';
import type { ApplicantField, ApplicantInput } from './identity-rules.js';
import { captureFrame, cameraProblemOf, closeCamera, openCamera, showPreview, untilSettled, type CameraProblem } from '../../flow/camera.js';
import { cue } from '../../modes/cues.js';
import '../../ui/ssc-text-field.js';
import type { SscSelectField } from '../../ui/ssc-select-field.js';
import '../../ui/ssc-select-field.js';
import { phrases } from '../../ui/phrases.js';
import '../../ui/ssc-date-field.js';
import '../../ui/ssc-choice-group.js';
import { masked } from '../../ui/masked.js';

type Page = 'details' | 'face' | 'sms';
type Rules = typeof import('./identity-rules.js');

/** The rules load once, when the step first opens; every check awaits the same promise. */
let rulesPromise: Promise<Rules> | undefined;
const loadRules = (): Promise<Rules> => (rulesPromise ??= import('./identity-rules.js'));

/**
 * The details asked, one question at a time in care mode. A passport asks what its photo page
 * shows; every other document asks the name and number printed on it.
 */
type Question = 'document' | 'name' | 'idNumber' | 'phone' | 'nationality' | 'passportName' | 'birthDate' | 'sex' | 'expiryDate';
function questionsFor(document: DocumentType): readonly Question[] {
  return document === 'passport'
    ? ['document', 'nationality', 'idNumber', 'passportName', 'birthDate', 'sex', 'expiryDate', 'phone']
    : ['document', 'name', 'idNumber', 'phone'];
}
const QUESTION_FIELDS: Record<Question, readonly ApplicantField[]> = {
  document: [],
  name: ['name'],
  idNumber: ['idNumber'],
  phone: ['phone'],
  nationality: ['nationality'],
  passportName: ['surname', 'givenNames'],
  birthDate: ['birthDate'],
  sex: ['sex'],
  expiryDate: ['expiryDate'],
};
/** Each field's control id (error summary links land on it), in the order they appear. */
const FIELD_IDS: Record<ApplicantField, string> = {
  name: 'identity-name',
  nationality: 'identity-nationality',
  idNumber: 'identity-id-number',
  surname: 'identity-surname',
  givenNames: 'identity-given-names',
  birthDate: 'identity-birth-date',
  sex: 'identity-sex-female',
  expiryDate: 'identity-expiry-date',
  phone: 'identity-phone',
};
const FIELD_ORDER = Object.keys(FIELD_IDS) as ApplicantField[];
/** The questions that are one field: on their own page, the field's label or legend is the page's heading. */
const SINGLE_FIELD_QUESTIONS: readonly Question[] = ['document', 'name', 'idNumber', 'birthDate', 'sex', 'expiryDate'];
const MRZ_FIELD_ID = 'identity-mrz';

/** Form control name → the answer it keeps. */
const ANSWER_OF: Readonly<Record<string, keyof IdentityAnswers>> = {
  'identity-document': 'document',
  name: 'name',
  idNumber: 'idNumber',
  phone: 'phone',
  phoneCountry: 'phoneCountry',
  nationality: 'nationality',
  surname: 'surname',
  givenNames: 'givenNames',
  'identity-sex': 'sex',
  birthDate: 'birthDate',
  expiryDate: 'expiryDate',
};

function applicantInput(answers: IdentityAnswers): ApplicantInput {
  const { document, name, idNumber, phone, phoneCountry, nationality, surname, givenNames, birthDate, sex, expiryDate } = answers;
  return {
    document,
    name: document === 'passport' ? '' : name,
    idNumber,
    phone,
    phoneCountry,
    passport: document === 'passport' ? { nationality, surname, givenNames, birthDate, sex, expiryDate } : undefined,
  };
}

/**
 * Step 2: name, ID number and mobile; then a face check by camera, with an SMS code as the way
 * round a missing camera, a refusal or a failed check.
 */
@customElement('ssc-identity-step')
@localized()
export class SscIdentityStep extends StepElement {
  protected readonly stepId = 'identity' as const;
  private readonly identity = new AnswersController(this, emptyIdentityAnswers);
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
  @state() private smsSent: SmsSentResponse | null = null;
  @state() private resendIn = 0;
  @state() private outbox: z.infer<typeof SandboxSmsResponse>['messages'] = [];
  @query('video') private video!: HTMLVideoElement | null;
  private stream: MediaStream | null = null;
  private resendTimer: number | undefined;
  private code = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void loadRules().then((rules) => (this.rules = rules));
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
      case 'nationality':
        return html`
          ${this.renderMrz()}
          ${this.rules
            ? html`<ssc-select-field
                required
                field-id="identity-nationality"
                name="nationality"
                label=${this.questionLabel('nationality')}
                hint=${msg('与护照上的一致')}
                placeholder=${msg('请选择')}
                .options=${this.nationalityOptions(this.rules)}
                .value=${answers.nationality}
                error=${this.errorFor('identity-nationality')}
              ></ssc-select-field>`
            : nothing}
        `;
      case 'passportName':
        return html`
          <ssc-text-field
            required
            field-id="identity-surname"
            name="surname"
            label=${msg('姓')}
            hint=${msg('用英文字母，拼写与护照上的一致')}
            autocomplete="family-name"
            input-lang="en"
            input-dir="ltr"
            input-autocapitalize="characters"
            width="20"
            .value=${answers.surname}
            error=${this.errorFor('identity-surname')}
          ></ssc-text-field>
          <ssc-text-field
            field-id="identity-given-names"
            name="givenNames"
            label=${msg('名')}
            hint=${msg('用英文字母，拼写与护照上的一致。护照上没有名的，不用填')}
            autocomplete="given-name"
            input-lang="en"
            input-dir="ltr"
            input-autocapitalize="characters"
            width="20"
            .value=${answers.givenNames}
            error=${this.errorFor('identity-given-names')}
          ></ssc-text-field>
        `;
      case 'birthDate':
        return html`<ssc-date-field
          required
          field-id="identity-birth-date"
          name="birthDate"
          ?legend-is-heading=${heading}
          legend=${this.questionLabel('birthDate')}
          hint=${msg('与护照上的一致')}
          birthday
          .value=${answers.birthDate}
          error=${this.errorFor('identity-birth-date')}
        ></ssc-date-field>`;
      case 'sex':
        return html`<ssc-choice-group
          name="identity-sex"
          ?legend-is-heading=${heading}
          legend=${this.questionLabel('sex')}
          hint=${msg('与护照上的一致')}
          .options=${[
            { value: 'female', label: msg('女') },
            { value: 'male', label: msg('男') },
            { value: 'unspecified', label: msg('未注明（护照上为 X）') },
          ]}
          .selected=${answers.sex ? [answers.sex] : []}
          error=${this.errorFor('identity-sex-female')}
        ></ssc-choice-group>`;
      case 'expiryDate':
        return html`<ssc-date-field
          required
          field-id="identity-expiry-date"
          name="expiryDate"
          ?legend-is-heading=${heading}
          legend=${this.questionLabel('expiryDate')}
          hint=${msg('护照照片页上的“有效期至”。过期的护照不能用于绑定')}
          .value=${answers.expiryDate}
          error=${this.errorFor('identity-expiry-date')}
        ></ssc-date-field>`;
    }
  }

  /**
   * The phone's country: shown as words with a Change button, and a list only once the person asks
   * for it (a number typed with its +code changes it too). A <select> on the page as it arrives
   * was read out by Orca unasked ("combo box collapsed, China +86") and put it in focus mode, so
   * H and the other browse keys stopped working: Chromium reports the list's selection as a change
   * when the screen reader first explores it.
   */
  private renderPhoneCountry() {
    const rules = this.rules;
    if (!rules) return nothing;
    const { phoneCountry } = this.identity.value;
    const label = msg('手机号码所属国家或地区');
    if (this.choosingCountry) {
      return html`<ssc-select-field
        required
        field-id="identity-phone-country"
        name="phoneCountry"
        label=${label}
        .options=${this.phoneCountryOptions(rules)}
        .value=${phoneCountry}
      ></ssc-select-field>`;
    }
    return html`<div class="ssc-field">
      <p class="ssc-label" id="identity-phone-country-label">${phrases(label)}</p>
      <p class="ssc-chosen">
        <span id="identity-phone-country-chosen" dir="auto">${this.countryLabel(phoneCountry)} +${rules.callingCode(phoneCountry)}</span>
        <button type="button" class="ssc-button ssc-button--secondary ssc-chosen__change" id="identity-phone-country-change" @click=${this.chooseCountry}>
          ${msg('更改')}<span class="ssc-visually-hidden">${msg(str`：${label}`)}</span>
        </button>
      </p>
    </div>`;
  }

  private async chooseCountry(): Promise<void> {
    this.choosingCountry = true;
    await this.updateComplete;
    const field = this.querySelector<SscSelectField>('ssc-select-field[field-id="identity-phone-country"]');
    await field?.updateComplete;
    field?.querySelector('select')?.focus();
  }

  /** Countries by name in the reader's language, China first (most numbers here are Chinese). */
  private phoneCountryOptions(rules: Rules) {
    const collator = new Intl.Collator(formatLocales());
    const others = rules
      .phoneCountries()
      .filter((region) => region !== 'CN')
      .map((region) => ({ value: region, label: `${this.countryLabel(region)} +${rules.callingCode(region)}` }))
      .sort((a, b) => collator.compare(a.label, b.label));
    return [{ value: 'CN', label: `${this.countryLabel('CN')} +86` }, ...others];
  }

  /** ISO 3166 countries named through Intl.DisplayNames in the UI language, sorted for it. */
  private nationalityOptions(rules: Rules) {
    const collator = new Intl.Collator(formatLocales());
    return rules.NATIONALITY_CODES.map((code) => ({ value: code, label: this.countryLabel(rules.regionOfNationality(code)!) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
  }

  private renderMrz() {
    const open = this.mrz !== '' || this.errorFor(MRZ_FIELD_ID) !== '';
    return html`
      <details class="ssc-details" ?open=${open}>
        <summary class="ssc-details__summary">${msg('用护照底部的两行字符填写')}</summary>
        <div class="ssc-details__text">
          <ssc-text-field
            field-id=${MRZ_FIELD_ID}
            name="mrz"
            rows="3"
            label=${msg('护照照片页底部的两行字符')}
            hint=${msg('由字母、数字和 < 号组成，每行 44 个字符。可以输入或粘贴，我们会核对其中的校验位')}
            input-dir="ltr"
            input-lang="en"
            .value=${this.mrz}
            error=${this.errorFor(MRZ_FIELD_ID)}
            @input=${(event: Event) => (this.mrz = (event.target as HTMLTextAreaElement).value)}
          ></ssc-text-field>
          <button type="button" class="ssc-button ssc-button--secondary" @click=${this.fillFromMrz}>${msg('用这两行填写各项')}</button>
        </div>
      </details>
    `;
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
    `;
  }

  private renderSms() {
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
