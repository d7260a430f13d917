import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { api, endSession } from '../../api/client.js';
import { clearDraft } from '../../offline/drafts.js';
import { serviceDescription, serviceName } from '../../flow/services.js';
import { SCREEN_PATHS, type CardScreen } from '../../flow/state.js';
import { dateTimeFormat } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import type { SscDialog } from '../../ui/ssc-dialog.js';
import * as z from 'zod/mini';
import '../../ui/ssc-dialog.js';
import { summaryList } from '../../ui/summary-list.js';
import { readReference, referenceNumber } from '../../ui/reference.js';
import { confirmBody } from '../../ui/confirm-body.js';
import { hasCrossBorderLimits } from '../../domain/cross-border.js';
import { Binding, ConsentView, LostCardStatus, SERVICE_IDS, SessionsEndedResponse, type ServiceId } from '../../api/contract.js';
import '../../ui/ssc-choice-group.js';
import { relativeForCardholder } from '../family/remote.js';
import './ssc-cross-border-limits.js';
import { setFocus } from '../../ui/focus.js';

/** The confirmation with its reference number and what happens next, then "my card": status, services, unbind. */
@customElement('ssc-done-screen')
@localized()
export class SscDoneScreen extends StepElement {
  protected readonly stepId = null;
  @query('#unbind-dialog') private dialog!: SscDialog;
  @query('#revoke-dialog') private revokeDialog!: SscDialog;
  @query('#sign-out-dialog') private signOutDialog!: SscDialog;
  @state() private request: ConsentView | null = null;
  /** The services as being chosen on "my card", before they are saved. */
  @state() private chosen: ServiceId[] | null = null;
  /** Whether the card is reported lost: said in its status, the way to lift it offered. */
  @state() private lost = false;

  protected stepTitle(): string {
    return msg('社保卡绑定成功');
  }

  protected override stepInstruction(): string {
    const reference = this.flow.state.progress.binding?.reference;
    return reference ? msg(str`您的参考编号是 ${readReference(reference)}`) : '';
  }

  private async unbind(): Promise<void> {
    this.dialog.close();
    const result = await this.askService(() => api.delete('/api/binding', z.null()), msg('正在解除绑定…'), 'unbind');
    if (result === undefined) return;
    cue('success', msg('已解除绑定'));
    dispatch({ type: 'unbound' });
  }

  /** Ends every session of this person, this one too; what was typed here goes with it, the binding stays. */
  private async signOutEverywhere(): Promise<void> {
    this.signOutDialog.close();
    const result = await this.askService(() => api.post('/api/sessions/end-all', SessionsEndedResponse, {}), msg('正在退出…'), 'sign-out-everywhere');
    if (result === undefined) return;
    await Promise.all([clearDraft(), endSession()]);
    dispatch({ type: 'unbound' });
    cue('success', msg('已在所有设备上退出。社保卡仍然绑定；再次使用时，请先核实身份。'));
  }

  private async saveServices(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const services = this.chosen;
    if (!services) return;
    const result = await this.askService(() => api.put('/api/binding/services', Binding, { services }), msg('正在保存…'), `my-services-${SERVICE_IDS[0]}`);
    if (result === undefined) return;
    this.errors = [];
    this.chosen = null;
    dispatch({ type: 'bound', binding: result });
    cue('success', result.services.length > 0 ? msg(str`已保存。开通的服务：${result.services.map(serviceName).join('、')}`) : msg('已保存。所有服务都已关闭，社保卡仍然绑定。'));
  }

  /** Open what the card unlocks, as a link (so it can open in a new tab) that stays in the app. */
  private cardLink(screen: CardScreen, label: string) {
    return html`<a
      class="ssc-button ssc-button--secondary"
      href=${SCREEN_PATHS[screen]}
      @click=${(event: Event) => {
        event.preventDefault();
        dispatch({ type: 'open', screen });
      }}
      >${label}</a
    >`;
  }

