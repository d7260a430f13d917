import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { api } from '../../api/client.js';
import { PensionRecord } from '../../api/contract.js';
import {
  checkPensionDraft,
  estimatePension,
  minimumYears,
  PENSION_BOUNDS,
  projectToRetirement,
  retirementAge,
  type CheckedPension,
  type PensionDraft,
  type PensionField,
  type PensionProblem,
  type RetirementGroup,
} from '../../domain/pension.js';
import { formatFen } from '../../domain/money.js';
import { formatLocales } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import { setFocus } from '../../ui/focus.js';
import { regionName } from '../lost-card/region-names.js';
import { ageText, groupName, indexText, monthName, monthOfYear, yearsText } from './pension-words.js';
import '../../ui/ssc-choice-group.js';
import '../../ui/ssc-select-field.js';
import '../../ui/ssc-text-field.js';
import './pension-estimate.css';

const FIELD_IDS: Record<PensionField, string> = {
  birthYear: 'pension-birth-year',
  birthMonth: 'pension-birth-month',
  group: 'pension-group-male',
  years: 'pension-years',
  averageIndex: 'pension-index',
  balance: 'pension-balance',
  averageWage: 'pension-wage',
};
const FIELD_ORDER: PensionField[] = ['birthYear', 'birthMonth', 'group', 'years', 'averageIndex', 'balance', 'averageWage'];
const GROUPS: RetirementGroup[] = ['male', 'female_50', 'female_55'];

/** Yuan as typed in the form: two decimals only when there are fen. */
const yuanText = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/**
 * The pension estimate (养老金测算): from the person's own record, the age they retire at by the
 * 2025 rule and what they would get each month, as a sentence and a table, with the sum in plain
 * words; every figure it uses can be changed, and the rules are named. The sum is done here
 * (src/domain/pension.ts), so a change shows at once without asking the service.
 */
@customElement('ssc-pension-estimate-screen')
@localized()
export class SscPensionEstimateScreen extends CardScreenElement {
  @state() private record: PensionRecord | null = null;
  @state() private draft: PensionDraft | null = null;
  /** What the result shows: the last figures that were checked. */
  @state() private used: CheckedPension | null = null;

  protected stepTitle(): string {
    return msg('养老金测算');
  }

  protected override stepInstruction(): string {
    return msg('按您的缴费记录，估算退休后每月能领多少养老金。用到的每个数字都可以改。');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const record = await this.askService(() => api.get('/api/pension/record', PensionRecord), msg('正在读取您的缴费记录…'), FIELD_IDS.birthYear);
    if (record === undefined) return;
    this.record = record;
    const retires = retirementAge(record.born, record.group);
    const [year, month] = record.asOf.split('-').map(Number) as [number, number];
    const projected = projectToRetirement({ monthsContributed: record.monthsContributed, balanceFen: record.balance, monthlyPersonalFen: record.monthlyPersonal, asOf: { year, month } }, retires.retiresIn);
    this.draft = {
      birthYear: String(record.born.year),
      birthMonth: String(record.born.month),
      group: record.group,
      years: String(projected.years),
      averageIndex: record.averageIndex.toFixed(2),
      balance: yuanText(projected.balanceFen),
      averageWage: yuanText(record.averageWage.fen),
    };
    const checked = checkPensionDraft(this.draft);
    this.used = checked.ok ? checked.value : null;
  }

