import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { api, ApiFailure, openSession } from '../../api/client.js';
import { ConsentView } from '../../api/contract.js';
import { isFinished, remoteProgressList, remoteStatusSentence } from './remote.js';
import { poll } from '../../flow/poll.js';
import { cue } from '../../modes/cues.js';

/**
 * The cardholder's screen while their relative does a part (adds the card, binds), or after the
 * request has ended. It follows the request live and moves on by itself when it is their turn.
 */
@customElement('ssc-waiting-screen')
@localized()
export class SscWaitingScreen extends StepElement {
  protected readonly stepId = null;
  @state() private view: ConsentView | null = null;
  private stopPolling: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
    this.stopPolling = poll(() => this.refresh());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling?.();
  }

  protected override helpSection(): string {
    return 'family';
  }

  protected stepTitle(): string {
    return this.view ? remoteStatusSentence(this.view, 'cardholder') : msg('请稍候');
  }

  protected override stepInstruction(): string {
    return this.view && !isFinished(this.view.status) ? msg('不用做什么。轮到您的时候，这个页面会自动继续。') : '';
  }

  private async refresh(): Promise<void> {
    const view = await api.get('/api/consent', ConsentView);
    const before = this.view?.status;
    this.view = view;
    if (before !== undefined && before !== view.status) {
      // The relative has done their part (or the request ended): resume where the service says.
      const session = await openSession();
      dispatch({ type: 'resume', progress: session.progress });
      if (isFinished(view.status) && view.status !== 'bound') {
        cue('error', remoteStatusSentence(view, 'cardholder'));
        await this.enterPage();
      }
    }
    if (isFinished(view.status)) this.stopPolling?.();
  }

  private async cancel(): Promise<void> {
    const result = await this.callService(() => api.post('/api/consent/cancel', ConsentView), msg('正在取消请求…'));
    if (result === undefined || result instanceof ApiFailure) return;
    this.view = result;
    cue('success', remoteStatusSentence(result, 'cardholder'));
    await this.enterPage();
  }

  protected renderStep() {
    const view = this.view;
    if (!view) return html`<p>${msg('正在读取请求…')}</p>`;
    return html`
      ${isFinished(view.status) ? nothing : html`<p>${msg('不用做什么。轮到您的时候，这个页面会自动继续。')}</p>`}
      ${remoteProgressList(view, 'cardholder')}
      ${isFinished(view.status)
        ? nothing
        : html`<button type="button" class="ssc-button ssc-button--warning" @click=${this.cancel}>${msg('取消这次绑定')}</button>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-waiting-screen': SscWaitingScreen;
  }
}
