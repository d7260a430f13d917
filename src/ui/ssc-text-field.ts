import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { announce } from '../modes/announcer.js';
import { getSettings } from '../modes/settings.js';
import { renderLabel, SscField } from './ssc-field.js';

/**
 * A text input with its label, hint and error message, all tied to the input by id
 * (label/for, aria-describedby), so the accessibility tree names and describes it.
 * The typed value is kept in `value` and survives every re-render (language, mode, error).
 */
@customElement('ssc-text-field')
@localized()
export class SscTextField extends SscField {
  @property() label = '';
  /** Render the label as the page's h1 (GOV.UK: on a one-question page the question is the heading). */
  @property({ type: Boolean, attribute: 'label-is-heading' }) labelIsHeading = false;
  /** An answer is needed: screen readers say "required" (the form has novalidate, so no browser bubble). */
  @property({ type: Boolean }) required = false;
  @property() value = '';
  @property() type: 'text' | 'tel' | 'email' | 'password' | 'search' | 'url' = 'text';
  @property() autocomplete: string | undefined;
  @property() inputmode: string | undefined;
  /** Language and direction of what is typed, when it differs from the UI (e.g. Latin names, digits). */
  /**
   * For a password or code of this many digits: in screen-reader mode the count is announced
   * ("3 of 6 digits entered") instead of the digits, which are never spoken.
   */
  @property({ type: Number, attribute: 'count-digits' }) countDigits = 0;
  @property({ attribute: 'input-lang' }) inputLang: string | undefined;
  @property({ attribute: 'input-dir' }) inputDir: 'ltr' | 'rtl' | 'auto' | undefined;
  @property({ type: Number }) maxlength: number | undefined;
  /** "characters" for Latin capitals as printed in a passport. */
  @property({ attribute: 'input-autocapitalize' }) inputAutocapitalize: string | undefined;
  /** A CSS width class for the input, sized to the expected answer (GOV.UK's input widths). */
  @property() width: 'full' | '20' | '10' | '6' = 'full';
  /** More than 0: a <textarea> of this many rows, for text that comes in lines (a passport's MRZ). */
  @property({ type: Number }) rows = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.clearTimeout(this.countTimer);
  }

  get inputElement(): HTMLInputElement | HTMLTextAreaElement | null {
    return this.querySelector('input, textarea');
  }

  private countTimer: number | undefined;

  /** Enter sends the form: the count would only talk over what the step says next. */
  private onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') window.clearTimeout(this.countTimer);
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    if (this.countDigits > 0 && getSettings().screenReader) {
      // Said once typing pauses, not at every key.
      window.clearTimeout(this.countTimer);
      this.countTimer = window.setTimeout(() => {
        if (!this.isConnected) return;
        const entered = this.value.replace(/\D/g, '').length;
        announce(msg(str`已输入 ${entered} 位，共 ${this.countDigits} 位`), 'polite', `digits-entered-${this.controlId}`);
      }, 400);
    }
  }

  protected override render() {
    const id = this.controlId;
    const { describedBy } = this.ids;
    return html`
      <div class=${this.fieldClass}>
        ${renderLabel(id, this.label, this.labelIsHeading)}
        ${this.renderHint()}
        ${this.renderError()}
        ${this.rows > 0
          ? html`<textarea
              class="ssc-input ssc-textarea"
              id=${id}
              name=${this.name}
              rows=${this.rows}
              autocomplete=${ifDefined(this.autocomplete)}
              lang=${ifDefined(this.inputLang)}
              dir=${ifDefined(this.inputDir)}
              spellcheck="false"
              autocapitalize="characters"
              aria-describedby=${describedBy || nothing}
              aria-invalid=${this.error ? 'true' : nothing}
              aria-required=${this.required ? 'true' : nothing}
              .value=${live(this.value)}
              @input=${this.onInput}
            ></textarea>`
          : html`<input
              class="ssc-input ssc-input--w${this.width}"
              id=${id}
              name=${this.name}
              type=${this.type}
              autocomplete=${ifDefined(this.autocomplete)}
              inputmode=${ifDefined(this.inputmode)}
              lang=${ifDefined(this.inputLang)}
              dir=${ifDefined(this.inputDir)}
              maxlength=${ifDefined(this.maxlength)}
              autocapitalize=${ifDefined(this.inputAutocapitalize)}
              spellcheck="false"
              aria-describedby=${describedBy || nothing}
              aria-invalid=${this.error ? 'true' : nothing}
              aria-required=${this.required ? 'true' : nothing}
              .value=${live(this.value)}
              @input=${this.onInput}
              @keydown=${this.onKeydown}
            />`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-text-field': SscTextField;
  }
}
