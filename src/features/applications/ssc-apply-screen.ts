import { html, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { QuestionPagesElement, type QuestionPage } from '../../flow/question-pages.js';
import type { StepError } from '../../flow/step-element.js';
import { api } from '../../api/client.js';
import { Application, type ApplicationRequest } from '../../api/contract.js';
import { checkTransfer, checkTreatment, chinaDay, CITY_IDS, INSURANCES, TREATMENT_REASONS, type CityId } from '../../domain/applications.js';
import { cityName, cityProblem, dateProblem, insuranceName, kindName, reasonHint, reasonName, whatHappensNext } from './words.js';
import { formatDate } from '../../flow/messages.js';
import { cue } from '../../modes/cues.js';
import { AnswersController } from '../../flow/store.js';
import { emptyTransferAnswers, emptyTreatmentAnswers } from './answers.js';
import { joinList } from '../../modes/locale.js';
import { summaryList } from '../../ui/summary-list.js';
import { referenceNumber } from '../../ui/reference.js';
import '../../ui/ssc-select-field.js';
import '../../ui/ssc-choice-group.js';
import '../../ui/ssc-date-field.js';

type Kind = 'treatment_elsewhere' | 'transfer';

/** Field → the id of its control, for the error summary's links. */
const FIELD_IDS: Record<string, string> = {
  city: 'apply-city',
  reason: `apply-reason-${TREATMENT_REASONS[0]}`,
  startDate: 'apply-start',
  endDate: 'apply-end',
  fromCity: 'apply-from',
  toCity: 'apply-to',
  insurances: `apply-insurances-${INSURANCES[0]}`,
};

/**
 * Register for treatment in another city (异地就医备案): city, reason, dates. Or move social
 * insurance to another city (社保关系转移): from, to, which insurances. A question a page, check
 * answers, then the reference and what happens next.
 */
@customElement('ssc-apply-screen')
@localized()
export class SscApplyScreen extends QuestionPagesElement {
  @property() kind: Kind = 'treatment_elsewhere';
  /** Each application keeps its own answers while it is filled in; sending clears them. */
  private readonly treatment = new AnswersController(this, emptyTreatmentAnswers);
  private readonly transfer = new AnswersController(this, emptyTransferAnswers);
  @state() private sent: Application | null = null;

  private today(): string {
    return chinaDay(Date.now());
  }

  private cityOptions() {
    return [{ value: '', label: msg('请选择') }, ...CITY_IDS.map((city) => ({ value: city, label: cityName(city) }))];
  }

  /** A city to choose, on a page of its own: the question is its label and the page's heading. */
  private citySelect(field: 'city' | 'fromCity' | 'toCity', label: string): TemplateResult {
    return html`<ssc-select-field
      required
      label-is-heading
      field-id=${FIELD_IDS[field]!}
      name=${field}
      label=${label}
      .options=${this.cityOptions()}
      .value=${field === 'city' ? this.treatment.value.treatmentCity : field === 'fromCity' ? this.transfer.value.transferFrom : this.transfer.value.transferTo}
      error=${this.errorFor(FIELD_IDS[field]!)}
      @change=${(event: Event) => this.setCity(field, (event.target as HTMLSelectElement).value)}
    ></ssc-select-field>`;
  }

  private setCity(field: 'city' | 'fromCity' | 'toCity', city: string): void {
    if (field === 'city') this.treatment.set({ treatmentCity: city });
    else this.transfer.set(field === 'fromCity' ? { transferFrom: city } : { transferTo: city });
  }

  private problemsOf(fields: readonly string[], problems: Record<string, string>): StepError[] {
    return fields.filter((field) => problems[field]).map((field) => this.fieldProblem(field, problems[field]!));
  }

  private treatmentProblems(fields: readonly string[]): StepError[] {
    const treatment = this.treatment.value;
    const checked = checkTreatment({ city: treatment.treatmentCity, reason: treatment.treatmentReason, startDate: treatment.treatmentStart, endDate: treatment.treatmentEnd }, this.today());
    return checked.ok ? [] : this.problemsOf(fields, checked.problems);
  }

  private transferProblems(fields: readonly string[]): StepError[] {
    const transfer = this.transfer.value;
    const checked = checkTransfer({ fromCity: transfer.transferFrom, toCity: transfer.transferTo, insurances: this.insurances() });
    return checked.ok ? [] : this.problemsOf(fields, checked.problems);
  }

  private insurances(): string[] {
    return this.transfer.value.transferInsurances ? this.transfer.value.transferInsurances.split(',') : [];
  }

  private city(value: string): string {
    return (CITY_IDS as readonly string[]).includes(value) ? cityName(value as CityId) : '';
  }

  protected pages(): QuestionPage[] {
    const treatment = this.treatment.value;
    const transfer = this.transfer.value;
    if (this.kind === 'transfer') {
      return [
        {
          id: 'from',
          fields: ['fromCity'],
          title: () => msg('您现在在哪个城市参保？'),
          oneField: true,
          render: () => this.citySelect('fromCity', msg('您现在在哪个城市参保？')),
          problems: () => this.transferProblems(['fromCity']),
          summary: () => [{ term: msg('现在参保的城市'), value: this.city(transfer.transferFrom) }],
        },
        {
          id: 'to',
          fields: ['toCity'],
          title: () => msg('要转到哪个城市？'),
          oneField: true,
          render: () => this.citySelect('toCity', msg('要转到哪个城市？')),
          problems: () => this.transferProblems(['toCity']),
          summary: () => [{ term: msg('要转到的城市'), value: this.city(transfer.transferTo) }],
        },
        {
          id: 'insurances',
          fields: ['insurances'],
          title: () => msg('要转移哪些保险？'),
          oneField: true,
          render: () => html`<ssc-choice-group
            type="checkbox"
            name="apply-insurances"
            legend-is-heading
            legend=${msg('要转移哪些保险？')}
            hint=${msg('可以多选')}
            .options=${INSURANCES.map((insurance) => ({ value: insurance, label: insuranceName(insurance) }))}
            .selected=${this.insurances()}
            error=${this.errorFor(FIELD_IDS.insurances!)}
            @ssc-change=${(event: CustomEvent<{ selected: string[] }>) =>
              this.transfer.set({ transferInsurances: INSURANCES.filter((insurance) => event.detail.selected.includes(insurance)).join(',') })}
          ></ssc-choice-group>`,
          problems: () => this.transferProblems(['insurances']),
          summary: () => [
            {
              term: msg('要转移的保险'),
              value: joinList(INSURANCES.filter((insurance) => this.insurances().includes(insurance)).map(insuranceName)),
            },
          ],
        },
      ];
    }
    return [
      {
        id: 'city',
        fields: ['city'],
        title: () => msg('您要在哪个城市看病？'),
        oneField: true,
        render: () => this.citySelect('city', msg('您要在哪个城市看病？')),
        problems: () => this.treatmentProblems(['city']),
        summary: () => [{ term: msg('城市'), value: this.city(treatment.treatmentCity) }],
      },
      {
        id: 'reason',
        fields: ['reason'],
        title: () => msg('为什么要在那里看病？'),
        oneField: true,
        render: () => html`<ssc-choice-group
          name="apply-reason"
          legend-is-heading
          legend=${msg('为什么要在那里看病？')}
          .options=${TREATMENT_REASONS.map((reason) => ({ value: reason, label: reasonName(reason), hint: reasonHint(reason) }))}
          .selected=${treatment.treatmentReason ? [treatment.treatmentReason] : []}
          error=${this.errorFor(FIELD_IDS.reason!)}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.treatment.set({ treatmentReason: event.detail.selected[0] ?? '' })}
        ></ssc-choice-group>`,
        problems: () => this.treatmentProblems(['reason']),
        summary: () => [
          {
            term: msg('原因'),
            value: (TREATMENT_REASONS as readonly string[]).includes(treatment.treatmentReason) ? reasonName(treatment.treatmentReason as (typeof TREATMENT_REASONS)[number]) : '',
          },
        ],
      },
      {
        id: 'dates',
        fields: ['startDate', 'endDate'],
        title: () => msg('从哪天到哪天？'),
        render: () => html`
          <ssc-date-field
            required
            field-id=${FIELD_IDS.startDate!}
            name="start"
            legend=${msg('开始日期')}
            hint=${msg(str`不能早于今天。例如 ${formatDate(this.today())}`)}
            .value=${treatment.treatmentStart}
            error=${this.errorFor(FIELD_IDS.startDate!)}
            @ssc-date-input=${(event: CustomEvent<{ value: string }>) => this.treatment.set({ treatmentStart: event.detail.value })}
          ></ssc-date-field>
          <ssc-date-field
            required
            field-id=${FIELD_IDS.endDate!}
            name="end"
            legend=${msg('结束日期')}
            hint=${msg('最长一年')}
            .value=${treatment.treatmentEnd}
            error=${this.errorFor(FIELD_IDS.endDate!)}
            @ssc-date-input=${(event: CustomEvent<{ value: string }>) => this.treatment.set({ treatmentEnd: event.detail.value })}
          ></ssc-date-field>
        `,
        problems: () => this.treatmentProblems(['startDate', 'endDate']),
        summary: () => [
          { term: msg('开始日期'), value: formatDate(treatment.treatmentStart) },
          { term: msg('结束日期'), value: formatDate(treatment.treatmentEnd) },
        ],
      },
    ];
  }

  protected fieldProblem(field: string, reason: string): StepError {
    const fieldId = FIELD_IDS[field] ?? 'apply-city';
    switch (field) {
      case 'city':
      case 'fromCity':
      case 'toCity':
        return { fieldId, message: () => cityProblem(field, reason) };
      case 'reason':
        return { fieldId, message: () => msg('请选择为什么要在那里看病') };
      case 'startDate':
      case 'endDate':
        return { fieldId, message: () => dateProblem(field, reason) };
      default:
        return { fieldId, message: () => msg('请至少选择一项要转移的保险') };
    }
  }

  protected checkTitle(): string {
    return msg('提交前请核对');
  }

  protected sendLabel(): string {
    return msg('提交申请');
  }

  protected sentTitle(): string {
    return msg('申请已提交');
  }

  private request(): ApplicationRequest {
    const treatment = this.treatment.value;
    const transfer = this.transfer.value;
    return this.kind === 'transfer'
      ? { kind: 'transfer', fromCity: transfer.transferFrom, toCity: transfer.transferTo, insurances: this.insurances() }
      : { kind: 'treatment_elsewhere', city: treatment.treatmentCity, reason: treatment.treatmentReason, startDate: treatment.treatmentStart, endDate: treatment.treatmentEnd };
  }

  protected async send(): Promise<Record<string, string> | null | undefined> {
    const body = this.request();
    const answer = await this.sendAnswers((channel) => api.post('/api/applications', Application, body, channel), msg('正在提交申请…'));
    if (!answer || 'fields' in answer) return answer?.fields;
    const result = answer.sent;
    this.sent = result;
    (this.kind === 'transfer' ? this.transfer : this.treatment).clear();
    cue('success', msg(str`申请已提交，申请编号 ${result.reference}`));
    return null;
  }

  protected renderSent() {
    const sent = this.sent;
    if (!sent) return html``;
    return html`
      <div class="ssc-panel ssc-panel--confirmation">
        <p>${kindName(sent.details.kind)}</p>
        <p>${msg('申请编号')}</p>
        ${referenceNumber(sent.reference)}
      </div>
      <h2 class="ssc-heading-m">${msg('接下来会怎样')}</h2>
      <p>${whatHappensNext(sent)}</p>
      <p>${msg('打电话或去服务中心问进度时，请说出申请编号。')}</p>
      ${summaryList([{ term: msg('提交日期'), value: formatDate(chinaDay(Date.parse(sent.submittedAt))) }])}
      ${this.linkTo('applications', msg('查看我的申请'))}
    `;
  }

  protected override stepInstruction(): string {
    return this.pageAt === 0 ? msg(str`${kindName(this.kind)}：一页一个问题，提交前可以核对和更改。`) : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-apply-screen': SscApplyScreen;
  }
}
