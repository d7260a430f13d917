import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { QuestionPagesElement, type QuestionPage } from '../../flow/question-pages.js';
import type { StepError } from '../../flow/step-element.js';
import { AnswersController } from '../../flow/store.js';
import { api } from '../../api/client.js';
import { LostCardStatus, RegionsResponse, type Region } from '../../api/contract.js';
import { checkPostalAddress, STREET_MAX_CHARACTERS, type AddressField } from '../../domain/address.js';
import { cue } from '../../modes/cues.js';
import { readReference, referenceNumber } from '../../ui/reference.js';
import { masked } from '../../ui/masked.js';
import { emptyReplacementAnswers } from './answers.js';
import { regionName } from './region-names.js';
import { addressLine, feeSentence, renderStages } from './replacement-words.js';
import '../../ui/ssc-select-field.js';
import '../../ui/ssc-text-field.js';

const FIELD_IDS: Record<AddressField, string> = {
  province: 'replacement-province',
  city: 'replacement-city',
  district: 'replacement-district',
  street: 'replacement-street',
};

/** The lists an address is chosen from, by the code they lie within ('' for the provinces). */
type Lists = Record<string, Region[]>;

/**
 * Order a new card by post (补办新卡) once the card is reported lost: where to post it (province,
 * city and district from the service's lists, then the street), check the address and the fee,
 * send; then the order's reference and what happens next. The lists are native selects, each
 * shown once the one before it is answered, so the order on the page is the order of the address.
 */
@customElement('ssc-replacement-screen')
@localized()
export class SscReplacementScreen extends QuestionPagesElement {
  private readonly address = new AnswersController(this, emptyReplacementAnswers);
  @state() private lists: Lists = {};
  @state() private status: LostCardStatus | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** The card's status (the fee), and the lists for what a saved draft had already chosen. */
  private async load(): Promise<void> {
    const status = await this.askService(() => api.get('/api/card/lost', LostCardStatus), msg('正在查询社保卡状态…'), FIELD_IDS.province);
    if (status) this.status = status;
    const { replacementProvince, replacementCity } = this.address.value;
    await this.loadList('');
    if (replacementProvince) await this.loadList(replacementProvince);
    if (replacementCity) await this.loadList(replacementCity);
  }

  private async loadList(within: string): Promise<void> {
    if (this.lists[within]) return;
    const path = within ? `/api/regions?within=${encodeURIComponent(within)}` : '/api/regions';
    const fieldId = within === '' ? FIELD_IDS.province : within === this.address.value.replacementProvince ? FIELD_IDS.city : FIELD_IDS.district;
    // No message while waiting: a list arrives in well under a second, and the person asked for nothing.
    const answer = await this.askService(() => api.get(path, RegionsResponse), '', fieldId);
    if (answer) this.lists = { ...this.lists, [within]: answer.regions };
  }

  private choose(field: 'province' | 'city' | 'district', code: string): void {
    // A different province or city: what was chosen inside the old one no longer applies.
    if (field === 'province') this.address.set({ replacementProvince: code, replacementCity: '', replacementDistrict: '' });
    else if (field === 'city') this.address.set({ replacementCity: code, replacementDistrict: '' });
    else this.address.set({ replacementDistrict: code });
    if (code && field !== 'district') void this.loadList(code);
  }

  private regionIn(within: string, code: string): Region | undefined {
    return this.lists[within]?.find((region) => region.code === code);
  }

  private regionSelect(field: 'province' | 'city' | 'district', within: string, label: string, autocomplete: string, value: string): TemplateResult | typeof nothing {
    const list = this.lists[within];
    if (!list) return nothing;
    return html`<ssc-select-field
      required
      field-id=${FIELD_IDS[field]}
      name=${field}
      label=${label}
      autocomplete=${autocomplete}
      placeholder=${msg('请选择')}
      .options=${list.map((region) => ({ value: region.code, label: regionName(region) }))}
      .value=${value}
      error=${this.errorFor(FIELD_IDS[field])}
      @change=${(event: Event) => this.choose(field, (event.target as HTMLSelectElement).value)}
    ></ssc-select-field>`;
  }

  private renderAddress(): TemplateResult {
    const { replacementProvince, replacementCity, replacementDistrict, replacementStreet } = this.address.value;
    const phone = this.flow.state.progress.identity?.phoneMasked;
    return html`
      ${phone ? html`<p>${masked(msg(str`快递员送卡前会打电话到 ${phone}。`))}</p>` : nothing}
      ${this.regionSelect('province', '', msg('省、自治区或直辖市'), 'address-level1', replacementProvince)}
      ${replacementProvince ? this.regionSelect('city', replacementProvince, msg('城市'), 'address-level2', replacementCity) : nothing}
      ${replacementCity ? this.regionSelect('district', replacementCity, msg('区或县'), 'address-level3', replacementDistrict) : nothing}
      <ssc-text-field
        required
        field-id=${FIELD_IDS.street}
        name="street"
        label=${msg('详细地址')}
        hint=${msg(str`路名、门牌号、楼号和房间号，最多 ${STREET_MAX_CHARACTERS} 个字。例如：建国路 88 号 3 单元 502 室`)}
        autocomplete="street-address"
        rows="2"
        .value=${replacementStreet}
        error=${this.errorFor(FIELD_IDS.street)}
        @input=${(event: Event) => this.address.set({ replacementStreet: (event.target as HTMLTextAreaElement).value })}
      ></ssc-text-field>
    `;
  }

