import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LightElement } from './light-element.js';
import { setFocus } from './focus.js';
import { phrases } from './phrases.js';

export interface FieldError {
  /** Id of the control in error; the summary links to it. */
  fieldId: string;
  message: string;
}

/**
 * GOV.UK's error summary: a list of every problem at the top of the form, each linking to its
 * field. The step focuses it when errors appear; following a link focuses the field and
 * scrolls its label or legend into view, so the question is seen with the answer box.
 *
 * It is neither an alert nor named: the step says the errors once through the announcer, in order
 * with the wait before them. A summary named by its title that also held an alert had screen
 * readers say the title twice (its name, then the alert's content), and a focused plain div takes
 * all its text as its name, so it would be said on focus and again by the announcer; an unnamed
 * group takes focus without reading itself.
 */
@customElement('ssc-error-summary')
@localized()
export class SscErrorSummary extends LightElement {
  @property({ attribute: false }) errors: FieldError[] = [];

  /** Moves focus to the summary so its heading and list are read first. */
  focusSummary(): void {
    setFocus(this.querySelector<HTMLElement>('.ssc-error-summary'));
  }

  private onLinkClick(event: Event, fieldId: string): void {
    const input = document.getElementById(fieldId);
    if (!input) return;
    event.preventDefault();
    const fieldset = input.closest('fieldset');
    const caption = fieldset?.querySelector('legend') ?? document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
    input.focus({ preventScroll: true });
    (caption ?? input).scrollIntoView({ block: 'start' });
  }

  protected override render() {
    if (this.errors.length === 0) return nothing;
    return html`
      <div class="ssc-error-summary" role="group">
        <h2 class="ssc-error-summary__title">${phrases(msg('出现了问题'))}</h2>
        <ul class="ssc-error-summary__list">
          ${this.errors.map(
            (error) => html`<li>
              <a href="#${error.fieldId}" @click=${(event: Event) => this.onLinkClick(event, error.fieldId)}>${error.message}</a>
            </li>`,
          )}
        </ul>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-error-summary': SscErrorSummary;
  }
}