  /** Quick actions for what is turned on (each under its service's one name), and the services to turn on or off: the cardholder's only. */
  private renderCardholderActions(binding: Binding) {
    const on = binding.services;
    const links = [
      // The card itself, as proof of who the person is: whatever services are on.
      html`<li>${this.cardLink('show-card', msg('亮出社保卡'))}</li>`,
      on.includes('medical_payment') ? html`<li>${this.cardLink('pay', serviceName('medical_payment'))}</li>` : nothing,
      on.includes('account_queries') ? html`<li>${this.cardLink('accounts', serviceName('account_queries'))}</li>` : nothing,
      on.includes('benefit_alerts') ? html`<li>${this.cardLink('inbox', serviceName('benefit_alerts'))}</li>` : nothing,
      on.includes('online_applications') ? html`<li>${this.cardLink('applications', serviceName('online_applications'))}</li>` : nothing,
    ];
    return html`
      <h2 class="ssc-heading-m">${msg('常用功能')}</h2>
      <ul class="ssc-quick-actions">${links}</ul>
      <form novalidate @submit=${this.saveServices}>
        <ssc-choice-group
          type="checkbox"
          name="my-services"
          legend=${msg('开通或关闭服务')}
          hint=${msg('关闭的服务可以随时再开通，社保卡仍然保持绑定。')}
          .options=${SERVICE_IDS.map((id) => ({ value: id, label: serviceName(id), hint: serviceDescription(id) }))}
          .selected=${this.chosen ?? on}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => (this.chosen = SERVICE_IDS.filter((id) => event.detail.selected.includes(id)))}
        ></ssc-choice-group>
        ${this.renderSubmit(msg('保存服务设置'))}
      </form>
      <h2 class="ssc-heading-m">${this.lost ? msg('找到社保卡了？') : msg('社保卡丢了？')}</h2>
      <p>${this.lost ? msg('解除挂失后，医保码和社保卡支付马上恢复。') : msg('临时挂失马上生效，别人捡到卡也不能用它付款。')}</p>
      <p>${this.cardLink('lost-card', this.lost ? msg('解除挂失') : msg('挂失社保卡'))}</p>
      <h2 class="ssc-heading-m">${msg('都是您做的吗？')}</h2>
      <p>${msg('查看绑定以来发生的事：绑定、服务变更、医保码、付款、挂失，以及家人的操作。')}</p>
      <p>${this.cardLink('activity', msg('查看账户活动'))}</p>
      <h2 class="ssc-heading-m">${msg('在所有设备上退出')}</h2>
      <p>${msg('手机丢了，或者在别人的手机、电脑上用过？退出后，每台设备都要重新核实身份才能使用这张卡。社保卡仍然绑定。')}</p>
      <button type="button" id="sign-out-everywhere" class="ssc-button ssc-button--secondary" aria-haspopup="dialog" @click=${() => this.signOutDialog.show()}>
        ${msg('在所有设备上退出')}
      </button>
      <ssc-dialog
        id="sign-out-dialog"
        heading=${msg('确定在所有设备上退出吗？')}
        .parts=${confirmBody({
          text: msg('包括这台手机。社保卡仍然绑定；之后用人脸核验或短信验证码核实身份，就可以再次使用。'),
          confirmLabel: msg('全部退出'),
          cancelLabel: msg('取消'),
          onConfirm: () => void this.signOutEverywhere(),
          onCancel: () => this.signOutDialog.close(),
        })}
      ></ssc-dialog>
    `;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.flow.state.progress.remote) void this.loadRequest();
    void this.loadLost();
  }

  private async loadLost(): Promise<void> {
    try {
      this.lost = (await api.get('/api/card/lost', LostCardStatus)).lost;
    } catch {
      // Offline or not yet answered: the card is shown as bound, the way to report it stays.
      this.lost = false;
    }
  }

  private async loadRequest(): Promise<void> {
    try {
      this.request = await api.get('/api/consent', ConsentView);
    } catch {
      this.request = null;
    }
  }

  private async revoke(): Promise<void> {
    this.revokeDialog.close();
    const result = await this.askService(() => api.post('/api/consent/revoke', ConsentView), msg('正在处理…'), 'revoke');
    if (result === undefined) return;
    this.request = result;
    cue('success', msg(str`已取消${result.relative.name}的帮办权限`));
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>('#remote-heading'));
  }

  /**
   * A relative may report the cardholder's card lost (losing a card is urgent; the cardholder is
   * texted at once) but never lift the report: that is the cardholder's own decision.
   */
  private renderReportForCardholder(name: string) {
    return html`<h2 class="ssc-heading-m" id="report-for-cardholder" tabindex="-1">${this.lost ? msg(str`${name}的社保卡已挂失`) : msg(str`${name}的社保卡丢了？`)}</h2>
      ${this.lost
        ? html`<p>${msg(str`医保码和社保卡支付已经停止。只有${name}本人可以在自己的手机上解除挂失。`)}</p>`
        : html`<p>${msg(str`您可以马上为${name}挂失，别人捡到卡也不能用它付款。${name}会收到短信；只有${name}本人可以解除挂失。`)}</p>
            <button type="button" id="report-lost" class="ssc-button ssc-button--secondary" @click=${() => void this.reportForCardholder(name)}>
              ${msg(str`为${name}挂失社保卡`)}
            </button>`}`;
  }

  private async reportForCardholder(name: string): Promise<void> {
    const result = await this.askService(() => api.post('/api/card/lost', LostCardStatus, {}), msg('正在挂失…'), 'report-lost');
    if (result === undefined) return;
    this.lost = result.lost;
    cue('success', msg(str`已为${name}挂失社保卡，挂失编号 ${readReference(result.report?.reference ?? '')}。${name}会收到短信。`));
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>('#report-for-cardholder'));
  }

  /** Who helped (cardholder) or whom you helped (relative), and the cardholder's way to end it. */
  private renderRemote() {
    const request = this.request;
    const role = this.flow.state.progress.remote?.role;
    if (!request || !role) return nothing;
    if (role === 'relative') {
      return html`<h2 class="ssc-heading-m" id="remote-heading" tabindex="-1">${msg('家人帮办')}</h2>
        <p>${msg(str`您帮${request.cardholder.name}绑定了社保卡。只有${request.cardholder.name}本人可以在自己的手机上解除绑定。`)}</p>
        ${request.accessRevoked ? html`<p>${msg(str`${request.cardholder.name}已经取消了您的帮办权限。`)}</p>` : this.renderReportForCardholder(request.cardholder.name)}`;
    }
    return html`
      <h2 class="ssc-heading-m" id="remote-heading" tabindex="-1">${msg('家人帮办')}</h2>
      <p>${msg(str`${relativeForCardholder(request)}帮您绑定了这张社保卡。`)}</p>
      ${request.accessRevoked
        ? html`<p>${msg(str`您已经取消了${request.relative.name}的帮办权限。`)}</p>`
        : html`<button type="button" id="revoke" class="ssc-button ssc-button--secondary" aria-haspopup="dialog" @click=${() => this.revokeDialog.show()}>
              ${msg(str`取消${request.relative.name}的帮办权限`)}
            </button>
            <ssc-dialog
              id="revoke-dialog"
              heading=${msg(str`取消${request.relative.name}的帮办权限吗？`)}
              .parts=${confirmBody({
                text: msg(str`${request.relative.name}将不能再查看或帮您办理这张社保卡。社保卡仍然保持绑定。`),
                confirmLabel: msg('取消权限'),
                cancelLabel: msg('返回'),
                onConfirm: () => void this.revoke(),
                onCancel: () => this.revokeDialog.close(),
                warning: true,
              })}
            ></ssc-dialog>`}
    `;
  }

  protected renderStep() {
    const { binding, identity, remote } = this.flow.state.progress;
    if (!binding) return nothing;
    const boundAt = dateTimeFormat({ dateStyle: 'long', timeStyle: 'short' }).format(new Date(binding.boundAt));
    return html`
      <div class="ssc-panel ssc-confirmation">
        <p>${msg('您的参考编号')}</p>
        ${referenceNumber(binding.reference)}
      </div>
      <h2 class="ssc-heading-m">${msg('接下来')}</h2>
      <ul>
        <li>${msg('医保码现在就可以在医院和药店使用。')}</li>
        <li>${msg('我们会给您发送一条确认短信。')}</li>
        <li>${msg('如果有疑问，请拨打 12333 并提供参考编号。')}</li>
      </ul>
      <h2 class="ssc-heading-m">${msg('我的社保卡')}</h2>
      ${summaryList([
        { term: msg('状态'), value: this.lost ? msg('已绑定，已挂失（医保码和社保卡支付已停止）') : msg('已绑定') },
        { term: msg('社保卡'), value: binding.card.cardNumberMasked, dir: 'ltr' },
        { term: msg('绑定时间'), value: boundAt },
        {
          term: msg('已开通的服务'),
          value: html`<ul class="ssc-plain-list">${binding.services.map((id) => html`<li>${serviceName(id)}</li>`)}</ul>`,
        },
      ])}
      ${remote?.role === 'relative' ? nothing : this.renderCardholderActions(binding)}
      ${identity && hasCrossBorderLimits(identity.document) ? html`<ssc-cross-border-limits></ssc-cross-border-limits>` : nothing}
      ${this.renderRemote()}
      ${remote?.role === 'relative'
        ? nothing
        : // The unbind button gets its own heading, or it would read as part of the section before it.
          html`<h2 class="ssc-heading-m">${msg('解除绑定')}</h2>
            <button type="button" id="unbind" class="ssc-button ssc-button--secondary" aria-haspopup="dialog" @click=${() => this.dialog.show()}>
        ${msg('解除绑定')}
      </button>`}
      <ssc-dialog
        id="unbind-dialog"
        heading=${msg('确定要解除绑定吗？')}
        .parts=${confirmBody({
          text: msg('解除后，手机上的医保码、账户查询和提醒都会停止。您以后可以重新绑定。'),
          confirmLabel: msg('解除绑定'),
          cancelLabel: msg('取消'),
          onConfirm: () => void this.unbind(),
          onCancel: () => this.dialog.close(),
          warning: true,
        })}
      ></ssc-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-done-screen': SscDoneScreen;
  }
}
