import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { localized, msg } from '@lit/localize';
import { renderLegendText, SscField } from './ssc-field.js';
import { joinDateParts, splitDateParts } from '../domain/dates.js';
import { writesDayFirst } from '../modes/locale.js';
import { phrases } from './phrases.js';

type Part = 'year' | 'month' | 'day';

/**
 * A date someone knows (birth, a document's expiry) as three short number fields in a fieldset,
 * as GOV.UK asks for one: no calendar to page through, and each part is labelled. The parts come
 * in the reader's order: year first in Chinese and Uyghur, day first in English.
 * `value` is "YYYY-MM-DD" with any part possibly empty, so half a date survives a re-render.
 * `field-id` is the id prefix; the first part's input gets it, so error summary links land on it.
 *
 * @fires ssc-date-input - the whole date after any part changes: `{ name, value }`.
 */
@customElement('ssc-date-field')
@localized()
export class SscDateField extends SscField {
  @property() legend = '';
  /** Render the legend as the page's h1 (GOV.UK: on a one-question page the question is the heading). */
  @property({ type: Boolean, attribute: 'legend-is-heading' }) legendIsHeading = false;
  /** An answer is needed: screen readers say "required" (the form has novalidate, so no browser bubble). */
  @property({ type: Boolean }) required = false;
  @property() value = '';
  /** autocomplete tokens for a birth date (bday-year…); none for other dates. */
  @property({ type: Boolean }) birthday = false;

  private order(): Part[] {
    return writesDayFirst() ? ['day', 'month', 'year'] : ['year', 'month', 'day'];
  }

  private label(part: Part): string {
    switch (part) {
      case 'year':
        return msg('年');
      case 'month':
        return msg('月');
      case 'day':
        return msg('日');
    }
  }

  private onInput(part: Part, event: Event): void {
    const parts = splitDateParts(this.value);
    parts[part] = (event.target as HTMLInputElement).value;
    this.value = joinDateParts(parts.year, parts.month, parts.day);
    // One event for the whole date, so the step keeps it with the other answers.
    this.dispatchEvent(new CustomEvent('ssc-date-input', { detail: { name: this.name, value: this.value }, bubbles: true }));
  }

  protected override render() {
    const id = this.controlId;
    const { describedBy } = this.ids;
    const parts = splitDateParts(this.value);
    const order = this.order();
    return html`
      <div class=${this.fieldClass}>
        <!-- The question and hint are read once: as the group's name and description (ssc-choice-group).
             A question that is the page's heading stays a heading a screen reader can find by H. -->
        <fieldset class="ssc-fieldset" aria-labelledby=${this.legendIsHeading ? nothing : `${id}-question`} aria-describedby=${describedBy || nothing}>
          <legend class="ssc-legend ${this.legendIsHeading ? 'ssc-legend--heading' : ''}">
            ${renderLegendText(`${id}-question`, this.legend, this.legendIsHeading)}
          </legend>
          ${this.renderHint()}
          ${this.renderError()}
          <div class="ssc-date-input">
            ${order.map((part, index) => {
              const partId = index === 0 ? id : `${id}-${part}`;
              return html`
                <div class="ssc-date-input__item">
                  <label class="ssc-label" for=${partId}>${phrases(this.label(part))}</label>
                  <input
                    class="ssc-input ssc-date-input__${part}"
                    id=${partId}
                    name="${this.name}-${part}"
                    inputmode="numeric"
                    dir="ltr"
                    spellcheck="false"
                    maxlength=${part === 'year' ? 4 : 2}
                    autocomplete=${this.birthday ? `bday-${part}` : 'off'}
                    aria-invalid=${this.error ? 'true' : nothing}
                    aria-required=${this.required ? 'true' : nothing}
                    .value=${live(parts[part])}
                    @input=${(event: Event) => this.onInput(part, event)}
                  />
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
    'ssc-date-field': SscDateField;
  }
}
