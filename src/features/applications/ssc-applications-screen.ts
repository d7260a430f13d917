import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { api, ApiFailure } from '../../api/client.js';
import { ApplicationsResponse, AskedPensionCheck, type Application } from '../../api/contract.js';
import { askedStatusSentence, kindName, statusName, whatHappensNext } from './words.js';
import { chinaDay } from '../../domain/applications.js';
import { formatDate, formatDateTime } from '../../flow/messages.js';
import { poll } from '../../flow/poll.js';
import { relativeAs } from '../family/remote.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS, type CardScreen } from '../../flow/state.js';
import { cue } from '../../modes/cues.js';
import { summaryList } from '../../ui/summary-list.js';
import { referenceNumber } from '../../ui/reference.js';
import { setFocus } from '../../ui/focus.js';
import { serviceName } from '../../flow/services.js';

/** Statuses worth following while the page is open: a family member may act at any moment. */
const OPEN_ASKS = new Set(['pending', 'consented']);

/**
 * Online services (网上办事): what can be applied for, the person's applications with their status
 * and what happens next, and the pension checks they asked family members to do.
 */
@customElement('ssc-applications-screen')
@localized()
export class SscApplicationsScreen extends CardScreenElement {
  @state() private list: ApplicationsResponse | null = null;
  private stopPolling: (() => void) | undefined;

  protected stepTitle(): string {
    return serviceName('online_applications');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPolling?.();
  }

  private async load(first = false): Promise<void> {
    const result = first
      ? await this.callService(() => api.get('/api/applications', ApplicationsResponse), msg('正在读取您的申请…'))
      : await api.get('/api/applications', ApplicationsResponse).catch(() => undefined);
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      if (first) this.showServiceProblem(result, 'applications-new');
      return;
    }
    const before = this.list;
    this.list = result;
    // Said when a family member's check moves on (done, refused), not on every poll.
    for (const asked of result.asked) {
      const was = before?.asked.find((old) => old.id === asked.id);
      if (was && was.status !== asked.status) cue('success', askedStatusSentence(asked));
    }
    const following = result.asked.some((asked) => OPEN_ASKS.has(asked.status));
    if (following && !this.stopPolling) this.stopPolling = poll(() => this.load(), 5000);
    if (!following) {
      this.stopPolling?.();
      this.stopPolling = undefined;
    }
  }

  private async cancel(asked: AskedPensionCheck): Promise<void> {
    const path = `/api/applications/pension-check/requests/${encodeURIComponent(asked.id)}/cancel`;
    const result = await this.askService(() => api.post(path, AskedPensionCheck), msg('正在取消…'), `cancel-${asked.id}`);
    if (result === undefined) return;
    // Shown cancelled at once, so the reload below does not say it a second time as news.
    if (this.list) this.list = { ...this.list, asked: this.list.asked.map((entry) => (entry.id === result.id ? result : entry)) };
    cue('success', msg(str`已取消给${asked.pensioner.name}的认证请求`));
    await this.load();
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>(`#asked-${CSS.escape(asked.id)}`));
  }

  private startLink(screen: CardScreen, label: string, hint: string, id?: string) {
    return html`<li>
      <a
        id=${id ?? nothing}
        href=${SCREEN_PATHS[screen]}
        @click=${(event: Event) => {
          event.preventDefault();
          dispatch({ type: 'open', screen });
        }}
        >${label}</a
      >
      <p class="ssc-hint">${hint}</p>
    </li>`;
  }

  private renderApplication(application: Application) {
    return html`<li class="ssc-panel ssc-application">
      <h3 class="ssc-heading-s">${kindName(application.details.kind)}</h3>
      ${summaryList([
        { term: msg('申请编号'), value: referenceNumber(application.reference) },
        { term: msg('提交日期'), value: formatDate(chinaDay(Date.parse(application.submittedAt))) },
        { term: msg('状态'), value: html`<strong class="ssc-tag ssc-tag--${application.status}">${statusName(application.status)}</strong>` },
        ...(application.startedBy
          ? [{ term: msg('谁请您做的'), value: relativeAs(application.startedBy.name, application.startedBy.relationship) }]
          : []),
      ])}
      <p>${whatHappensNext(application)}</p>
    </li>`;
  }

  private renderAsked(asked: AskedPensionCheck) {
    const open = OPEN_ASKS.has(asked.status);
    return html`<li class="ssc-panel ssc-application">
      <h3 class="ssc-heading-s" id="asked-${asked.id}" tabindex="-1">
        ${msg(str`${asked.pensioner.name}的养老金资格认证`)}
      </h3>
      ${summaryList([
        { term: msg('老人的手机号码'), value: asked.pensioner.phoneMasked, dir: 'ltr' },
        { term: msg('状态'), value: askedStatusSentence(asked) },
        ...(open ? [{ term: msg('有效期至'), value: formatDateTime(asked.expiresAt) }] : []),
        ...(asked.reference ? [{ term: msg('认证编号'), value: referenceNumber(asked.reference) }] : []),
      ])}
      ${open
        ? html`<button type="button" id="cancel-${asked.id}" class="ssc-button ssc-button--secondary" @click=${() => this.cancel(asked)}>
            ${msg('取消这个请求')}
          </button>`
        : nothing}
    </li>`;
  }

  protected renderStep() {
    const list = this.list;
    if (!list) return nothing;
    return html`
      <h2 class="ssc-heading-m">${msg('办理新的事项')}</h2>
      <ul class="ssc-plain-list ssc-start-list">
        ${this.startLink('apply-treatment', msg('异地就医备案'), msg('要在外地看病、住院，先备案，就能直接用社保卡结算'), 'applications-new')}
        ${this.startLink('apply-transfer', msg('社保关系转移'), msg('换了城市工作或生活，把养老保险和医疗保险转过去'))}
        ${list.pensionCheckValidUntil
          ? html`<li>
              <p>${msg('养老金资格认证')}</p>
              <p class="ssc-hint">${msg(str`今年已经认证，有效期到${formatDate(list.pensionCheckValidUntil)}`)}</p>
            </li>`
          : this.startLink('apply-pension', msg('养老金资格认证'), msg('领养老金的人每年刷脸认证一次'))}
        ${this.startLink('apply-family', msg('帮家人做养老金资格认证'), msg('请家里的老人在自己的手机上确认并刷脸'))}
      </ul>
      <h2 class="ssc-heading-m">${msg('我的申请')}</h2>
      ${list.applications.length === 0
        ? html`<p>${msg('您还没有提交过申请。')}</p>`
        : html`<ul class="ssc-plain-list">${list.applications.map((application) => this.renderApplication(application))}</ul>`}
      ${list.asked.length > 0
        ? html`<h2 class="ssc-heading-m">${msg('请家人做的认证')}</h2>
            <ul class="ssc-plain-list">${list.asked.map((asked) => this.renderAsked(asked))}</ul>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-applications-screen': SscApplicationsScreen;
  }
}