  private addressProblems(): StepError[] {
    const { replacementProvince, replacementCity, replacementDistrict, replacementStreet } = this.address.value;
    const checked = checkPostalAddress({ province: replacementProvince, city: replacementCity, district: replacementDistrict, street: replacementStreet });
    if (checked.ok) return [];
    const order: AddressField[] = ['province', 'city', 'district', 'street'];
    return order.filter((field) => checked.problems[field]).map((field) => this.fieldProblem(field, checked.problems[field]!));
  }

  /** The address as it will be printed on the label, in the reader's language. */
  private addressLine(): string {
    const { replacementProvince, replacementCity, replacementDistrict } = this.address.value;
    const province = this.regionIn('', replacementProvince);
    const city = this.regionIn(replacementProvince, replacementCity);
    const district = this.regionIn(replacementCity, replacementDistrict);
    return addressLine([province, city, district].filter((region): region is Region => region !== undefined));
  }

  protected pages(): QuestionPage[] {
    return [
      {
        id: 'address',
        fields: ['district', 'street'],
        title: () => msg('新卡寄到哪里？'),
        render: () => this.renderAddress(),
        problems: () => this.addressProblems(),
        summary: () => [
          { term: msg('地区'), value: this.addressLine() },
          { term: msg('详细地址'), value: this.address.value.replacementStreet.trim() },
        ],
      },
    ];
  }

  protected override leaveTo(): ReturnType<QuestionPagesElement['leaveTo']> {
    return ['lost-card', msg('返回挂失社保卡')];
  }

  protected override stepInstruction(): string {
    return this.pageAt === 0 ? msg('旧卡已经挂失。补办的新卡会邮寄给您，送到后自动绑定，不用重新绑卡。') : '';
  }

  protected fieldProblem(field: string, reason: string): StepError {
    switch (field) {
      case 'province':
        return { fieldId: FIELD_IDS.province, message: () => msg('请选择省、自治区或直辖市') };
      case 'city':
        return { fieldId: FIELD_IDS.city, message: () => msg('请选择城市') };
      case 'district':
        // 'unknown': the service no longer lists it; choosing again from the lists fixes it.
        return { fieldId: FIELD_IDS.district, message: () => (reason === 'unknown' ? msg('这个区或县不能邮寄，请重新选择') : msg('请选择区或县')) };
      default:
        return {
          fieldId: FIELD_IDS.street,
          message: () => (reason === 'too_long' ? msg(str`详细地址最多 ${STREET_MAX_CHARACTERS} 个字`) : msg('请输入详细地址，例如路名、门牌号和房间号')),
        };
    }
  }

  protected checkTitle(): string {
    return msg('寄出前请核对地址');
  }

  protected override renderCheckNotes() {
    const quote = this.status?.quote;
    return quote ? html`<p>${feeSentence(quote)}</p>` : nothing;
  }

  protected sendLabel(): string {
    return msg('补办新卡');
  }

  protected sentTitle(): string {
    return msg('新卡已受理');
  }

  protected async send(): Promise<Record<string, string> | null | undefined> {
    const { replacementDistrict, replacementStreet } = this.address.value;
    const answer = await this.sendAnswers(
      (channel) => api.post('/api/card/replacement', LostCardStatus, { district: replacementDistrict, street: replacementStreet }, channel),
      msg('正在提交补卡…'),
    );
    if (!answer || 'fields' in answer) return answer?.fields;
    this.status = answer.sent;
    this.address.clear();
    const reference = answer.sent.replacement?.reference ?? '';
    cue('success', msg(str`新卡已受理，补卡编号 ${readReference(reference)}。`));
    return null;
  }

  protected renderSent() {
    const replacement = this.status?.replacement;
    if (!replacement) return html``;
    return html`
      <div class="ssc-panel ssc-panel--confirmation">
        <p>${msg('补卡编号')}</p>
        ${referenceNumber(replacement.reference)}
      </div>
      <h2 class="ssc-heading-m">${msg('接下来会怎样')}</h2>
      ${renderStages(replacement)}
      <p>${msg('新卡寄出时会发短信告诉您快递单号。旧卡一直停用；新卡送到后自动绑定，医保码和社保卡支付随即恢复。')}</p>
      <p>${feeSentence(replacement)}</p>
      ${this.linkTo('lost-card', msg('查看补卡进度'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-replacement-screen': SscReplacementScreen;
  }
}
