// A passport's questions on the identity step: nationality (with the two MRZ lines that can fill
// everything in), the names in Latin letters, date of birth, sex and expiry, as its photo page shows them.
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { formatLocales } from '../../modes/locale.js';
import '../../ui/ssc-text-field.js';
import '../../ui/ssc-select-field.js';
import '../../ui/ssc-date-field.js';
import '../../ui/ssc-choice-group.js';
import type { IdentityAnswers } from './answers.js';
import { MRZ_FIELD_ID, type Question, type Rules } from './identity-questions.js';

export type PassportQuestion = Extract<Question, 'nationality' | 'passportName' | 'birthDate' | 'sex' | 'expiryDate'>;

/** What the passport's questions need of the step. */
export interface PassportView {
  readonly answers: IdentityAnswers;
  /** The question is the page's h1 (care mode, one field a page). */
  readonly heading: boolean;
  readonly rules: Rules | null;
  readonly mrz: string;
  questionLabel(question: Question): string;
  errorFor(fieldId: string): string;
  countryLabel(region: string): string;
  onMrzInput(value: string): void;
  fillFromMrz(): void;
}

/** ISO 3166 countries named through Intl.DisplayNames in the UI language, sorted for it. */
function nationalityOptions(rules: Rules, view: PassportView) {
  const collator = new Intl.Collator(formatLocales());
  return rules.NATIONALITY_CODES.map((code) => ({ value: code, label: view.countryLabel(rules.regionOfNationality(code)!) })).sort((a, b) =>
    collator.compare(a.label, b.label),
  );
}

function renderMrz(view: PassportView) {
  const open = view.mrz !== '' || view.errorFor(MRZ_FIELD_ID) !== '';
  return html`
    <details class="ssc-details" ?open=${open}>
      <summary class="ssc-details__summary">${msg('用护照底部的两行字符填写')}</summary>
      <div class="ssc-details__text">
        <ssc-text-field
          field-id=${MRZ_FIELD_ID}
          name="mrz"
          rows="3"
          label=${msg('护照照片页底部的两行字符')}
          hint=${msg('由字母、数字和 < 号组成，每行 44 个字符。可以输入或粘贴，我们会核对其中的校验位')}
          input-dir="ltr"
          input-lang="en"
          .value=${view.mrz}
          error=${view.errorFor(MRZ_FIELD_ID)}
          @input=${(event: Event) => view.onMrzInput((event.target as HTMLTextAreaElement).value)}
        ></ssc-text-field>
        <button type="button" class="ssc-button ssc-button--secondary" @click=${() => view.fillFromMrz()}>${msg('用这两行填写各项')}</button>
      </div>
    </details>
  `;
}

export function renderPassportQuestion(question: PassportQuestion, view: PassportView) {
  const { answers, heading, rules } = view;
  switch (question) {
    case 'nationality':
      return html`
        ${renderMrz(view)}
        ${rules
          ? html`<ssc-select-field
              required
              field-id="identity-nationality"
              name="nationality"
              label=${view.questionLabel('nationality')}
              hint=${msg('与护照上的一致')}
              placeholder=${msg('请选择')}
              .options=${nationalityOptions(rules, view)}
              .value=${answers.nationality}
              error=${view.errorFor('identity-nationality')}
            ></ssc-select-field>`
          : nothing}
      `;
    case 'passportName':
      return html`
        <ssc-text-field
          required
          field-id="identity-surname"
          name="surname"
          label=${msg('姓')}
          hint=${msg('用英文字母，拼写与护照上的一致')}
          autocomplete="family-name"
          input-lang="en"
          input-dir="ltr"
          input-autocapitalize="characters"
          width="20"
          .value=${answers.surname}
          error=${view.errorFor('identity-surname')}
        ></ssc-text-field>
        <ssc-text-field
          field-id="identity-given-names"
          name="givenNames"
          label=${msg('名')}
          hint=${msg('用英文字母，拼写与护照上的一致。护照上没有名的，不用填')}
          autocomplete="given-name"
          input-lang="en"
          input-dir="ltr"
          input-autocapitalize="characters"
          width="20"
          .value=${answers.givenNames}
          error=${view.errorFor('identity-given-names')}
        ></ssc-text-field>
      `;
    case 'birthDate':
      return html`<ssc-date-field
        required
        field-id="identity-birth-date"
        name="birthDate"
        ?legend-is-heading=${heading}
        legend=${view.questionLabel('birthDate')}
        hint=${msg('与护照上的一致')}
        birthday
        .value=${answers.birthDate}
        error=${view.errorFor('identity-birth-date')}
      ></ssc-date-field>`;
    case 'sex':
      return html`<ssc-choice-group
        name="identity-sex"
        ?legend-is-heading=${heading}
        legend=${view.questionLabel('sex')}
        hint=${msg('与护照上的一致')}
        .options=${[
          { value: 'female', label: msg('女') },
          { value: 'male', label: msg('男') },
          { value: 'unspecified', label: msg('未注明（护照上为 X）') },
        ]}
        .selected=${answers.sex ? [answers.sex] : []}
        error=${view.errorFor('identity-sex-female')}
      ></ssc-choice-group>`;
    case 'expiryDate':
      return html`<ssc-date-field
        required
        field-id="identity-expiry-date"
        name="expiryDate"
        ?legend-is-heading=${heading}
        legend=${view.questionLabel('expiryDate')}
        hint=${msg('护照照片页上的“有效期至”。过期的护照不能用于绑定')}
        .value=${answers.expiryDate}
        error=${view.errorFor('identity-expiry-date')}
      ></ssc-date-field>`;
  }
}
