import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api } from '../../api/client.js';
import { ActivityResponse, type ActivityEntry } from '../../api/contract.js';
import { byWhom, when, whatHappened } from './activity-words.js';

/**
 * "Was this you?": what happened to the binding, newest first, as a table (a caption, column
 * headers, and what happened as each row's header: what a person scans for, and what stays in view
 * at 320 px when the rest scrolls inside its own region); and what to do when something was not the
 * person: report the card lost at once, and call 12333.
 */
@customElement('ssc-activity-screen')
@localized()
export class SscActivityScreen extends CardScreenElement {
  @state() private entries: ActivityEntry[] | null = null;

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
      <p>${msg('请马上挂失社保卡，这样别人不能用它付款；再拨打 12333 说明情况。')}</p>
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
