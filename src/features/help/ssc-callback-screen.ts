import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { QuestionPage } from '../../flow/question-pages.js';
import type { StepError } from '../../flow/step-element.js';
import { AnswersController } from '../../flow/store.js';
import { api } from '../../api/client.js';
import { CallbackResponse, CallbackWindowsResponse, type Callback, type CallbackWindow } from '../../api/contract.js';
import { callingCode, validatePhone } from '../../domain/phone.js';
import { countryName } from '../../domain/countries.js';
import { cue } from '../../modes/cues.js';
import { formatLocales } from '../../modes/locale.js';
import { readReference, referenceNumber } from '../../ui/reference.js';
import { masked, readMasked } from '../../ui/masked.js';
import { emptyIdentityAnswers } from '../binding/answers.js';
import { internationalPhoneProblem } from '../binding/identity-words.js';
import { emptyHelpAnswers } from './answers.js';
import { HelpPagesElement } from './help-pages.js';
import { windowText } from './help-words.js';
import '../../ui/ssc-choice-group.js';
import '../../ui/ssc-text-field.js';

const PHONE_ID = 'callback-phone';
/** A window as a radio's value (and its id's end): 2026-12-04T09:00. */
const windowValue = (window: CallbackWindow) => `${window.date}T${window.from}`;

/**
 * Ask 12333 to call back (请 12333 回电): the number to call (the one given for the codes, unless
 * the person changes it) and a time window with room; check; then the reference and when the call
 * comes. A call needs hearing, so it is one way among others, never the only one.
 */
