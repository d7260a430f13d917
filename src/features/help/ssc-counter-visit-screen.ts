import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import type { QuestionPage } from '../../flow/question-pages.js';
import type { StepError } from '../../flow/step-element.js';
import { AnswersController } from '../../flow/store.js';
import { api } from '../../api/client.js';
import { CountersResponse, RegionsResponse, VisitDaysResponse, VisitResponse, type Counter, type Region, type Visit } from '../../api/contract.js';
import { cue } from '../../modes/cues.js';
import { readReference, referenceNumber } from '../../ui/reference.js';
import { masked } from '../../ui/masked.js';
import { regionName } from '../lost-card/region-names.js';
import { emptyHelpAnswers } from './answers.js';
import { counterHint, counterText, hours, hoursText, toBringName, visitDay } from './help-words.js';
import { HelpPagesElement } from './help-pages.js';
import { getLocale } from '../../modes/locale.js';
import '../../ui/ssc-choice-group.js';
import '../../ui/ssc-select-field.js';

const FIELD_IDS = {
  province: 'visit-province',
  city: 'visit-city',
  counter: 'visit-counter',
  date: 'visit-date',
  from: 'visit-from',
} as const;

/**
 * Book a visit at a service counter (预约到社保服务网点), for someone whose face check or code
 * cannot work here: the city, a counter in it (address, hours, step-free or not), a day, an hour
 * with places left; check; then the reference, what to bring, and a text and an inbox reminder the
 * day before. The counter's staff check who the person is face to face.
 */
@customElement('ssc-counter-visit-screen')
@localized()
export class SscCounterVisitScreen extends HelpPagesElement {
  private readonly visit = new AnswersController(this, emptyHelpAnswers);
  @state() private provinces: Region[] | null = null;
  @state() private cities: Record<string, Region[]> = {};
  @state() private counters: Record<string, Counter[]> = {};
  @state() private days: Record<string, VisitDaysResponse['days']> = {};
  @state() private booked: Visit | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** The lists for what is already chosen (a reload, a language change, a Change link). */
  private async load(): Promise<void> {
    const answer = await this.askService(() => api.get('/api/regions', RegionsResponse), '', FIELD_IDS.province);
    if (answer) this.provinces = answer.regions;
    const { visitProvince, visitCity, visitCounter } = this.visit.value;
    if (visitProvince) await this.loadCities(visitProvince);
    if (visitCity) await this.loadCounters(visitCity);
    if (visitCounter) await this.loadDays(visitCounter);
  }

  private async loadCities(province: string): Promise<void> {
    if (this.cities[province]) return;
    const answer = await this.askService(() => api.get(`/api/regions?within=${encodeURIComponent(province)}`, RegionsResponse), '', FIELD_IDS.city);
    if (answer) this.cities = { ...this.cities, [province]: answer.regions };
  }

  private async loadCounters(city: string): Promise<void> {
    if (this.counters[city]) return;
    const answer = await this.askService(() => api.get(`/api/help/counters?city=${encodeURIComponent(city)}`, CountersResponse), msg('正在查找网点…'), FIELD_IDS.city);
    if (answer) this.counters = { ...this.counters, [city]: answer.counters };
  }

  /** A counter's days, asked for again each time (places go as others book). */
  private async loadDays(counter: string): Promise<void> {
    const answer = await this.askService(() => api.get(`/api/help/counters/${encodeURIComponent(counter)}/days`, VisitDaysResponse), msg('正在查询可以预约的时间…'), FIELD_IDS.counter);
    if (answer) this.days = { ...this.days, [counter]: answer.days };
  }

  private counter(): Counter | undefined {
    const { visitCity, visitCounter } = this.visit.value;
    return this.counters[visitCity]?.find((counter) => counter.id === visitCounter);
  }

  /** The counter's days that still have a place. */
  private openDays(): VisitDaysResponse['days'] {
    return (this.days[this.visit.value.visitCounter] ?? []).filter((day) => day.slots.some((slot) => slot.left > 0));
  }

  private slots() {
    return this.openDays().find((day) => day.date === this.visit.value.visitDate)?.slots.filter((slot) => slot.left > 0) ?? [];
  }

