import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { api } from '../../api/client.js';
import { Contributions, type ContributionMonth } from '../../api/contract.js';
import { contributionsCsv, INSURANCES, monthsOfYear, PARTS, totalsOf, yearsOf, type Insurance, type Part } from '../../domain/contributions.js';
import { formatFen } from '../../domain/money.js';
import { formatLocales } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import { monthOfYear } from './pension-words.js';
import '../../ui/ssc-select-field.js';
import './contributions.css';

function insuranceName(insurance: Insurance): string {
  switch (insurance) {
    case 'pension':
      return msg('养老保险');
    case 'medical':
      return msg('医疗保险');
    case 'unemployment':
      return msg('失业保险');
  }
}

function partName(part: Part): string {
  return part === 'employer' ? msg('单位缴纳') : msg('个人缴纳');
}

/**
 * The contributions record (缴费记录): a year at a time, month by month, what was paid into the
 * pension, medical and unemployment insurance, the employer's part and the person's own; a month
 * nothing was paid is said as a gap. The year's sums as a sentence first (they fit any screen),
 * the table after, and the year as a CSV file in the person's language.
 */
@customElement('ssc-contributions-screen')
@localized()
export class SscContributionsScreen extends CardScreenElement {
  @state() private record: Contributions | null = null;
  @state() private year = 0;

  protected stepTitle(): string {
    return msg('缴费记录');
  }

  protected override stepInstruction(): string {
    return msg('按年查看每个月缴了多少社保费，单位和个人各缴多少。');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const record = await this.askService(() => api.get('/api/contributions', Contributions), msg('正在读取您的缴费记录…'), 'contributions-year');
    if (record === undefined) return;
    this.record = record;
    this.year = yearsOf(record.months)[0] ?? 0;
  }

  private months(): ContributionMonth[] {
    return this.record ? monthsOfYear(this.record.months, this.year) : [];
  }

  /** The year in one sentence: months paid, the gap, and what each side paid. */
  private yearSentence(): string {
    const totals = totalsOf(this.months());
    const locales = formatLocales();
    const employer = formatFen(totals.byPart.employer, locales);
    const personal = formatFen(totals.byPart.personal, locales);
    const year = this.year;
    const paid = totals.paidMonths;
    return totals.gapMonths === 0
      ? msg(str`${year} 年：缴费的月数 ${paid}。单位共缴 ${employer}，个人共缴 ${personal}。`)
      : msg(str`${year} 年：缴费的月数 ${paid}，没有缴费的月数 ${totals.gapMonths}。单位共缴 ${employer}，个人共缴 ${personal}。`);
  }

  private chooseYear(event: Event): void {
    this.year = Number((event.target as HTMLSelectElement).value);
    cue('waiting', this.yearSentence());
  }

  private download(): void {
    const csv = contributionsCsv(this.months(), {
      month: msg('月份'),
      status: msg('缴费情况'),
      paid: msg('已缴费'),
      gap: msg('未缴费'),
      base: msg('缴费基数（元）'),
      column: (insurance, part) => msg(str`${insuranceName(insurance)}：${partName(part)}（元）`),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = msg(str`缴费记录-${this.year}.csv`);
    link.click();
    // The click has started the download; the address is not needed after it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    cue('success', msg('已下载 CSV 文件。'));
  }

  private renderTable(months: ContributionMonth[]) {
    // The caption says yuan, so the figures go without the sign.
    const yuanFormat = new Intl.NumberFormat(formatLocales(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const amount = (fen: number) => yuanFormat.format(fen / 100);
    const totals = totalsOf(months);
    const cells = (parts: Record<Insurance, Record<Part, number>>) =>
      INSURANCES.flatMap((insurance) => PARTS.map((part) => html`<td class="ssc-number" dir="ltr">${amount(parts[insurance][part])}</td>`));
    return html`
      <div class="ssc-table-scroll" role="region" aria-labelledby="contributions-caption" tabindex="0">
        <table class="ssc-table ssc-contributions-table">
          <caption id="contributions-caption">${msg(str`${this.year} 年缴费明细（元）`)}</caption>
          <thead>
            <tr>
              <th scope="col" rowspan="2">${msg('月份')}</th>
              ${INSURANCES.map((insurance) => html`<th scope="colgroup" colspan="2">${insuranceName(insurance)}</th>`)}
            </tr>
            <tr>
              ${INSURANCES.flatMap(() => PARTS.map((part) => html`<th scope="col" class="ssc-number">${partName(part)}</th>`))}
            </tr>
          </thead>
          <tbody>
            ${months.map(
              (month) => html`<tr class=${month.paid ? '' : 'ssc-contributions-gap'}>
                <th scope="row">${monthOfYear(Number(month.month.slice(5)))}</th>
                ${month.paid ? cells(month.paid) : html`<td colspan="6">${msg('没有缴费')}</td>`}
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">${msg('合计')}</th>
              ${cells(totals.sums)}
            </tr>
          </tfoot>
        </table>
      </div>
    `;
  }

  protected renderStep() {
    const record = this.record;
    if (!record) return nothing;
    const months = this.months();
    return html`
      <p>${this.stepInstruction()}</p>
      <ssc-select-field
        field-id="contributions-year"
        name="year"
        label=${msg('显示哪一年')}
        .options=${yearsOf(record.months).map((year) => ({ value: String(year), label: msg(str`${year} 年`) }))}
        .value=${String(this.year)}
        @change=${this.chooseYear}
      ></ssc-select-field>
      <p class="ssc-panel">${this.yearSentence()}</p>
      ${this.renderTable(months)}
      <p>${msg('表格较宽时，可以在表格上左右滑动，或用方向键查看。')}</p>
      <button type="button" class="ssc-button ssc-button--secondary" @click=${this.download}>${msg(str`下载 ${this.year} 年的缴费明细（CSV 文件）`)}</button>
      <p>${msg('缴费基数和比例以当地社保经办机构核定的为准。需要盖章的参保证明，可以到社保服务网点打印。')}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-contributions-screen': SscContributionsScreen;
  }
}
