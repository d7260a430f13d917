import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { QuestionPagesElement, type QuestionPage } from '../../flow/question-pages.js';
import type { StepError } from '../../flow/step-element.js';
import { api } from '../../api/client.js';
import { AskedPensionCheck, type Relationship } from '../../api/contract.js';
import { validateIdNumber, validateMobile, validateName } from '../../domain/identity.js';
import { idNumberProblem, nameProblem, phoneProblem, formatDateTime } from '../../flow/messages.js';
import { RELATIONSHIPS, relationshipName } from '../family/remote.js';
import { AUTONYMS, getLocale, LOCALES, type Locale } from '../../modes/locale.js';
import { cue } from '../../modes/cues.js';
import { AnswersController } from '../../flow/store.js';
import { emptyAskPensionAnswers } from './answers.js';
import { summaryList } from '../../ui/summary-list.js';
import '../../ui/ssc-text-field.js';
import '../../ui/ssc-choice-group.js';
import { masked } from '../../ui/masked.js';

const FIELD_IDS: Record<string, string> = {
  pensionerName: 'ask-name',
  pensionerIdNumber: 'ask-id-number',
  pensionerPhone: 'ask-phone',
  relationship: `ask-relationship-${RELATIONSHIPS[0]}`,
  locale: `ask-locale-${LOCALES[0]}`,
};


/**
 * A relative asks a pensioner to do the yearly pension check on the pensioner's own phone: who
 * they are, what the relative is to them, the language their phone opens in; then a text with a
 * link and a code goes to them. The consent rules of remote binding apply (24 hours, single use,
 * refusable, at most 8 relatives, 5 requests a day).
 */
@customElement('ssc-ask-pension-screen')
@localized()
export class SscAskPensionScreen extends QuestionPagesElement {
  private readonly pensioner = new AnswersController(this, emptyAskPensionAnswers);
  @state() private sent: AskedPensionCheck | null = null;

  private locale(): Locale {
    // The pensioner's phone opens in the relative's language unless they choose another.
    return (LOCALES as readonly string[]).includes(this.pensioner.value.pensionerLocale) ? (this.pensioner.value.pensionerLocale as Locale) : (getLocale() as Locale);
  }

  private textField(field: 'pensionerName' | 'pensionerIdNumber' | 'pensionerPhone', label: string, hint: string, tel = false) {
    return html`<ssc-text-field
      required
      field-id=${FIELD_IDS[field]!}
      name=${field}
      label=${label}
      hint=${hint}
      type=${tel ? 'tel' : 'text'}
      autocomplete="off"
      inputmode=${tel ? 'tel' : 'text'}
      input-dir=${field === 'pensionerName' ? 'auto' : 'ltr'}
      width=${tel ? '10' : '20'}
      .value=${this.pensioner.value[field]}
      error=${this.errorFor(FIELD_IDS[field]!)}
      @input=${(event: Event) => this.pensioner.set({ [field]: (event.target as HTMLInputElement).value })}
    ></ssc-text-field>`;
  }

  protected pages(): QuestionPage[] {
    const answers = this.pensioner.value;
    return [
      {
        id: 'who',
        fields: ['pensionerName', 'pensionerIdNumber', 'pensionerPhone'],
        title: () => msg('请谁做认证？'),
        render: () => html`
          <p>${msg('请填写领养老金的老人的信息。认证请求会发到老人自己的手机上，由老人本人刷脸。')}</p>
          ${this.textField('pensionerName', msg('老人的姓名'), msg('与身份证上的一致'))}
          ${this.textField('pensionerIdNumber', msg('老人的身份证号码'), msg('18 位，最后一位可能是 X'))}
          ${this.textField('pensionerPhone', msg('老人的手机号码'), msg('认证请求会发到这个号码'), true)}
        `,
        problems: () => {
          const problems: StepError[] = [];
          const name = validateName(answers.pensionerName);
          if (!name.ok) problems.push(this.fieldProblem('pensionerName', name.reason));
          const id = validateIdNumber(answers.pensionerIdNumber);
          if (!id.ok) problems.push(this.fieldProblem('pensionerIdNumber', id.reason));
          const phone = validateMobile(answers.pensionerPhone);
          if (!phone.ok) problems.push(this.fieldProblem('pensionerPhone', phone.reason));
          return problems;
        },
        summary: () => [
          { term: msg('老人的姓名'), value: answers.pensionerName },
          { term: msg('老人的身份证号码'), value: answers.pensionerIdNumber, dir: 'ltr' },
          { term: msg('老人的手机号码'), value: answers.pensionerPhone, dir: 'ltr' },
        ],
      },
      {
        id: 'relationship',
        fields: ['relationship'],
        title: () => msg('您是老人的什么人？'),
        render: () => html`<ssc-choice-group
          name="ask-relationship"
          legend=${msg('关系')}
          hint=${msg('老人会看到您的姓名和这个关系，知道是谁在请求')}
          .options=${RELATIONSHIPS.map((relationship) => ({ value: relationship, label: relationshipName(relationship) }))}
          .selected=${answers.pensionerRelationship ? [answers.pensionerRelationship] : []}
          error=${this.errorFor(FIELD_IDS.relationship!)}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.pensioner.set({ pensionerRelationship: event.detail.selected[0] ?? '' })}
        ></ssc-choice-group>`,
        problems: () => ((RELATIONSHIPS as readonly string[]).includes(answers.pensionerRelationship) ? [] : [this.fieldProblem('relationship', 'empty')]),
        summary: () => [
          {
            term: msg('关系'),
            value: (RELATIONSHIPS as readonly string[]).includes(answers.pensionerRelationship) ? relationshipName(answers.pensionerRelationship as Relationship) : '',
          },
        ],
      },
      {
        id: 'locale',
        fields: ['locale'],
        title: () => msg('老人的手机用什么语言显示？'),
        render: () => html`<ssc-choice-group
          name="ask-locale"
          legend=${msg('语言')}
          hint=${msg('老人在自己的手机上也可以更改')}
          .options=${LOCALES.map((locale) => ({ value: locale, label: AUTONYMS[locale], lang: locale, dir: locale === 'ug' ? ('rtl' as const) : ('ltr' as const) }))}
          .selected=${[this.locale()]}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => this.pensioner.set({ pensionerLocale: event.detail.selected[0] ?? '' })}
        ></ssc-choice-group>`,
        problems: () => [],
        summary: () => [{ term: msg('语言'), value: AUTONYMS[this.locale()] }],
      },
    ];
  }

