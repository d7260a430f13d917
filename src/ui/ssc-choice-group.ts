import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized } from '@lit/localize';
import { renderLegendText, SscField } from './ssc-field.js';
import { phrases } from './phrases.js';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
  /** Language of the label when it differs from the UI (language names shown as autonyms). */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * Radios or checkboxes as real form controls in a fieldset whose legend asks the question.
 * The whole option row is the label, so the target is large at any text size.
 *
 * @fires ssc-change - the group's whole answer after any choice: `{ selected }`.
 */
@customElement('ssc-choice-group')
@localized()
export class SscChoiceGroup extends SscField {
  @property() type: 'radio' | 'checkbox' = 'radio';
  @property() legend = '';
  /** Render the legend as the page's h1 (GOV.UK: on a one-question page the question is the heading). */
  @property({ type: Boolean, attribute: 'legend-is-heading' }) legendIsHeading = false;
  @property({ attribute: false }) options: ChoiceOption[] = [];
  /** Chosen values: one for radios, any number for checkboxes. */
  @property({ attribute: false }) selected: string[] = [];

  /** Id of the first control, for error summary links. */
  get firstControlId(): string {
    return `${this.name}-${this.options[0]?.value ?? ''}`;
  }

  protected override get controlId(): string {
    return this.firstControlId;
  }

  /** The group's hint and error are named after the group (`<name>-hint`), each option's after the option. */
  protected override get idBase(): string {
    return this.name;
  }

  private onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (this.type === 'radio') {
      this.selected = [input.value];
    } else {
      this.selected = input.checked
        ? [...this.selected.filter((v) => v !== input.value), input.value]
        : this.selected.filter((v) => v !== input.value);
    }
    // `change` from the input bubbles too; this event carries the group's whole answer.
    this.dispatchEvent(new CustomEvent('ssc-change', { detail: { selected: this.selected }, bubbles: true }));
  }

  protected override render() {
    const { describedBy } = this.ids;
    // Each text is read once. The question is the group's name, which a screen reader says on
    // entering the group, so the legend's own text is not read again after it; a hint is the
    // description of its group or option, said with it, so its text is not read again either.
    // (A legend that is the page's heading stays a heading, to be found among the headings.)
    const questionId = `${this.name}-question`;
    return html`
      <div class=${this.fieldClass}>
        <fieldset
          class="ssc-fieldset"
          aria-labelledby=${this.legendIsHeading ? nothing : questionId}
          aria-describedby=${describedBy || nothing}
        >
          <legend class="ssc-legend ${this.legendIsHeading ? 'ssc-legend--heading' : ''}">
            ${renderLegendText(questionId, this.legend, this.legendIsHeading)}
          </legend>
          ${this.renderHint()}
          ${this.renderError()}
          <div class="ssc-choices ssc-choices--${this.type}">
            ${this.options.map((option) => {
              const id = `${this.name}-${option.value}`;
              const optionHintId = option.hint ? `${id}-hint` : undefined;
              return html`
                <div class="ssc-choice">
                  <input
                    class="ssc-choice__input"
                    id=${id}
                    type=${this.type}
                    name=${this.name}
                    .value=${option.value}
                    .checked=${this.selected.includes(option.value)}
                    aria-describedby=${ifDefined(optionHintId)}
                    @change=${this.onChange}
                  />
                  <label class="ssc-choice__label" for=${id} lang=${ifDefined(option.lang)} dir=${ifDefined(option.dir)}
                    >${option.lang ? option.label : phrases(option.label)}</label
                  >
                  ${option.hint
                    ? html`<div class="ssc-hint ssc-choice__hint" id="${id}-hint" aria-hidden="true">${phrases(option.hint)}</div>`
                    : nothing}
                </div>
              `;
            })}
          </div>
        </fieldset>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-choice-group': SscChoiceGroup;
  }
}
