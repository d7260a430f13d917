import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';
import { api } from '../../api/client.js';
import { AccountsResponse, type StatementEntry } from '../../api/contract.js';
import { formatChange, formatFen } from '../../domain/money.js';
import { dateTimeFormat, formatLocales } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import '../../ui/ssc-select-field.js';

/** "2026-11" → "2026年11月" / "November 2026" / "2026 نويابىر"… */
function monthName(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return dateTimeFormat({ year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, number - 1, 1));
}

function dayName(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return dateTimeFormat({ month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

function whatHappened(entry: StatementEntry): string {
  switch (entry.kind) {
    case 'contribution':
      return msg('个人账户划入');
    case 'outpatient':
      return msg('门诊费用');
    case 'pharmacy':
      return msg('药店购药');
    case 'payment':
      return msg(str`医保码支付：${entry.merchant}`);
  }
}

/** The pension and medical account balances, and the medical account's last 12 months as a table. */
@customElement('ssc-accounts-screen')
@localized()
export class SscAccountsScreen extends CardScreenElement {
  @state() private accounts: AccountsResponse | null = null;
  /** YYYY-MM, or '' for all 12 months. */
  @state() private month = '';

  protected stepTitle(): string {
    return msg('我的账户');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const result = await this.askService(() => api.get('/api/accounts', AccountsResponse), msg('正在读取您的账户…'), 'accounts-month');
    if (result === undefined) return;
    this.accounts = result;
  }

  private chooseMonth(event: Event): void {
    this.month = (event.target as HTMLSelectElement).value;
    const shown = this.linesShown().length;
    cue('waiting', this.month ? msg(str`${monthName(this.month)}：${shown} 条记录`) : msg(str`最近 12 个月：${shown} 条记录`));
  }

  private linesShown(): StatementEntry[] {
    const statement = this.accounts?.statement ?? [];
    return this.month ? statement.filter((entry) => entry.date.startsWith(this.month)) : statement;
  }

  protected renderStep() {
    const accounts = this.accounts;
    if (!accounts) return nothing;
    const locales = formatLocales();
    const lines = this.linesShown();
    const period = this.month ? monthName(this.month) : msg('最近 12 个月');
    return html`
      <div class="ssc-balances">
        <p class="ssc-panel ssc-balance">
          ${msg('养老保险个人账户')}
          <span class="ssc-balance__amount">${formatFen(accounts.pension.balance, locales)}</span>
        </p>
        <p class="ssc-panel ssc-balance">
          ${msg('医保个人账户')}
          <span class="ssc-balance__amount">${formatFen(accounts.medical.balance, locales)}</span>
        </p>
      </div>
      <p>
        <a
          href=${SCREEN_PATHS['pension-estimate']}
          @click=${(event: Event) => {
            event.preventDefault();
            dispatch({ type: 'open', screen: 'pension-estimate' });
          }}
          >${msg('测算退休后每月能领多少养老金')}</a
        >
      </p>
      <p>
        <a
          href=${SCREEN_PATHS.contributions}
          @click=${(event: Event) => {
            event.preventDefault();
            dispatch({ type: 'open', screen: 'contributions' });
          }}
          >${msg('查看每个月的缴费记录')}</a
        >
      </p>
      <p>
        <a
          href=${SCREEN_PATHS['insurance-proof']}
          @click=${(event: Event) => {
            event.preventDefault();
            dispatch({ type: 'open', screen: 'insurance-proof' });
          }}
          >${msg('开具参保证明（PDF 文件）')}</a
        >
      </p>
      <h2 class="ssc-heading-m">${msg('医保个人账户明细')}</h2>
      <ssc-select-field
        field-id="accounts-month"
        name="month"
        label=${msg('显示哪个月')}
        .options=${[
          { value: '', label: msg('最近 12 个月') },
          ...[...accounts.months].reverse().map((month) => ({ value: month, label: monthName(month) })),
        ]}
        .value=${this.month}
        @change=${this.chooseMonth}
      ></ssc-select-field>
      ${lines.length === 0
        ? html`<p>${msg(str`${period}没有收支记录。`)}</p>`
        : html`<div class="ssc-table-scroll" role="region" aria-labelledby="statement-caption" tabindex="0">
            <table class="ssc-table ssc-statement">
              <caption id="statement-caption">${msg(str`医保个人账户明细：${period}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('日期')}</th>
                  <th scope="col">${msg('项目')}</th>
                  <th scope="col" class="ssc-number">${msg('金额')}</th>
                  <th scope="col" class="ssc-number">${msg('余额')}</th>
                </tr>
              </thead>
              <tbody>
                ${lines.map(
                  (entry) => html`<tr>
                    <th scope="row">${dayName(entry.date)}</th>
                    <td>${whatHappened(entry)}</td>
                    <td class="ssc-number" dir="ltr">${formatChange(entry.amount, locales)}</td>
                    <td class="ssc-number" dir="ltr">${formatFen(entry.balance, locales)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-accounts-screen': SscAccountsScreen;
  }
}