  protected fieldProblem(field: string, reason: string): StepError {
    const fieldId = FIELD_IDS[field] ?? FIELD_IDS.pensionerName!;
    switch (field) {
      case 'pensionerName':
        return { fieldId, message: () => nameProblem(reason) };
      case 'pensionerIdNumber':
        return { fieldId, message: () => (reason === 'own_id' ? msg('这是您自己的身份证号码。您自己的认证请选择“养老金资格认证”。') : idNumberProblem(reason)) };
      case 'pensionerPhone':
        return {
          fieldId,
          message: () => (reason === 'same_as_relative' ? msg('这是您自己的手机号码。请填写老人自己的手机号码，认证请求会发到那里。') : phoneProblem(reason)),
        };
      default:
        return { fieldId, message: () => msg('请选择您是老人的什么人') };
    }
  }

  protected checkTitle(): string {
    return msg('发送前请核对');
  }

  protected sendLabel(): string {
    return msg('发送认证请求');
  }

  protected sentTitle(): string {
    return msg('认证请求已发送');
  }

  protected async send(): Promise<Record<string, string> | null | undefined> {
    const answers = this.pensioner.value;
    const body = {
      pensionerName: answers.pensionerName,
      pensionerIdNumber: answers.pensionerIdNumber,
      pensionerPhone: answers.pensionerPhone,
      relationship: answers.pensionerRelationship as Relationship,
      locale: this.locale(),
    };
    const answer = await this.sendAnswers((channel) => api.post('/api/applications/pension-check/requests', AskedPensionCheck, body, channel), msg('正在发送认证请求…'));
    if (!answer || 'fields' in answer) return answer?.fields;
    const result = answer.sent;
    this.sent = result;
    this.pensioner.clear();
    cue('success', msg(str`认证请求已发送给${result.pensioner.name}`));
    return null;
  }

  protected renderSent() {
    const sent = this.sent;
    if (!sent) return html``;
    return html`
      <p>${masked(msg(str`我们给${sent.pensioner.name}的手机 ${sent.pensioner.phoneMasked} 发了一条短信，里面有一个链接和一个确认码。`))}</p>
      ${sent.code
        ? html`<div class="ssc-panel ssc-panel--confirmation">
            <p>${msg('确认码')} <strong class="ssc-reference" dir="ltr">${sent.code.replace(/(.{4})(?=.)/, '$1 ')}</strong></p>
          </div>
          <p>${msg('如果老人收不到短信，可以打电话把确认码念给他听。这个确认码只在这里显示一次。')}</p>`
        : ''}
      <h2 class="ssc-heading-m">${msg('接下来会怎样')}</h2>
      <p>${msg(str`${sent.pensioner.name}在自己的手机上打开链接，确认是您请求的，然后刷脸。完成后，您在“我的申请”里会看到认证编号。`)}</p>
      ${summaryList([{ term: msg('有效期至'), value: formatDateTime(sent.expiresAt) }])}
      ${this.linkTo('applications', msg('查看我的申请'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-ask-pension-screen': SscAskPensionScreen;
  }
}
