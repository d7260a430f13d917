import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { api } from '../../api/client.js';
import { LostCardStatus } from '../../api/contract.js';
import { dateTimeFormat } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import { summaryList } from '../../ui/summary-list.js';
import { readReference, referenceNumber } from '../../ui/reference.js';
import { setFocus } from '../../ui/focus.js';
import { masked } from '../../ui/masked.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { addressLine, feeSentence, renderStages } from './replacement-words.js';

const when = (isoTime: string): string => dateTimeFormat({ dateStyle: 'long', timeStyle: 'short' }).format(new Date(isoTime));

type Report = NonNullable<LostCardStatus['report']>;
type Replacement = NonNullable<LostCardStatus['replacement']>;

/**
 * Report the card lost (临时挂失) from "my card", lift the report once the card is found, or order
 * a new card by post and follow it to the door. What
 * stops and what still works is said before the button, as GOV.UK says what happens next before
 * an action; the report takes effect at once and is undone here, so there is no second question.
 */
@customElement('ssc-lost-card-screen')
@localized()
export class SscLostCardScreen extends CardScreenElement {
  @state() private status: LostCardStatus | null = null;

  protected stepTitle(): string {
    return msg('挂失社保卡');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reported from the first screen with no card bound: back to the start, not to "my card". */
  protected override renderBackLink() {
    if (this.flow.state.progress.binding) return super.renderBackLink();
    return html`<p class="ssc-back">
      <a
        href=${SCREEN_PATHS.entry}
        @click=${(event: Event) => {
          event.preventDefault();
          dispatch({ type: 'home' });
        }}
        >${msg('返回首页')}</a
      >
    </p>`;
  }

  private async load(): Promise<void> {
    const result = await this.askService(() => api.get('/api/card/lost', LostCardStatus), msg('正在查询社保卡状态…'), 'lost-card-action');
    if (result !== undefined) this.status = result;
  }

  private async report(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = await this.askService(() => api.post('/api/card/lost', LostCardStatus, {}), msg('正在挂失…'), 'lost-card-action');
    if (result === undefined) return;
    await this.show(result);
    const reference = result.report?.reference ?? '';
    cue('success', msg(str`社保卡已挂失，挂失编号 ${readReference(reference)}。医保码和社保卡支付已经停止。`));
  }

  private async lift(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const result = await this.askService(() => api.post('/api/card/lost/lift', LostCardStatus, {}), msg('正在解除挂失…'), 'lost-card-action');
    if (result === undefined) return;
    await this.show(result);
    cue('success', msg('已解除挂失。医保码和社保卡支付已经恢复。'));
  }

  /** The new status, and focus on its heading: the page's content changed under the button pressed. */
  private async show(status: LostCardStatus): Promise<void> {
    this.errors = [];
    this.status = status;
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>('#lost-card-status'));
  }

  private renderLost(status: LostCardStatus, report: Report) {
    const replacement = status.replacement;
    return html`
      <div class="ssc-panel ssc-confirmation">
        <h2 class="ssc-heading-m" id="lost-card-status">${msg('您的社保卡已挂失')}</h2>
        <p>${msg('挂失编号')}</p>
        ${referenceNumber(report.reference)}
      </div>
      ${summaryList([
        { term: msg('挂失时间'), value: when(report.reportedAt) },
        { term: msg('挂失人'), value: report.reportedBy === 'relative' ? msg('您的家人') : msg('您本人') },
        ...(report.liftsAt ? [{ term: msg('自动解除时间'), value: when(report.liftsAt) }] : []),
      ])}
      <p>${msg('医保码和社保卡支付已经停止，这张卡也不能再绑定。账户查询、消息和网上办事仍然可以使用。')}</p>
      ${replacement ? this.renderReplacement(replacement) : this.renderOrderOrLift(status)}
    `;
  }