  private problemText(field: PensionField, problem: PensionProblem): string {
    const bounds = PENSION_BOUNDS;
    switch (field) {
      case 'birthYear':
        return problem === 'empty' ? msg('请输入出生年份') : msg(str`出生年份应为 ${bounds.birthYear.min} 到 ${bounds.birthYear.max} 之间的 4 位数字`);
      case 'birthMonth':
        return msg('请选择出生月份');
      case 'group':
        return msg('请选择退休年龄按哪一类算');
      case 'years':
        return problem === 'empty' ? msg('请输入退休时的缴费年限') : msg(str`缴费年限应为 0 到 ${bounds.years.max} 年，最多一位小数，例如 25.5`);
      case 'averageIndex':
        return problem === 'empty' ? msg('请输入平均缴费指数') : msg('平均缴费指数应在 0.6 到 3 之间，最多两位小数，例如 1.2');
      case 'balance':
        return problem === 'empty' ? msg('请输入退休时的个人账户余额') : msg('个人账户余额请用数字输入，单位是元，例如 80000');
      case 'averageWage':
        return problem === 'empty'
          ? msg('请输入当地上年度职工月平均工资')
          : msg(str`月平均工资请用数字输入，单位是元，在 ${bounds.averageWageYuan.min} 到 ${bounds.averageWageYuan.max} 之间`);
    }
  }

