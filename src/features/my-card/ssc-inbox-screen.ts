import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api } from '../../api/client.js';
import { NoticesResponse, type Notice } from '../../api/contract.js';
import { formatFen } from '../../domain/money.js';
import { dateTimeFormat, formatLocales, joinList } from '../../modes/locale.js';
import { counterText, hoursText, toBringName, visitDay } from '../help/help-words.js';
import { cue } from '../../modes/cues.js';
import { askUnread, chooseSystemNotifications, setUnread, wantsSystemNotifications } from './unread.js';
import { setFocus } from '../../ui/focus.js';
import { byWhom, when, whatHappened } from './activity-words.js';

function noticeTitle(notice: Notice): string {
  switch (notice.kind) {
    case 'pension_paid':
      return msg('养老金已发放');
    case 'unemployment_paid':
      return msg('失业保险金已发放');
    case 'certification_due':
      return msg('今年的养老金资格认证');
    case 'activity':
      // Done by a relative, the question is whether the person agreed; done on the person's own phone, whether it was them.
      return notice.activity?.by === 'relative' ? msg('这是您同意的吗？') : msg('是您本人吗？');
    case 'counter_visit':
      return msg('网点预约提醒');
  }
}

function noticeText(notice: Notice, locales: string[]) {
  const amount = notice.amount === null ? '' : formatFen(notice.amount, locales);
  switch (notice.kind) {
    case 'pension_paid':
      return msg(str`${amount} 已经发到您的社保卡银行账户。`);
    case 'unemployment_paid':
      return msg(str`失业保险金 ${amount} 已经发到您的社保卡银行账户。`);
    case 'certification_due':
      return msg('领取养老金的人每年要做一次资格认证，确认可以继续领取。请在今年内完成。');
    case 'activity': {
      const entry = notice.activity;
      if (!entry) return '';
      return html`${byWhom(entry)}${msg(str`：${whatHappened(entry)}（${when(entry.at)}）。如果不是您或您同意的人做的，请马上选择“这不是我做的”。`)}`;
    }
    case 'counter_visit': {
      const visit = notice.visit;
      if (!visit) return '';
      return html`${msg(str`您预约了 ${visitDay(visit.date)} ${hoursText(visit.from, visit.to)} 去网点办理：`)}${counterText(visit.counter.name)}（${counterText(visit.counter.address)}）。
        ${msg(str`预约编号 ${visit.reference}。请带上：${joinList(visit.bring.map(toBringName))}。`)}`;
    }
  }
}

/** Benefit alerts: newest first, unread ones marked, each marked read by the person. */
@customElement('ssc-inbox-screen')
@localized()
export class SscInboxScreen extends CardScreenElement {
  @state() private inbox: NoticesResponse | null = null;
  @state() private notifying = wantsSystemNotifications();

  protected stepTitle(): string {
    return msg('消息');
  }

  protected override stepInstruction(): string {
    const unread = this.inbox?.unread;
    return unread === undefined ? '' : unread > 0 ? msg(str`${unread} 条未读`) : msg('没有未读消息');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.askService(() => api.get('/api/notices', NoticesResponse), msg('正在读取消息…'), 'inbox-notifications');
    if (result === undefined) return;
    this.inbox = result;
    setUnread(result.unread);
  }

  private async markRead(notice: Notice, index: number): Promise<void> {
    const result = await this.askService(() => api.post(`/api/notices/${encodeURIComponent(notice.id)}/read`, NoticesResponse), msg('正在处理…'), 'inbox-notifications');
    if (result === undefined) return;
    this.inbox = result;
    setUnread(result.unread);
    cue('success', msg(str`已标为已读。还有 ${result.unread} 条未读。`));
    // The button is gone: focus stays in the list, on the notice just read.
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>(`#notice-${index}`));
  }

  private async toggleNotifications(): Promise<void> {
    const wanted = !this.notifying;
    this.notifying = await chooseSystemNotifications(wanted);
    if (this.notifying) cue('success', msg('已开启系统通知：应用打开时，新消息也会在手机通知栏显示。'));
    else if (wanted) cue('error', msg('手机没有允许这个应用显示通知，新消息只会在这里显示。可以在手机的设置里允许。'));
    else cue('success', msg('系统通知已关闭。'));
    void askUnread();
  }

  protected renderStep() {
    const inbox = this.inbox;
    if (!inbox) return nothing;
    const locales = formatLocales();
    const day = dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' });
    return html`
      <p>${inbox.unread > 0 ? msg(str`${inbox.unread} 条未读`) : msg('没有未读消息')}</p>
      <ol class="ssc-notices">
        ${inbox.notices.map(
          (notice, index) => html`<li class="ssc-panel ssc-notice-item ${notice.read ? '' : 'ssc-notice-item--unread'}">
            <h2 class="ssc-heading-s" id="notice-${index}" tabindex="-1">
              ${notice.read ? nothing : html`<strong class="ssc-tag">${msg('未读')}</strong> `}${noticeTitle(notice)}
            </h2>
            <p>${day.format(new Date(`${notice.date}T00:00:00Z`))}</p>
            <p>${noticeText(notice, locales)}</p>
            ${notice.kind === 'activity'
              ? html`<p>
                  <a
                    aria-describedby="notice-${index}"
                    href=${SCREEN_PATHS.activity}
                    @click=${(event: Event) => {
                      event.preventDefault();
                      dispatch({ type: 'open', screen: 'activity' });
                    }}
                    >${msg('这不是我做的')}</a
                  >
                </p>`
              : nothing}
            ${notice.kind === 'certification_due' && this.flow.state.progress.binding?.services.includes('online_applications')
              ? html`<p>
                  <a
                    href=${SCREEN_PATHS['apply-pension']}
                    @click=${(event: Event) => {
                      event.preventDefault();
                      dispatch({ type: 'open', screen: 'apply-pension' });
                    }}
                    >${msg('现在就做养老金资格认证')}</a
                  >
                </p>`
              : nothing}
            ${notice.read
              ? nothing
              : html`<button
                  type="button"
                  class="ssc-button ssc-button--secondary"
                  aria-label=${msg(str`标为已读：${noticeTitle(notice)}`)}
                  @click=${() => void this.markRead(notice, index)}
                >
                  ${msg('标为已读')}
                </button>`}
          </li>`,
        )}
      </ol>
      ${'Notification' in window
        ? html`<h2 class="ssc-heading-m">${msg('系统通知')}</h2>
            <p>${msg('应用打开时，新消息也可以在手机通知栏显示。选择后，手机会问您是否允许。')}</p>
            <button type="button" id="inbox-notifications" class="ssc-button ssc-button--secondary" aria-pressed=${this.notifying ? 'true' : 'false'} @click=${() => void this.toggleNotifications()}>
              ${msg('在通知栏显示新消息')}
            </button>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-inbox-screen': SscInboxScreen;
  }
}