@customElement('ssc-callback-screen')
@localized()
export class SscCallbackScreen extends HelpPagesElement {
  private readonly help = new AnswersController(this, emptyHelpAnswers);
  private readonly identity = new AnswersController(this, emptyIdentityAnswers);
  @state() private windows: CallbackWindow[] | null = null;
  @state() private requested: Callback | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // The number given for the codes, to start from: most people are called on it.
    if (!this.help.value.callbackPhone && this.identity.value.phone) {
      this.help.set({ callbackPhone: this.identity.value.phone, callbackPhoneCountry: this.identity.value.phoneCountry });
    }
    void this.loadWindows();
  }

  private async loadWindows(): Promise<void> {
    const answer = await this.askService(() => api.get('/api/help/callback-windows', CallbackWindowsResponse), '', PHONE_ID);
    if (answer) this.windows = answer.windows;
  }

  private get country(): string {
    return this.help.value.callbackPhoneCountry || 'CN';
  }

  private windowIds(): string[] {
    return (this.windows ?? []).map((window) => `callback-window-${windowValue(window)}`);
  }

  protected pages(): QuestionPage[] {
    const { callbackPhone, callbackWindow } = this.help.value;
    const chosen = this.windows?.find((window) => windowValue(window) === callbackWindow);
    return [
      {
        id: 'phone',
        oneField: true,
        fields: ['phone'],
        title: () => msg('12333 打哪个号码给您？'),
        render: () => html`<ssc-text-field
          required
          label-is-heading
          field-id=${PHONE_ID}
          name="phone"
          type="tel"
          label=${msg('12333 打哪个号码给您？')}
          hint=${this.phoneHint()}
          autocomplete="tel-national"
          inputmode="tel"
          input-dir="ltr"
          width="10"
          .value=${callbackPhone}
          error=${this.errorFor(PHONE_ID)}
          @input=${(event: Event) => this.help.set({ callbackPhone: (event.target as HTMLInputElement).value })}
        ></ssc-text-field>`,
        problems: () => {
          const checked = validatePhone(this.help.value.callbackPhone, this.country);
          return checked.ok ? [] : [this.fieldProblem('phone', checked.reason)];
        },
        summary: () => [{ term: msg('电话号码'), value: `+${callingCode(this.country)} ${this.help.value.callbackPhone.trim()}`, dir: 'ltr' }],
      },
      {
        id: 'window',
        oneField: true,
        fields: ['window'],
        title: () => msg('什么时间打给您方便？'),
        render: () => html`<ssc-choice-group
          name="callback-window"
          legend-is-heading
          legend=${msg('什么时间打给您方便？')}
          hint=${msg('北京时间。来电号码显示为 12333。')}
          .options=${(this.windows ?? []).map((window) => ({ value: windowValue(window), label: windowText(window) }))}
          .selected=${callbackWindow ? [callbackWindow] : []}
          error=${this.errorFor(this.windowIds()[0] ?? '')}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.help.set({ callbackWindow: event.detail.selected[0] ?? '' })}
        ></ssc-choice-group>`,
        problems: () => (this.windows?.some((window) => windowValue(window) === this.help.value.callbackWindow) ? [] : [this.fieldProblem('window', 'empty')]),
        summary: () => [{ term: msg('时间'), value: chosen ? windowText(chosen) : '' }],
      },
    ];
  }

  /** Which country's numbers, and (when it was filled in from the details) that another will do. */
  private phoneHint(): string {
    const which = msg(str`手机号码（${countryName(this.country, formatLocales()[0]!)} +${callingCode(this.country)}）。`);
    return this.identity.value.phone ? `${which}${msg('已经填好您刚才用的号码，也可以改成别的号码。')}` : which;
  }

  protected fieldProblem(field: string, reason: string): StepError {
    if (field === 'phone') {
      const country = this.country;
      return { fieldId: PHONE_ID, message: () => internationalPhoneProblem(reason, country, countryName(country, formatLocales()[0]!)) };
    }
    return {
      fieldId: this.windowIds()[0] ?? 'ssc-send',
      message: () => (reason === 'unknown' ? msg('这个时间已经约满了，请另选一个时间') : msg('请选择什么时间打给您')),
    };
  }

  protected override stepInstruction(): string {
    return this.pageAt === 0 ? msg('12333 的客服会在您选的时间打电话给您，帮您核实身份，办理绑定或挂失。') : '';
  }

  protected checkTitle(): string {
    return msg('请核对回电信息');
  }

  protected sendLabel(): string {
    return msg('请 12333 回电');
  }

  protected sentTitle(): string {
    return msg('12333 会给您回电话');
  }

  protected async send(): Promise<Record<string, string> | null | undefined> {
    const { callbackPhone, callbackWindow } = this.help.value;
    const [date = '', from = ''] = callbackWindow.split('T');
    const answer = await this.sendAnswers(
      (channel) => api.post('/api/help/callbacks', CallbackResponse, { phone: callbackPhone, phoneCountry: this.country, date, from }, channel),
      msg('正在提交…'),
    );
    if (!answer) {
      // A window filled meanwhile: the windows as they are now, to choose again.
      void this.loadWindows();
      return undefined;
    }
    if ('fields' in answer) return answer.fields;
    const callback = answer.sent.callback;
    this.requested = callback;
    this.help.set({ callbackPhone: '', callbackPhoneCountry: '', callbackWindow: '' });
    if (callback) cue('success', readMasked(msg(str`已经约好了。12333 会在 ${windowText(callback.window)} 打电话到 ${callback.phoneMasked}，编号 ${readReference(callback.reference)}。`)));
    return null;
  }

  protected renderSent() {
    const callback = this.requested;
    if (!callback) return html``;
    return html`
      <div class="ssc-panel ssc-panel--confirmation">
        <p>${msg('回电编号')}</p>
        ${referenceNumber(callback.reference)}
      </div>
      <p>${masked(msg(str`12333 会在 ${windowText(callback.window)}（北京时间）打电话到 ${callback.phoneMasked}。来电号码显示为 12333。`))}</p>
      <p>${msg('客服会先说出这个编号，再请您回答几个问题来核实身份。客服不会问您的银行密码或验证码，也不会让您转账。')}</p>
      <p>${msg('没接到电话也没关系，可以再约一次。')}</p>
      ${this.renderLeaveHelp(msg('完成'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-callback-screen': SscCallbackScreen;
  }
}
