import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement, type StepError } from '../../flow/step-element.js';
import { AnswersController, dispatch } from '../../flow/store.js';
import { emptyRequestAnswers } from './answers.js';
// The card slice is the binding's: the relative adds the same card the card step would.
import { emptyCardAnswers } from '../binding/answers.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api, ApiFailure } from '../../api/client.js';
import { Binding, Card, ConsentView, SERVICE_IDS, type Relationship, type ServiceId } from '../../api/contract.js';
import { validateIdNumber, validateMobile, validateName } from '../../domain/identity.js';
import { validateCardNumber } from '../../domain/card.js';
import { cardNumberProblem, formatDateTime, idNumberProblem, nameProblem, phoneProblem } from '../../flow/messages.js';
import { serviceDescription, serviceName } from '../../flow/services.js';
import { poll } from '../../flow/poll.js';
import { isFinished, RELATIONSHIPS, relationshipName, remoteProgressList, remoteStatusSentence } from './remote.js';
import { AUTONYMS, getLocale, LOCALES, type Locale } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import { summaryList } from '../../ui/summary-list.js';
import '../../ui/ssc-text-field.js';
import '../../ui/ssc-choice-group.js';
import { issuerName } from '../../flow/card-names.js';
import { masked } from '../../ui/masked.js';

interface RequestForm {
  holderName: string;
  holderIdNumber: string;
  holderPhone: string;
  relativeName: string;
  relativePhone: string;
  relationship: Relationship | '';
  services: ServiceId[];
  locale: Locale;
}

const FIELD_IDS: Record<string, string> = {
  holderName: 'relative-holder-name',
  holderIdNumber: 'relative-holder-id-number',
  holderPhone: 'relative-holder-phone',
  relativeName: 'relative-name',
  relativePhone: 'relative-phone',
  relationship: 'relative-relationship-child',
  services: `relative-services-${SERVICE_IDS[0]}`,
  cardNumber: 'relative-card-number',
};

/**
 * A relative binds a family member's card: they type the cardholder's details and their own, send
 * a consent request, then follow it live. They add the card and bind; everything that proves it
 * is the cardholder (face or code, payment password, signature) happens on the cardholder's phone.
 */
