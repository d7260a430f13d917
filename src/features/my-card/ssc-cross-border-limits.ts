import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LightElement } from '../../ui/light-element.js';
import { api, ApiFailure } from '../../api/client.js';
import { CrossBorderLimitsResponse } from '../../api/contract.js';
import { checkCrossBorderLimits, type LimitField, type Limits } from '../../domain/cross-border.js';
import { formatLocales, joinSentences } from '../../modes/locale.js';
import { formatWholeYuan } from '../../domain/money.js';
import { cue } from '../../modes/cues.js';
import { serviceProblem } from '../../flow/messages.js';
import { summaryList } from '../../ui/summary-list.js';
import { confirmBody } from '../../ui/confirm-body.js';
import type { SscDialog } from '../../ui/ssc-dialog.js';
import type { FieldError, SscErrorSummary } from '../../ui/ssc-error-summary.js';
import '../../ui/ssc-dialog.js';
import '../../ui/ssc-error-summary.js';
import '../../ui/ssc-text-field.js';

const FIELD_IDS: Record<LimitField, string> = { perTransaction: 'limits-per-transaction', daily: 'limits-daily' };

/** A limit, whole yuan, with the currency by name in the reader's language. */
function limitText(yuan: number): string {
  return formatWholeYuan(yuan, formatLocales());
}

/**
 * "My card" for someone who bound with a foreign document: the cross-border payment limits,
 * shown, then changed within the service's bounds after a confirmation.
 */