  private renderCity(): TemplateResult {
    const { visitProvince, visitCity } = this.visit.value;
    const select = (field: 'province' | 'city', label: string, list: Region[] | null | undefined, value: string) =>
      list
        ? html`<ssc-select-field
            required
            field-id=${FIELD_IDS[field]}
            name=${field}
            label=${label}
            placeholder=${msg('请选择')}
            .options=${list.map((region) => ({ value: region.code, label: regionName(region) }))}
            .value=${value}
            error=${this.errorFor(FIELD_IDS[field])}
            @change=${(event: Event) => this.choosePlace(field, (event.target as HTMLSelectElement).value)}
          ></ssc-select-field>`
        : nothing;
    return html`
      ${select('province', msg('省、自治区或直辖市'), this.provinces, visitProvince)}
      ${visitProvince ? select('city', msg('城市'), this.cities[visitProvince], visitCity) : nothing}
    `;
  }

  private choosePlace(field: 'province' | 'city', code: string): void {
    // Another province or city: the counter, day and hour chosen in the old one no longer apply.
    if (field === 'province') {
      this.visit.set({ visitProvince: code, visitCity: '', visitCounter: '', visitDate: '', visitFrom: '' });
      if (code) void this.loadCities(code);
    } else {
      this.visit.set({ visitCity: code, visitCounter: '', visitDate: '', visitFrom: '' });
      if (code) void this.loadCounters(code);
    }
  }

  private radios(name: string, legend: string, options: { value: string; label: string; hint?: string; lang?: string }[], selected: string, choose: (value: string) => void) {
    return html`<ssc-choice-group
      name=${name}
      legend-is-heading
      legend=${legend}
      .options=${options}
      .selected=${selected ? [selected] : []}
      error=${this.errorFor(`${name}-${options[0]?.value ?? ''}`)}
      @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => choose(event.detail.selected[0] ?? '')}
    ></ssc-choice-group>`;
  }

  /** The first option's id: where the error summary's link for a group of radios goes. */
  private firstOptionId(name: string, values: readonly string[]): string {
    return `${name}-${values[0] ?? ''}`;
  }

  private counterIds(): string[] {
    return (this.counters[this.visit.value.visitCity] ?? []).map((counter) => counter.id);
  }

  protected pages(): QuestionPage[] {
    const { visitCity, visitCounter, visitDate, visitFrom } = this.visit.value;
    const counter = this.counter();
    const chineseLabel = getLocale() === 'zh-Hans' ? undefined : 'zh-Hans';
    return [
      {
        id: 'city',
        fields: ['city'],
        title: () => msg('您想去哪个城市的网点？'),
        render: () => this.renderCity(),
        problems: () => {
          if (!this.visit.value.visitProvince) return [{ fieldId: FIELD_IDS.province, message: () => msg('请选择省、自治区或直辖市') }];
          return visitCity ? [] : [{ fieldId: FIELD_IDS.city, message: () => msg('请选择城市') }];
        },
        summary: () => [{ term: msg('城市'), value: regionName(this.cities[this.visit.value.visitProvince]?.find((city) => city.code === visitCity) ?? { code: visitCity, name: visitCity }) }],
      },
      {
        id: 'counter',
        oneField: true,
        fields: ['counter'],
        title: () => msg('选择一个网点'),
        render: () =>
          this.radios(
            'visit-counter',
            msg('选择一个网点'),
            (this.counters[visitCity] ?? []).map((each) => ({ value: each.id, label: each.name, lang: chineseLabel, hint: counterHint(each) })),
            visitCounter,
            (value) => {
              this.visit.set({ visitCounter: value, visitDate: '', visitFrom: '' });
              if (value) void this.loadDays(value);
            },
          ),
        problems: () => (counter ? [] : [this.fieldProblem('counter', 'empty')]),
        summary: () => (counter ? [{ term: msg('网点'), value: counter.name }, { term: msg('地址'), value: counter.address }] : []),
      },
      {
        id: 'day',
        oneField: true,
        fields: ['date'],
        title: () => msg('哪一天去？'),
        render: () =>
          this.openDays().length === 0
            ? html`<h2 class="ssc-heading-m">${msg('这个网点近几天都约满了')}</h2>
                <p>${msg('请返回上一个问题，换一个网点。')}</p>`
            : this.radios(
                'visit-date',
                msg('哪一天去？'),
                this.openDays().map((day) => ({ value: day.date, label: visitDay(day.date) })),
                visitDate,
                (value) => this.visit.set({ visitDate: value, visitFrom: '' }),
              ),
        problems: () => (this.openDays().some((day) => day.date === this.visit.value.visitDate) ? [] : [this.fieldProblem('date', 'empty')]),
        summary: () => [{ term: msg('日期'), value: visitDay(visitDate) }],
      },
      {
        id: 'hour',
        oneField: true,
        fields: ['from'],
        title: () => msg('几点去？'),
        render: () =>
          this.radios(
            'visit-from',
            msg('几点去？'),
            this.slots().map((slot) => ({ value: slot.from, label: hoursText(slot.from, slot.to), hint: msg(str`还有 ${slot.left} 个名额`) })),
            visitFrom,
            (value) => this.visit.set({ visitFrom: value }),
          ),
        problems: () => (this.slots().some((slot) => slot.from === this.visit.value.visitFrom) ? [] : [this.fieldProblem('from', 'empty')]),
        summary: () => {
          const slot = this.slots().find((each) => each.from === visitFrom);
          return [{ term: msg('时间'), value: slot ? hoursText(slot.from, slot.to) : visitFrom, dir: 'ltr' }];
        },
      },
    ];
  }