  /** A new card on its way: where it goes, where it has got to; the old card stays stopped meanwhile. */
  private renderReplacement(replacement: Replacement) {
    const address = replacement.address;
    return html`
      <h2 class="ssc-heading-m">${msg('补办的新卡')}</h2>
      ${summaryList([
        { term: msg('补卡编号'), value: replacement.reference, dir: 'ltr' },
        ...(address ? [{ term: msg('寄到'), value: `${addressLine([address.province, address.city, address.district])} ${address.street}` }] : []),
        ...(replacement.newCardNumberMasked ? [{ term: msg('新卡卡号'), value: html`${masked(replacement.newCardNumberMasked)}` }] : []),
        ...(replacement.trackingReference ? [{ term: msg('快递单号'), value: replacement.trackingReference, dir: 'ltr' as const }] : []),
      ])}
      ${renderStages(replacement)}
      <p>${feeSentence(replacement)}</p>
      <p>${msg('新卡送到前，旧卡一直停用，不能解除挂失。新卡送到后自动绑定，医保码和社保卡支付随即恢复。')}</p>
    `;
  }

  private renderOrderOrLift(status: LostCardStatus) {
    const quote = status.quote;
    return html`
      <h2 class="ssc-heading-m">${msg('补办新卡')}</h2>
      ${quote
        ? html`<p>${msg('新卡邮寄到您家，送到后自动绑定，不用重新绑卡。')} ${feeSentence(quote)}</p>
            <p>
              <a
                class="ssc-button ssc-button--secondary"
                href=${SCREEN_PATHS.replacement}
                @click=${(event: Event) => {
                  event.preventDefault();
                  dispatch({ type: 'open', screen: 'replacement' });
                }}
                >${msg('邮寄补办新卡')}</a
              >
            </p>`
        : html`<p>${msg('要补办新卡，请拨打 12333。')}</p>`}
      <h2 class="ssc-heading-m">${msg('找到社保卡了？')}</h2>
      <p>${msg('解除挂失后，医保码和社保卡支付马上恢复。')}</p>
      <form novalidate @submit=${this.lift}>${this.renderSubmit(msg('解除挂失'), 'lost-card-action')}</form>
    `;
  }

  /** How the last report ended: lifted, lifted by itself, or ended by the new card's arrival. */
  private renderLastReport(report: Report, replacement: Replacement | null) {
    const ended = when(report.liftedAt ?? report.liftsAt ?? report.reportedAt);
    if (report.liftedBy === 'replacement' && replacement) {
      return html`<p>
        ${masked(msg(str`您的新社保卡（${replacement.newCardNumberMasked ?? ''}）已于 ${ended} 送到，并已绑定在这里，不用重新绑卡。旧卡已经作废。`))}
      </p>`;
    }
    return html`<p>
      ${report.liftedBy === 'expiry'
        ? msg(str`上次挂失（挂失编号 ${report.reference}）已于 ${ended} 自动解除。`)
        : msg(str`上次挂失（挂失编号 ${report.reference}）已于 ${ended} 解除。`)}
    </p>`;
  }

  private renderNotLost(report: Report | null, replacement: Replacement | null) {
    return html`
      <h2 class="ssc-heading-m" id="lost-card-status">${msg('您的社保卡可以正常使用')}</h2>
      ${report ? this.renderLastReport(report, replacement) : nothing}
      <p>${msg('社保卡丢了，可以在这里临时挂失，马上生效：')}</p>
      <ul>
        <li>${msg('医保码和社保卡支付会停止，别人捡到卡也不能用它付款')}</li>
        <li>${msg('账户查询、消息和网上办事仍然可以使用')}</li>
        <li>${msg('7 天后自动解除；找到卡后，也可以在这里提前解除')}</li>
      </ul>
      <form novalidate @submit=${this.report}>${this.renderSubmit(msg('立即挂失'), 'lost-card-action')}</form>
    `;
  }

  protected renderStep() {
    const status = this.status;
    if (!status) return nothing;
    return status.lost && status.report ? this.renderLost(status, status.report) : this.renderNotLost(status.report, status.replacement);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-lost-card-screen': SscLostCardScreen;
  }
}
