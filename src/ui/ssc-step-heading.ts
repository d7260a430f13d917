import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { LightElement } from './light-element.js';
import { setFocus } from './focus.js';
import { phrases } from './phrases.js';

/**
 * A step's position ("Step 2 of 6") and its unique h1, which receives focus when the step opens
 * (VA.gov's single-page-flow pattern). The visual bar repeats the caption and is hidden from
 * assistive technology so the position is read once. On a page that asks one question the
 * question's label or legend is the h1 (GOV.UK), and this shows the position only (`question`).
 * `tools` (the voice buttons) share the caption's line, so the chrome above the question stays short.
 */
@customElement('ssc-step-heading')
@localized()
export class SscStepHeading extends LightElement {
  @property({ type: Number }) step = 1;
  @property({ type: Number }) total = 6;
  @property() heading = '';
  /** Outside the numbered steps, what the page is part of ("Report your card lost"), shown as the caption. */
  @property() caption = '';
  /** The page's question is its h1: render no heading of its own. */
  @property({ type: Boolean }) question = false;
  @property({ attribute: false }) tools: unknown = nothing;

  /** The caption as a sentence, also used for the document title and the step announcement. */
  static position(step: number, total: number): string {
    return msg(str`第 ${step} 步，共 ${total} 步`);
  }

  focusHeading(): void {
    setFocus(this.querySelector('h1'));
  }

  protected override render() {
    const segments = Array.from({ length: this.total }, (_, index) => index < this.step);
    // Step 0: a screen outside the numbered steps (confirmation, review) has a heading only.
    return html`
      <div class="ssc-step-heading">
        <div class="ssc-step-heading__top">
          ${this.step > 0 || this.caption
            ? html`<p class="ssc-caption" id="ssc-step-position">${phrases(this.step > 0 ? SscStepHeading.position(this.step, this.total) : this.caption)}</p>`
            : nothing}
          ${this.tools}
        </div>
        ${this.step > 0
          ? html`<div class="ssc-progress" aria-hidden="true">
              ${segments.map((done) => html`<span class="ssc-progress__segment ${done ? 'ssc-progress__segment--done' : ''}"></span>`)}
            </div>`
          : nothing}
        ${this.question ? nothing : html`<h1 class="ssc-heading-l">${phrases(this.heading)}</h1>`}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-step-heading': SscStepHeading;
  }
}
