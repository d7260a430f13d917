import { html, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement, type StepError } from '../../flow/step-element.js';
import { AnswersController, dispatch } from '../../flow/store.js';
import { emptyCardAnswers } from './answers.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api, ApiFailure } from '../../api/client.js';
import { Card, type CardLookupRequest } from '../../api/contract.js';
import { validateCardNumber } from '../../domain/card.js';
import { cardNumberProblem } from '../../flow/messages.js';
import { cue } from '../../modes/cues.js';
import type { SscTextField } from '../../ui/ssc-text-field.js';
import '../../ui/ssc-text-field.js';
import './ssc-qr-scanner.js';
import { summaryList } from '../../ui/summary-list.js';
import { issuerName } from '../../flow/card-names.js';

type Page = 'find' | 'scan' | 'confirm';

/**
 * Step 3: find the card by scanning its QR code, by a photo of it, or by typing its number.
 * Every way lands on the same confirmation of which card was found.
 */
@customElement('ssc-card-step')
@localized()
export class SscCardStep extends StepElement {
  protected readonly stepId = 'card' as const;
  private readonly card = new AnswersController(this, emptyCardAnswers);
  @state() private page: Page = 'find';
  @state() private found: Card | null = null;

  protected stepTitle(): string {
    switch (this.page) {
      case 'find':
        return msg('添加社保卡');
      case 'scan':
        return msg('扫描社保卡二维码');
      case 'confirm':
        return msg('确认这张社保卡');
    }
  }

  protected override stepInstruction(): string {
    switch (this.page) {
      case 'find':
        return msg('您可以扫描社保卡背面的二维码，或者输入卡号。');
      case 'scan':
        return msg('把社保卡背面的二维码放在画面中间，距离约 20 厘米，找到后会自动继续。');
      case 'confirm':
        return this.found ? msg(str`持卡人 ${this.found.holderName}，卡号 ${this.found.cardNumberMasked}。是这张卡吗？`) : '';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('page') && changed.get('page') !== undefined) void this.enterPage();
  }

  protected override onBack(): void {
    if (this.page === 'find') super.onBack();
    else this.page = 'find';
  }

  private async lookUp(request: CardLookupRequest, fieldId: string): Promise<void> {
    const result = await this.callService((channel) => api.post('/api/card', Card, request, channel), msg('正在查找您的社保卡…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      if (result.code === 'card_frozen') {
        dispatch({ type: 'frozen', reviewReference: result.error.reviewReference ?? '', reason: result.error.reason ?? 'reported_stolen' });
        return;
      }
      if (result.code === 'validation') {
        const reason = result.error.fields?.cardNumber ?? 'format';
        await this.showErrors([{ fieldId, message: () => cardNumberProblem(reason) }]);
        return;
      }
      this.page = 'find';
      this.showServiceProblem(result, 'card-number');
      return;
    }
    this.found = result;
    this.errors = [];
    this.page = 'confirm';
  }

  private async submitNumber(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const value = this.querySelector<SscTextField>('ssc-text-field[name="cardNumber"]')?.value ?? '';
    this.card.set({ cardNumber: value });
    const checked = validateCardNumber(value);
    if (!checked.ok) {
      const reason = checked.reason;
      const errors: StepError[] = [{ fieldId: 'card-number', message: () => cardNumberProblem(reason) }];
      await this.showErrors(errors);
      return;
    }
    await this.lookUp({ cardNumber: checked.value }, 'card-number');
  }

  private async onScanned(event: CustomEvent<{ token: string }>): Promise<void> {
    cue('success', msg('已识别二维码'));
    await this.lookUp({ qrToken: event.detail.token }, 'card-number');
  }

  private confirm(event: SubmitEvent): void {
    event.preventDefault();
    if (this.found) dispatch({ type: 'card-confirmed', card: this.found });
  }

  private renderFind() {
    return html`
      <form novalidate @submit=${this.submitNumber}>
        <ssc-text-field
          required
          field-id="card-number"
          name="cardNumber"
          label=${msg('社保卡卡号')}
          hint=${msg('印在卡的正面，9 位，例如 A12345678')}
          autocomplete="off"
          input-dir="ltr"
          width="10"
          .value=${this.card.value.cardNumber}
          error=${this.errorFor('card-number')}
          @input=${(event: Event) => this.card.set({ cardNumber: (event.target as HTMLInputElement).value })}
        ></ssc-text-field>
        ${this.renderSubmit(msg('查找这张卡'))}
      </form>
      <p>${msg('也可以扫描社保卡背面的二维码，或者上传卡的照片。')}</p>
      <button type="button" class="ssc-button ssc-button--secondary" @click=${() => (this.page = 'scan')}>
        ${msg('扫描二维码或上传照片')}
      </button>
    `;
  }

  private renderScan() {
    return html`
      <ssc-qr-scanner @ssc-scanned=${this.onScanned}></ssc-qr-scanner>
      <p><a href=${SCREEN_PATHS.card} @click=${(event: Event) => (event.preventDefault(), (this.page = 'find'))}>${msg('改为输入卡号')}</a></p>
    `;
  }

  private renderConfirm() {
    const card = this.found;
    if (!card) return nothing;
    return html`
      ${summaryList([
        { term: msg('持卡人'), value: card.holderName },
        { term: msg('卡号'), value: card.cardNumberMasked, dir: 'ltr' },
        { term: msg('发卡地'), value: issuerName(card.issuer) },
        { term: msg('发卡日期'), value: card.issuedOn, dir: 'ltr' },
      ])}
      <form novalidate @submit=${this.confirm}>
        <div class="ssc-button-group">
          ${this.renderSubmit(msg('是这张卡，继续'))}
          <button type="button" class="ssc-button ssc-button--secondary" @click=${() => (this.page = 'find')}>
            ${msg('不是这张卡')}
          </button>
        </div>
      </form>
    `;
  }

  protected renderStep() {
    switch (this.page) {
      case 'find':
        return this.renderFind();
      case 'scan':
        return this.renderScan();
      case 'confirm':
        return this.renderConfirm();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-card-step': SscCardStep;
  }
}
