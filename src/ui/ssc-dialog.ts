import { html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LightElement } from './light-element.js';
import { setFocus } from './focus.js';
import { phrases } from './phrases.js';

/**
 * A modal on native <dialog>: the browser traps focus, makes the page behind inert and closes on
 * Escape. Focus goes to the title when it opens and back to the opener when it closes.
 * Content is a template (`body`) because light-DOM elements have no slots. Lit calls event
 * listeners in that template with `this` set to the dialog, so bind handlers with arrow functions.
 */
@customElement('ssc-dialog')
@localized()
export class SscDialog extends LightElement {
  @property() heading = '';
  @property({ attribute: false }) body: unknown;
  @query('dialog') private dialog!: HTMLDialogElement;
  private opener: HTMLElement | null = null;

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  async show(): Promise<void> {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    await this.updateComplete;
    this.dialog.showModal();
    setFocus(this.querySelector<HTMLElement>('.ssc-dialog__title'));
  }

  close(): void {
    this.dialog.close();
  }

  private onClose(): void {
    this.opener?.focus();
    this.opener = null;
    this.dispatchEvent(new CustomEvent('ssc-dialog-close', { bubbles: true }));
  }

  protected override render() {
    const titleId = `${this.id || 'ssc-dialog'}-title`;
    return html`
      <dialog class="ssc-dialog" aria-labelledby=${titleId} @close=${this.onClose}>
        <div class="ssc-dialog__header">
          <h2 class="ssc-dialog__title ssc-heading-m" id=${titleId}>${phrases(this.heading)}</h2>
          <button type="button" class="ssc-button ssc-button--secondary ssc-dialog__close" @click=${this.close}>
            ${phrases(msg('关闭'))}
          </button>
        </div>
        <div class="ssc-dialog__body">${this.body}</div>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-dialog': SscDialog;
  }
}
