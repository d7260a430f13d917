import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized } from '@lit/localize';
import { renderLabel, SscField } from './ssc-field.js';
import { selectTypeAhead } from './type-ahead.js';

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A native <select> with its label, hint and error tied to it by id. Native, because every
 * screen reader, keyboard and phone already knows how to operate one (long lists: type to jump).
 */
@customElement('ssc-select-field')
@localized()
export class SscSelectField extends SscField {
  @property() label = '';
  /** Render the label as the page's h1 (GOV.UK: on a one-question page the question is the heading). */
  @property({ type: Boolean, attribute: 'label-is-heading' }) labelIsHeading = false;
  /**
   * An answer is needed: screen readers say "required". aria-required, not native `required`:
   * with nothing chosen yet Chromium would call a native required select invalid before the
   * person has answered.
   */
  @property({ type: Boolean }) required = false;
  @property() value = '';
  /** Shown first with an empty value, so nothing is chosen for the person. */
  @property() placeholder = '';
  @property() autocomplete: string | undefined;
  @property({ attribute: false }) options: SelectOption[] = [];

  private onChange(event: Event): void {
    this.value = (event.target as HTMLSelectElement).value;
  }

  protected override render() {
    const id = this.controlId;
    const { describedBy } = this.ids;
    return html`
      <div class=${this.fieldClass}>
        ${renderLabel(id, this.label, this.labelIsHeading)}
        ${this.renderHint()}
        ${this.renderError()}
        <select
          class="ssc-input ssc-select"
          id=${id}
          name=${this.name}
          autocomplete=${ifDefined(this.autocomplete)}
          aria-describedby=${describedBy || nothing}
          aria-invalid=${this.error ? 'true' : nothing}
          aria-required=${this.required ? 'true' : nothing}
          @change=${this.onChange}
          @keydown=${selectTypeAhead}
        >
          ${this.placeholder ? html`<option value="" ?selected=${this.value === ''}>${this.placeholder}</option>` : nothing}
          ${
            // Keyed, so a list filled in, sorted again or renamed (a language change) keeps the
            // chosen option itself: the selection never moves, and nothing is announced.
            repeat(
              this.options,
              (option) => option.value,
              (option) => html`<option value=${option.value} ?selected=${option.value === this.value}>${option.label}</option>`,
            )
          }
        </select>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-select-field': SscSelectField;
  }
}