  private async recalculate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.draft) return;
    const checked = checkPensionDraft(this.draft);
    if (!checked.ok) {
      // What was typed stays in the fields; the result keeps the last figures that were right.
      await this.showErrors(FIELD_ORDER.filter((field) => checked.problems[field]).map((field) => ({ fieldId: FIELD_IDS[field], message: () => this.problemText(field, checked.problems[field]!) })));
      return;
    }
    await this.showErrors([]);
    this.used = checked.value;
    await this.updateComplete;
    setFocus(this.querySelector<HTMLElement>('#pension-result'));
    cue('success', this.resultSentence(checked.value));
  }

  private edit(field: keyof PensionDraft, value: string): void {
    if (this.draft) this.draft = { ...this.draft, [field]: value };
  }

  /** The estimate in one sentence: when they retire, at what age, and how much a month. */
  private resultSentence(used: CheckedPension): string {
    const retires = retirementAge(used.born, used.group);
    const when = monthName(retires.retiresIn);
    const age = ageText(retires.years, retires.months);
    const minimum = minimumYears(retires.retiresIn.year);
    if (used.years < minimum) {
      return msg(str`您在 ${when}（${age}）退休时，缴费年限 ${yearsText(used.years)}，不到那一年要求的最少 ${yearsText(minimum)}，到时还不能按月领取养老金；可以继续缴费，缴满 ${yearsText(minimum)} 后按月领取。`);
    }
    const estimate = estimatePension({ averageWageFen: used.averageWageFen, averageIndex: used.averageIndex, years: used.years, balanceFen: used.balanceFen, retirementAgeYears: retires.years });
    return msg(str`您在 ${when}（${age}）退休时，按现在的数字，每月大约可以领 ${formatFen(estimate.totalFen, formatLocales())}。`);
  }

  /** Whether that retirement month is already behind the record's month. */
  private pastRetirement(retiresIn: { year: number; month: number }): boolean {
    const asOf = this.record?.asOf ?? '';
    return `${retiresIn.year}-${String(retiresIn.month).padStart(2, '0')}` <= asOf;
  }

  private renderResult(used: CheckedPension) {
    const locales = formatLocales();
    const retires = retirementAge(used.born, used.group);
    const estimate = estimatePension({ averageWageFen: used.averageWageFen, averageIndex: used.averageIndex, years: used.years, balanceFen: used.balanceFen, retirementAgeYears: retires.years });
    const money = (fen: number) => formatFen(fen, locales);
    // In the table the column says yuan, so the figures go without the sign: they fit 320 px at 200 % text.
    const yuanFormat = new Intl.NumberFormat(locales, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const amount = (fen: number) => yuanFormat.format(fen / 100);
    const enough = used.years >= minimumYears(retires.retiresIn.year);
    return html`
      <h2 class="ssc-heading-m" id="pension-result" tabindex="-1">${msg('测算结果')}</h2>
      ${this.pastRetirement(retires.retiresIn)
        ? html`<p>${msg('按您的出生年月，您已经到了退休年龄。已经在领养老金的，金额以社保经办机构核定的为准；下面是按这些数字的估算。')}</p>`
        : nothing}
      <p class="ssc-panel ssc-estimate">${this.resultSentence(used)}</p>
      ${enough
        ? html`<div class="ssc-table-scroll" role="region" aria-labelledby="pension-table-caption" tabindex="0">
            <table class="ssc-table ssc-estimate-table">
              <caption id="pension-table-caption">${msg('每月养老金（估算）')}</caption>
              <thead>
                <tr>
                  <th scope="col">${msg('项目')}</th>
                  <th scope="col" class="ssc-number">${msg('每月（元）')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">${msg('基础养老金')}</th>
                  <td class="ssc-number" dir="ltr">${amount(estimate.basicFen)}</td>
                </tr>
                <tr>
                  <th scope="row">${msg('个人账户养老金')}</th>
                  <td class="ssc-number" dir="ltr">${amount(estimate.accountFen)}</td>
                </tr>
                <tr>
                  <th scope="row">${msg('合计')}</th>
                  <td class="ssc-number" dir="ltr"><strong>${amount(estimate.totalFen)}</strong></td>
                </tr>
              </tbody>
            </table>
          </div>`
        : nothing}
      <p>${msg('这只是估算：没有算以后工资的增长和账户的利息。实际金额以退休时社保经办机构核定的为准。')}</p>
      <h2 class="ssc-heading-m">${msg('怎么算的')}</h2>
      <p>
        ${msg(
          str`基础养老金 = 当地上年度职工月平均工资 ${money(used.averageWageFen)} ×（1 + 平均缴费指数 ${indexText(used.averageIndex)}）÷ 2 × 缴费年限 ${yearsText(used.years)} × 1% = ${money(estimate.basicFen)}。`,
        )}
      </p>
      <p>${msg(str`个人账户养老金 = 退休时个人账户余额 ${money(used.balanceFen)} ÷ 计发月数 ${estimate.divisor}（按 ${retires.years} 岁退休）= ${money(estimate.accountFen)}。`)}</p>
      <p>
        ${retires.delayMonths > 0
          ? msg(str`退休年龄：按 2025 年起实施的渐进式延迟退休规定，${groupName(used.group)}在 ${monthName(used.born)} 出生的，退休年龄是 ${ageText(retires.years, retires.months)}（比原来晚 ${retires.delayMonths} 个月）。`)
          : msg(str`退休年龄：${groupName(used.group)}在 ${monthName(used.born)} 出生的，退休年龄是 ${ageText(retires.years, retires.months)}，不受延迟退休影响。`)}
        ${msg(str`按月领取养老金，到 ${retires.retiresIn.year} 年最少要缴费 ${yearsText(minimumYears(retires.retiresIn.year))}。`)}
      </p>
    `;
  }

  private renderForm(record: PensionRecord, draft: PensionDraft) {
    const locales = formatLocales();
    const monthsSoFar = record.monthsContributed;
    return html`
      <h2 class="ssc-heading-m">${msg('改一改测算用的数字')}</h2>
      <form novalidate @submit=${this.recalculate}>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.birthYear}
          name="birthYear"
          label=${msg('出生年份')}
          hint=${msg('4 位数字，例如 1970')}
          inputmode="numeric"
          input-dir="ltr"
          width="6"
          .value=${draft.birthYear}
          error=${this.errorFor(FIELD_IDS.birthYear)}
          @input=${(event: Event) => this.edit('birthYear', (event.target as HTMLInputElement).value)}
        ></ssc-text-field>
        <ssc-select-field
          required
          field-id=${FIELD_IDS.birthMonth}
          name="birthMonth"
          label=${msg('出生月份')}
          .options=${Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthOfYear(i + 1) }))}
          .value=${draft.birthMonth}
          error=${this.errorFor(FIELD_IDS.birthMonth)}
          @change=${(event: Event) => this.edit('birthMonth', (event.target as HTMLSelectElement).value)}
        ></ssc-select-field>
        <ssc-choice-group
          name="pension-group"
          legend=${msg('退休年龄按哪一类算？')}
          hint=${msg('按您的缴费记录已经选好。女职工原来 50 岁退休的，多数是工人岗位；原来 55 岁的，是管理或技术岗位。')}
          .options=${GROUPS.map((group) => ({ value: group, label: groupName(group) }))}
          .selected=${[draft.group]}
          error=${this.errorFor(FIELD_IDS.group)}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.edit('group', event.detail.selected[0] ?? '')}
        ></ssc-choice-group>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.years}
          name="years"
          label=${msg('退休时的缴费年限（年）')}
          hint=${record.monthlyPersonal > 0
            ? msg(str`目前已缴 ${ageText(Math.floor(monthsSoFar / 12), monthsSoFar % 12, 'duration')}，已按一直缴到退休算。可以有一位小数，例如 25.5`)
            : msg(str`目前已缴 ${ageText(Math.floor(monthsSoFar / 12), monthsSoFar % 12, 'duration')}，现在没有在缴费。可以有一位小数，例如 25.5`)}
          inputmode="decimal"
          input-dir="ltr"
          width="6"
          .value=${draft.years}
          error=${this.errorFor(FIELD_IDS.years)}
          @input=${(event: Event) => this.edit('years', (event.target as HTMLInputElement).value)}
        ></ssc-text-field>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.averageIndex}
          name="averageIndex"
          label=${msg('平均缴费指数')}
          hint=${msg(str`您的缴费工资和当地平均工资之比，历年平均。按平均工资缴费是 1，在 0.6 到 3 之间。您的记录：${indexText(record.averageIndex)}`)}
          inputmode="decimal"
          input-dir="ltr"
          width="6"
          .value=${draft.averageIndex}
          error=${this.errorFor(FIELD_IDS.averageIndex)}
          @input=${(event: Event) => this.edit('averageIndex', (event.target as HTMLInputElement).value)}
        ></ssc-text-field>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.balance}
          name="balance"
          label=${msg('退休时个人账户余额（元）')}
          hint=${record.monthlyPersonal > 0
            ? msg(str`目前 ${formatFen(record.balance, locales)}，已加上每月 ${formatFen(record.monthlyPersonal, locales)} 一直缴到退休，没有算利息。`)
            : msg(str`目前 ${formatFen(record.balance, locales)}。`)}
          inputmode="decimal"
          input-dir="ltr"
          width="10"
          .value=${draft.balance}
          error=${this.errorFor(FIELD_IDS.balance)}
          @input=${(event: Event) => this.edit('balance', (event.target as HTMLInputElement).value)}
        ></ssc-text-field>
        <ssc-text-field
          required
          field-id=${FIELD_IDS.averageWage}
          name="averageWage"
          label=${msg('当地上年度职工月平均工资（元）')}
          hint=${msg(str`${record.averageWage.year} 年${regionName(record.averageWage.province)}公布的是 ${formatFen(record.averageWage.fen, locales)}。`)}
          inputmode="decimal"
          input-dir="ltr"
          width="10"
          .value=${draft.averageWage}
          error=${this.errorFor(FIELD_IDS.averageWage)}
          @input=${(event: Event) => this.edit('averageWage', (event.target as HTMLInputElement).value)}
        ></ssc-text-field>
        <button type="submit" class="ssc-button">${msg('重新测算')}</button>
      </form>
    `;
  }

  protected renderStep() {
    const { record, draft, used } = this;
    if (!record || !draft) return nothing;
    return html`
      <p>${this.stepInstruction()}</p>
      ${used ? this.renderResult(used) : nothing} ${this.renderForm(record, draft)}
      <h2 class="ssc-heading-m">${msg('规则来源')}</h2>
      <ul class="ssc-plain-list">
        <li>${msg('退休年龄和最少缴费年限：《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》（2024 年 9 月 13 日通过，2025 年 1 月 1 日起施行）')}</li>
        <li>${msg('养老金的算法和计发月数：《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38 号）')}</li>
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-pension-estimate-screen': SscPensionEstimateScreen;
  }
}