  protected fieldProblem(field: string, reason: string): StepError {
    switch (field) {
      case 'counter':
        return { fieldId: this.firstOptionId('visit-counter', this.counterIds()), message: () => (reason === 'unknown' ? msg('这个网点不能预约了，请重新选择') : msg('请选择一个网点')) };
      case 'date':
        return { fieldId: this.firstOptionId('visit-date', this.openDays().map((day) => day.date)), message: () => (reason === 'unknown' ? msg('这一天不能预约了，请重新选择') : msg('请选择哪一天去')) };
      default:
        return { fieldId: this.firstOptionId('visit-from', this.slots().map((slot) => slot.from)), message: () => (reason === 'unknown' ? msg('这个时间不能预约了，请重新选择') : msg('请选择几点去')) };
    }
  }

  protected override stepInstruction(): string {
    return this.pageAt === 0 ? msg('网点的工作人员会当面核实您的身份，帮您办理。预约不收费。') : '';
  }

  protected checkTitle(): string {
    return msg('预约前请核对');
  }

  protected sendLabel(): string {
    return msg('确认预约');
  }

  protected sentTitle(): string {
    return msg('已经预约好了');
  }

  protected async send(): Promise<Record<string, string> | null | undefined> {
    const { visitCounter, visitDate, visitFrom } = this.visit.value;
    const answer = await this.sendAnswers(
      (channel) => api.post('/api/help/visits', VisitResponse, { counter: visitCounter, date: visitDate, from: visitFrom }, channel),
      msg('正在预约…'),
    );
    if (!answer) {
      // Taken by someone else meanwhile: the hours as they are now, to choose again.
      if (visitCounter) void this.loadDays(visitCounter);
      return undefined;
    }
    if ('fields' in answer) return answer.fields;
    this.booked = answer.sent.visit;
    this.visit.set({ visitProvince: '', visitCity: '', visitCounter: '', visitDate: '', visitFrom: '' });
    cue('success', msg(str`已经预约好了，预约编号 ${readReference(this.booked?.reference ?? '')}。`));
    return null;
  }

  protected renderSent() {
    const visit = this.booked;
    if (!visit) return html``;
    const phone = this.flow.state.progress.identity?.phoneMasked;
    return html`
      <div class="ssc-panel ssc-panel--confirmation">
        <p>${msg('预约编号')}</p>
        ${referenceNumber(visit.reference)}
      </div>
      <dl class="ssc-summary-list">
        <div><dt>${msg('网点')}</dt><dd>${counterText(visit.counter.name)}</dd></div>
        <div><dt>${msg('地址')}</dt><dd>${counterText(visit.counter.address)}</dd></div>
        <div><dt>${msg('时间')}</dt><dd>${visitDay(visit.date)} ${hours(visit.from, visit.to)}</dd></div>
      </dl>
      <h2 class="ssc-heading-m">${msg('请带上')}</h2>
      <ul>
        ${visit.bring.map((item) => html`<li>${toBringName(item)}</li>`)}
      </ul>
      ${phone ? html`<p>${masked(msg(str`我们已把预约信息用短信发到 ${phone}。`))}</p>` : nothing}
      <p>${msg('前一天，我的社保卡的消息里会提醒您。去不了也没关系，重新预约一次，之前的预约就自动取消。')}</p>
      ${this.renderLeaveHelp(msg('完成'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-counter-visit-screen': SscCounterVisitScreen;
  }
}