@customElement('ssc-cross-border-limits')
@localized()
export class SscCrossBorderLimits extends LightElement {
  @state() private current: CrossBorderLimitsResponse | null = null;
  @state() private loadFailed = false;
  @state() private editing = false;
  @state() private saving = false;
  @state() private draft = { perTransaction: '', daily: '' };
  @state() private errors: { field: LimitField | 'form'; message: () => string }[] = [];
  @state() private pending: Limits | null = null;
  @query('ssc-dialog') private dialog!: SscDialog;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.current = await api.get('/api/cross-border-limits', CrossBorderLimitsResponse);
      this.loadFailed = false;
    } catch {
      this.loadFailed = true;
    }
  }

  private async startEditing(): Promise<void> {
    if (!this.current) return;
    this.draft = { perTransaction: String(this.current.limits.perTransaction), daily: String(this.current.limits.daily) };
    this.errors = [];
    this.editing = true;
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#${FIELD_IDS.perTransaction}`)?.focus();
  }

  private async cancel(): Promise<void> {
    this.editing = false;
    this.errors = [];
    await this.updateComplete;
    this.querySelector<HTMLButtonElement>('#limits-change')?.focus();
  }

  private problemText(field: LimitField, reason: string): string {
    const bounds = this.current?.bounds;
    if (reason === 'empty') return field === 'perTransaction' ? msg('请输入单笔限额') : msg('请输入每日限额');
    if (reason === 'format') return msg('请用数字输入整数元，例如 5000');
    if (reason === 'below_per_transaction') return msg('每日限额不能低于单笔限额');
    const max = limitText(field === 'perTransaction' ? (bounds?.perTransactionMax ?? 0) : (bounds?.dailyMax ?? 0));
    return field === 'perTransaction' ? msg(str`单笔限额最高为 ${max}`) : msg(str`每日限额最高为 ${max}`);
  }

  private async showErrors(errors: typeof this.errors): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    this.querySelector<SscErrorSummary>('ssc-error-summary')?.focusSummary();
    // Said through the announcer: the summary is not an alert (see ssc-error-summary).
    cue('error', joinSentences([msg('出现了问题'), ...errors.map((error) => error.message())]));
  }

  private async review(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const checked = checkCrossBorderLimits(this.draft, this.current?.bounds);
    if (!checked.ok) {
      const order: LimitField[] = ['perTransaction', 'daily'];
      await this.showErrors(
        order.filter((field) => checked.problems[field]).map((field) => ({ field, message: () => this.problemText(field, checked.problems[field]!) })),
      );
      return;
    }
    this.errors = [];
    this.pending = checked.value;
    this.dialog.show();
  }

  private async save(): Promise<void> {
    const limits = this.pending;
    this.dialog.close();
    if (!limits || this.saving) return;
    this.saving = true;
    cue('waiting', msg('正在保存限额…'));
    try {
      this.current = await api.put('/api/cross-border-limits', CrossBorderLimitsResponse, limits);
      this.editing = false;
      await this.updateComplete;
      this.querySelector<HTMLButtonElement>('#limits-change')?.focus();
      cue('success', msg(str`限额已保存：单笔 ${limitText(limits.perTransaction)}，每日 ${limitText(limits.daily)}`));
    } catch (error) {
      const failure = error instanceof ApiFailure ? error : null;
      const fields = failure?.error.fields ?? {};
      const mapped = (['perTransaction', 'daily'] as const)
        .filter((field) => fields[field])
        .map((field) => ({ field, message: () => this.problemText(field, fields[field]!) }));
      await this.showErrors(
        mapped.length > 0
          ? mapped
          : [{ field: 'perTransaction', message: () => (failure ? serviceProblem(failure.error) : msg('限额没有保存，请检查网络后再试一次')) }],
      );
    } finally {
      this.saving = false;
    }
  }

  private errorFor(field: LimitField): string {
    return this.errors.find((error) => error.field === field)?.message() ?? '';
  }

  private renderForm(current: CrossBorderLimitsResponse) {
    const summaryErrors: FieldError[] = this.errors.map((error) => ({ fieldId: FIELD_IDS[error.field as LimitField] ?? FIELD_IDS.perTransaction, message: error.message() }));
    return html`
      <ssc-error-summary .errors=${summaryErrors}></ssc-error-summary>
      <form novalidate @submit=${this.review}>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.perTransaction}
          name="perTransaction"
          label=${msg('单笔限额（元）')}
          hint=${msg(str`整数元，最高 ${limitText(current.bounds.perTransactionMax)}。填 0 表示不允许跨境支付`)}
          inputmode="numeric"
          input-dir="ltr"
          width="10"
          .value=${this.draft.perTransaction}
          error=${this.errorFor('perTransaction')}
          @input=${(event: Event) => (this.draft = { ...this.draft, perTransaction: (event.target as HTMLInputElement).value })}
        ></ssc-text-field>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.daily}
          name="daily"
          label=${msg('每日限额（元）')}
          hint=${msg(str`整数元，最高 ${limitText(current.bounds.dailyMax)}，并且不低于单笔限额`)}
          inputmode="numeric"
          input-dir="ltr"
          width="10"
          .value=${this.draft.daily}
          error=${this.errorFor('daily')}
          @input=${(event: Event) => (this.draft = { ...this.draft, daily: (event.target as HTMLInputElement).value })}
        ></ssc-text-field>
        <div class="ssc-button-group">
          <button type="submit" class="ssc-button" aria-disabled=${this.saving ? 'true' : 'false'}>${msg('保存限额')}</button>
          <button type="button" class="ssc-button ssc-button--secondary" @click=${this.cancel}>${msg('取消')}</button>
        </div>
      </form>
    `;
  }

  protected override render() {
    const current = this.current;
    const pending = this.pending;
    return html`
      <h2 class="ssc-heading-m" id="limits-heading">${msg('跨境支付限额')}</h2>
      <p>${msg('用社保卡金融账户跨境支付时的限额。您可以随时调整。')}</p>
      ${this.loadFailed
        ? html`<p>${msg('暂时无法读取限额。')}</p>
            <button type="button" class="ssc-button ssc-button--secondary" @click=${this.load}>${msg('再试一次')}</button>`
        : nothing}
      ${current && !this.editing
        ? html`${summaryList([
              { term: msg('单笔限额'), value: limitText(current.limits.perTransaction) },
              { term: msg('每日限额'), value: limitText(current.limits.daily) },
            ])}
            <button type="button" id="limits-change" class="ssc-button ssc-button--secondary" @click=${this.startEditing}>${msg('调整限额')}</button>`
        : nothing}
      ${current && this.editing ? this.renderForm(current) : nothing}
      <ssc-dialog
        heading=${msg('确定调整跨境支付限额吗？')}
        .parts=${confirmBody({
          text: pending
            ? msg(str`调整后，单笔限额为 ${limitText(pending.perTransaction)}，每日限额为 ${limitText(pending.daily)}，立即生效。`)
            : '',
          confirmLabel: msg('确定调整'),
          cancelLabel: msg('取消'),
          onConfirm: () => void this.save(),
          onCancel: () => this.dialog.close(),
        })}
      ></ssc-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-cross-border-limits': SscCrossBorderLimits;
  }
}