@customElement('ssc-relative-screen')
@localized()
export class SscRelativeScreen extends StepElement {
  protected readonly stepId = null;
  private readonly request = new AnswersController(this, emptyRequestAnswers);
  private readonly card = new AnswersController(this, emptyCardAnswers);
  @state() private view: ConsentView | null = null;
  private stopPolling: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.flow.state.progress.remote) void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling?.();
  }

  protected override helpSection(): string {
    return 'family';
  }

  protected stepTitle(): string {
    const view = this.view;
    if (!view) return msg('帮家人绑定社保卡');
    switch (view.status) {
      case 'pending':
        return msg(str`等待${view.cardholder.name}确认`);
      case 'identity_verified':
        return msg(str`添加${view.cardholder.name}的社保卡`);
      case 'signed':
        return msg(str`完成${view.cardholder.name}的绑定`);
      case 'refused':
        return msg(str`${view.cardholder.name}没有同意`);
      case 'cancelled':
      case 'expired':
        return msg('请求已结束');
      default:
        return msg(str`正在帮${view.cardholder.name}绑定`);
    }
  }

  protected override stepInstruction(): string {
    return this.view ? remoteStatusSentence(this.view, 'relative') : msg('请填写持卡人和您自己的信息。持卡人会在自己的手机上确认，并亲自完成刷脸和输入密码。');
  }

  protected override renderBackLink() {
    if (this.flow.state.progress.remote) return nothing;
    return html`<p class="ssc-back"><a href=${SCREEN_PATHS.entry} @click=${this.back}>${msg('返回上一步')}</a></p>`;
  }

  private back(event: Event): void {
    event.preventDefault();
    dispatch({ type: 'back' });
  }

  /** The request as the service has it; a change of status is said aloud and moves the page on. */
  private async refresh(): Promise<void> {
    const view = await api.get('/api/consent', ConsentView);
    const before = this.view?.status;
    this.view = view;
    if (before !== undefined && before !== view.status) {
      // A problem told about the part just done no longer applies: the service has moved on (an
      // answer lost after the card was added, say), and its field is gone.
      this.errors = [];
      const kind = view.status === 'refused' || view.status === 'cancelled' || view.status === 'expired' ? 'error' : 'success';
      cue(kind, remoteStatusSentence(view, 'relative'));
      await this.enterPage();
    }
    if (isFinished(view.status)) this.stopPolling?.();
    else if (!this.stopPolling) this.stopPolling = poll(() => this.refresh());
  }

  /**
   * The request as typed. It lives in the flow's answers, so a reload, a closed tab, an update or a
   * change of language or mode brings it back as it was.
   */
  private get form(): RequestForm {
    const answers = this.request.value;
    const asked = answers.requestServices.split(',');
    return {
      holderName: answers.holderName,
      holderIdNumber: answers.holderIdNumber,
      holderPhone: answers.holderPhone,
      relativeName: answers.relativeName,
      relativePhone: answers.relativePhone,
      relationship: (RELATIONSHIPS as readonly string[]).includes(answers.relationship) ? (answers.relationship as Relationship) : '',
      services: SERVICE_IDS.filter((id) => asked.includes(id)),
      locale: (LOCALES as readonly string[]).includes(answers.holderLocale) ? (answers.holderLocale as Locale) : (getLocale() as Locale),
    };
  }

  private setFormField<K extends keyof RequestForm>(key: K, value: RequestForm[K]): void {
    if (key === 'services') this.request.set({ requestServices: (value as ServiceId[]).join(',') });
    else if (key === 'locale') this.request.set({ holderLocale: value as string });
    else this.request.set({ [key]: value });
  }

  private problemFor(field: string, reason: string): () => string {
    switch (field) {
      case 'holderName':
      case 'relativeName':
        return () => nameProblem(reason);
      case 'holderIdNumber':
        return () => idNumberProblem(reason);
      case 'relativePhone':
        return () => (reason === 'same_as_holder' ? msg('这是持卡人的号码。请填写您自己的手机号码') : phoneProblem(reason));
      case 'relationship':
        return () => msg('请选择您是持卡人的什么人');
      case 'services':
        return () => msg('请至少选择一项服务');
      default:
        return () => phoneProblem(reason);
    }
  }

  private async send(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = this.form;
    const problems: Record<string, string> = {};
    const check = (field: string, result: { ok: boolean; reason?: string }) => {
      if (!result.ok) problems[field] = result.reason ?? 'invalid';
    };
    check('holderName', validateName(form.holderName));
    check('holderIdNumber', validateIdNumber(form.holderIdNumber));
    check('holderPhone', validateMobile(form.holderPhone));
    check('relativeName', validateName(form.relativeName));
    check('relativePhone', validateMobile(form.relativePhone));
    if (form.relationship === '') problems.relationship = 'empty';
    if (form.services.length === 0) problems.services = 'empty';
    const errors = (fields: Record<string, string>): StepError[] =>
      Object.keys(FIELD_IDS)
        .filter((field) => fields[field])
        .map((field) => ({ fieldId: FIELD_IDS[field]!, message: this.problemFor(field, fields[field]!) }));
    if (Object.keys(problems).length > 0) {
      await this.showErrors(errors(problems));
      return;
    }
    const result = await this.callService(() => api.post('/api/consent', ConsentView, form), msg('正在发送确认请求…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      const mapped = errors(result.error.fields ?? {});
      if (mapped.length > 0) await this.showErrors(mapped);
      else this.showServiceProblem(result, FIELD_IDS.holderName!);
      return;
    }
    this.errors = [];
    this.view = result;
    cue('success', msg(str`确认请求已发送给${result.cardholder.name}`));
    dispatch({ type: 'resume', progress: { ...this.flow.state.progress, identity: null, remote: { role: 'relative', status: result.status } } });
    await this.enterPage();
    this.stopPolling = poll(() => this.refresh());
  }

  private async addCard(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = validateCardNumber(this.card.value.cardNumber);
    if (!checked.ok) {
      const reason = checked.reason;
      await this.showErrors([{ fieldId: FIELD_IDS.cardNumber!, message: () => cardNumberProblem(reason) }]);
      return;
    }
    const result = await this.callService((channel) => api.post('/api/card', Card, { cardNumber: checked.value }, channel), msg('正在查找社保卡…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, FIELD_IDS.cardNumber!);
      return;
    }
    this.errors = [];
    await this.refresh();
  }

  private async bind(): Promise<void> {
    const services = this.view?.services ?? [];
    const result = await this.callService((channel) => api.post('/api/binding', Binding, { services }, channel), msg('正在绑定社保卡…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, 'relative-bind');
      return;
    }
    this.stopPolling?.();
    dispatch({ type: 'bound', binding: result });
  }

  private async cancel(): Promise<void> {
    const result = await this.callService(() => api.post('/api/consent/cancel', ConsentView), msg('正在取消请求…'));
    if (result === undefined || result instanceof ApiFailure) return;
    this.view = result;
    cue('success', remoteStatusSentence(result, 'relative'));
    await this.enterPage();
  }

  private startAgain(): void {
    this.stopPolling?.();
    dispatch({ type: 'unbound' });
  }

  private renderForm() {
    const form = this.form;
    const field = (name: keyof RequestForm, label: string, hint: string, extra: { type?: 'tel'; autocomplete?: string; width?: '20' | '10' } = {}) => html`
      <ssc-text-field
        required
        field-id=${FIELD_IDS[name]!}
        name=${name}
        label=${label}
        hint=${hint}
        type=${extra.type ?? 'text'}
        autocomplete=${extra.autocomplete ?? 'off'}
        inputmode=${extra.type === 'tel' ? 'tel' : 'text'}
        input-dir=${extra.type === 'tel' || name === 'holderIdNumber' ? 'ltr' : 'auto'}
        width=${extra.width ?? '20'}
        .value=${form[name] as string}
        error=${this.errorFor(FIELD_IDS[name]!)}
        @input=${(event: Event) => this.setFormField(name, (event.target as HTMLInputElement).value as never)}
      ></ssc-text-field>
    `;
    return html`
      <p>${msg('请填写持卡人和您自己的信息。持卡人会在自己的手机上确认，并亲自完成刷脸和输入密码。')}</p>
      <form novalidate @submit=${this.send}>
        <h2 class="ssc-heading-m">${msg('持卡人')}</h2>
        ${field('holderName', msg('持卡人姓名'), msg('与身份证上的一致'))}
        ${field('holderIdNumber', msg('持卡人身份证号码'), msg('18 位，最后一位可能是 X'))}
        ${field('holderPhone', msg('持卡人手机号码'), msg('确认请求会发到这个号码'), { type: 'tel', width: '10' })}
        <h2 class="ssc-heading-m">${msg('您自己')}</h2>
        ${field('relativeName', msg('您的姓名'), '', { autocomplete: 'name' })}
        ${field('relativePhone', msg('您的手机号码'), msg('持卡人会看到这个号码，知道是谁在请求'), { type: 'tel', autocomplete: 'tel-national', width: '10' })}
        <ssc-choice-group
          name="relative-relationship"
          legend=${msg('您是持卡人的什么人？')}
          .options=${RELATIONSHIPS.map((relationship) => ({ value: relationship, label: relationshipName(relationship) }))}
          .selected=${form.relationship ? [form.relationship] : []}
          error=${this.errorFor(FIELD_IDS.relationship!)}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.setFormField('relationship', event.detail.selected[0] as Relationship)}
        ></ssc-choice-group>
        <ssc-choice-group
          type="checkbox"
          name="relative-services"
          legend=${msg('为持卡人开通哪些服务？')}
          hint=${msg('持卡人确认时会看到这些服务')}
          .options=${SERVICE_IDS.map((id) => ({ value: id, label: serviceName(id), hint: serviceDescription(id) }))}
          .selected=${form.services}
          error=${this.errorFor(FIELD_IDS.services!)}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) =>
            this.setFormField('services', SERVICE_IDS.filter((id) => event.detail.selected.includes(id)))}
        ></ssc-choice-group>
        <ssc-choice-group
          name="relative-locale"
          legend=${msg('持卡人手机上用哪种语言？')}
          hint=${msg('持卡人的手机会用大字模式打开，语言和模式都可以在那里更改')}
          .options=${LOCALES.map((locale) => ({ value: locale, label: AUTONYMS[locale], lang: locale, dir: locale === 'ug' ? ('rtl' as const) : ('ltr' as const) }))}
          .selected=${[form.locale]}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.setFormField('locale', event.detail.selected[0] as Locale)}
        ></ssc-choice-group>
        ${this.renderSubmit(msg('发送确认请求'))}
      </form>
    `;
  }

  private renderInvite(view: ConsentView) {
    if (view.status !== 'pending' || !view.link || !view.code) return nothing;
    const link = new URL(view.link, location.origin).href;
    return html`
      <h2 class="ssc-heading-m">${msg('让持卡人打开确认链接')}</h2>
      <p>${masked(msg(str`我们已给 ${view.cardholder.phoneMasked} 发送了一条短信，里面有链接和确认码。您也可以让持卡人用手机扫描这个二维码，或者把确认码念给对方。`))}</p>
      <img class="ssc-qr" src="/api/consent/qr.svg" alt=${msg('确认链接的二维码')} width="192" height="192" />
      <p>${msg('确认码')}</p>
      <p class="ssc-consent-code" dir="ltr" aria-label=${view.code.split('').join(' ')}>${view.code.slice(0, 4)} ${view.code.slice(4)}</p>
      <p>${msg('确认链接')}</p>
      <p class="ssc-link-text" dir="ltr">${link}</p>
      <p>${msg(str`请求在 ${formatDateTime(view.expiresAt)} 前有效（24 小时）。只能使用一次。`)}</p>
    `;
  }

  private renderCardForm(view: ConsentView) {
    if (view.status !== 'identity_verified') return nothing;
    return html`
      <form novalidate @submit=${this.addCard}>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.cardNumber!}
          name="cardNumber"
          label=${msg('社保卡卡号')}
          hint=${msg('在社保卡正面，通常是 1 个字母加 8 个数字')}
          autocomplete="off"
          input-dir="ltr"
          width="10"
          .value=${this.card.value.cardNumber}
          error=${this.errorFor(FIELD_IDS.cardNumber!)}
          @input=${(event: Event) => this.card.set({ cardNumber: (event.target as HTMLInputElement).value })}
        ></ssc-text-field>
        ${this.renderSubmit(msg('添加社保卡'))}
      </form>
    `;
  }

  private renderStatus(view: ConsentView) {
    const finished = isFinished(view.status);
    return html`
      <p>${remoteStatusSentence(view, 'relative')}</p>
      ${this.renderCardForm(view)}
      ${view.status === 'signed'
        ? html`<button type="button" id="relative-bind" class="ssc-button" @click=${this.bind}>${msg('完成绑定')}</button>`
        : nothing}
      <h2 class="ssc-heading-m">${msg('进度')}</h2>
      ${remoteProgressList(view, 'relative')}
      ${summaryList([
        { term: msg('持卡人'), value: `${view.cardholder.name} · ${view.cardholder.idNumberMasked}` },
        { term: msg('服务'), value: html`<ul class="ssc-plain-list">${view.services.map((id) => html`<li>${serviceName(id)}</li>`)}</ul>` },
        ...(view.card ? [{ term: msg('社保卡'), value: `${view.card.cardNumberMasked} · ${issuerName(view.card.issuer)}`, dir: 'ltr' as const }] : []),
      ])}
      ${this.renderInvite(view)}
      ${finished
        ? html`<button type="button" class="ssc-button" @click=${this.startAgain}>${msg('返回首页')}</button>`
        : html`<button type="button" class="ssc-button ssc-button--warning" @click=${this.cancel}>${msg('取消请求')}</button>`}
    `;
  }

  protected renderStep() {
    if (this.view) return this.renderStatus(this.view);
    if (this.flow.state.progress.remote) return html`<p>${msg('正在读取请求…')}</p>`;
    return this.renderForm();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-relative-screen': SscRelativeScreen;
  }
}
