import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { localized, msg, str } from '@lit/localize';
import { announce } from '../modes/announcer.js';
import { getSettings } from '../modes/settings.js';
import { LightElement } from './light-element.js';
import { phrases } from './phrases.js';

/**
 * A text input with its label, hint and error message, all tied to the input by id
 * (label/for, aria-describedby), so the accessibility tree names and describes it.
 * The typed value is kept in `value` and survives every re-render (language, mode, error).
 */
@customElement('ssc-text-field')
@localized()
export class SscTextField extends LightElement {
  /** Id of the <input>; error summary links point to it. */
  @property({ attribute: 'field-id' }) fieldId = '';
  @property() name = '';
  @property() label = '';
  /** Render the label as the page's h1 (GOV.UK: on a one-question page the question is the heading). */
  @property({ type: Boolean, attribute: 'label-is-heading' }) labelIsHeading = false;
  @property() hint = '';
  @property() error = '';
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

  private get id_(): string {
    return this.fieldId || `ssc-field-${this.name}`;
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
        announce(msg(str`已输入 ${entered} 位，共 ${this.countDigits} 位`), 'polite', `digits-entered-${this.id_}`);
      }, 400);
    }
  }

  protected override render() {
    const id = this.id_;
    const hintId = this.hint ? `${id}-hint` : '';
    const errorId = this.error ? `${id}-error` : '';
    const describedBy = [hintId, errorId].filter(Boolean).join(' ');
    return html`
      <div class="ssc-field ${this.error ? 'ssc-field--error' : ''}">
        ${this.labelIsHeading
          ? html`<h1 class="ssc-label-heading"><label class="ssc-label ssc-heading-l" for=${id}>${phrases(this.label)}</label></h1>`
          : html`<label class="ssc-label" for=${id}>${phrases(this.label)}</label>`}
        ${this.hint ? html`<div class="ssc-hint" id=${hintId} aria-hidden="true">${phrases(this.hint)}</div>` : nothing}
        ${this.error
          ? html`<p class="ssc-error-message" id=${errorId}>
              <span class="ssc-visually-hidden">${msg('错误：')}</span>${this.error}
            </p>`
          : nothing}
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
