import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api, endSession } from '../../api/client.js';
import { ActivityResponse, NotMeResponse, type ActivityEntry } from '../../api/contract.js';
import { clearDraft } from '../../offline/drafts.js';
import { cue } from '../../modes/cues.js';
import { readReference } from '../../ui/reference.js';
import { confirmBody } from '../../ui/confirm-body.js';
import type { SscDialog } from '../../ui/ssc-dialog.js';
import '../../ui/ssc-dialog.js';
import { byWhom, when, whatHappened } from './activity-words.js';

/**
 * "Was this you?": what happened to the binding, newest first, as a table (named by the heading
 * above it, column headers, and what happened as each row's header: what a person scans for, and
 * what stays in view at 320 px when the rest scrolls inside its own region); and when something was
 * not the person, "this wasn't me" (the binding stopped for review) or reporting the card lost.
 */
@customElement('ssc-activity-screen')
@localized()
export class SscActivityScreen extends CardScreenElement {
  @state() private entries: ActivityEntry[] | null = null;
  @query('#not-me-dialog') private dialog!: SscDialog;

  protected stepTitle(): string {
    return msg('账户活动');
  }

  protected override stepInstruction(): string {
    return msg('绑定以来发生的事，最新的在前。请看看是不是都是您或您同意的人做的。');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Stops the binding for review; every session ends with it, so this phone forgets it too. */
  private async notMe(): Promise<void> {
    this.dialog.close();
    const result = await this.askService(() => api.post('/api/binding/not-me', NotMeResponse, {}), msg('正在暂停…'), 'not-me');
    if (result === undefined) return;
    await Promise.all([clearDraft(), endSession()]);
    dispatch({ type: 'frozen', reviewReference: result.reviewReference, reason: 'not_me' });
    cue('success', msg(str`已暂停。审核编号 ${readReference(result.reviewReference)}。`));
  }

  private async load(): Promise<void> {
    const result = await this.askService(() => api.get('/api/activity', ActivityResponse), msg('正在读取账户活动…'), 'activity-lost');
    if (result) this.entries = result.entries;
  }

  protected renderStep() {
    const entries = this.entries;
    if (!entries) return nothing;
    return html`
      ${entries.length === 0
        ? html`<p>${msg('还没有记录。')}</p>`
        : // The table's name is a heading above its scrolling region, not a caption: a caption is as wide
          // as the table, so at 320 px it ran off the screen with the columns.
          html`<h2 class="ssc-heading-s" id="activity-caption">${msg('绑定以来发生的事')}</h2>
            <div class="ssc-table-scroll" role="region" aria-labelledby="activity-caption" tabindex="0">
            <table class="ssc-table ssc-activity" aria-labelledby="activity-caption">
              <thead>
                <tr>
                  <th scope="col">${msg('发生了什么')}</th>
                  <th scope="col">${msg('时间')}</th>
                  <th scope="col">${msg('由谁')}</th>
                </tr>
              </thead>
              <tbody>
                ${entries.map(
                  (entry) => html`<tr>
                    <th scope="row">${whatHappened(entry)}</th>
                    <td class="ssc-activity__when">${when(entry.at)}</td>
                    <td>${byWhom(entry)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      <h2 class="ssc-heading-m">${msg('有不是您做的事？')}</h2>
      <p>${msg('选择“这不是我做的”，马上会：暂停社保卡支付，取消家人的权限，让所有设备退出，并开始人工审核。')}</p>
      <button type="button" id="not-me" class="ssc-button ssc-button--warning" aria-haspopup="dialog" @click=${() => this.dialog.show()}>${msg('这不是我做的')}</button>
      <ssc-dialog
        id="not-me-dialog"
        heading=${msg('确定这不是您做的吗？')}
        .parts=${confirmBody({
          text: msg('社保卡支付马上暂停，家人的权限取消，所有设备（包括这台手机）都会退出。12333 会联系您核实。'),
          confirmLabel: msg('这不是我做的'),
          cancelLabel: msg('取消'),
          onConfirm: () => void this.notMe(),
          onCancel: () => this.dialog.close(),
          warning: true,
        })}
      ></ssc-dialog>
      <p>${msg('社保卡本身丢了？也可以挂失，别人捡到卡也不能用它付款。')}</p>
      <p>
        <a
          id="activity-lost"
          class="ssc-button ssc-button--secondary"
          href=${SCREEN_PATHS['lost-card']}
          @click=${(event: Event) => {
            event.preventDefault();
            dispatch({ type: 'open', screen: 'lost-card' });
          }}
          >${msg('挂失社保卡')}</a
        >
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-activity-screen': SscActivityScreen;
  }
}
