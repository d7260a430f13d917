import { html, nothing } from 'lit';
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
 * The title and the `actions` (the buttons that answer it) stay on the screen whatever its size
 * and text scale; only the body between them scrolls, and it takes keyboard focus when it does.
 *
 * @fires ssc-dialog-close - whenever it closes (an action, Escape, or closed by code).
 */
@customElement('ssc-dialog')
@localized()
export class SscDialog extends LightElement {
  @property() heading = '';
  @property({ attribute: false }) body: unknown;
  /** The buttons that answer the dialog (confirm, cancel, done), below the body and never scrolled away. */
  @property({ attribute: false }) actions: unknown = nothing;
  /** Body and actions together, as `confirmBody` (./confirm-body.ts) makes them. */
  @property({ attribute: false }) parts: { body: unknown; actions: unknown } | undefined;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.ssc-dialog__body') private bodyElement!: HTMLElement;
  private opener: HTMLElement | null = null;
  private readonly resized = new ResizeObserver(() => this.markScrolling());

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resized.disconnect();
  }

  /**
   * A body taller than its room scrolls. With nothing in it to Tab to (a confirmation's text), it
   * is then a tab stop itself, so the keyboard can scroll it too; controls in it scroll into view.
   */
  private markScrolling(): void {
    const body = this.bodyElement;
    if (!body) return;
    const focusable = body.querySelector('a[href], button, input, select, textarea, summary');
    if (body.scrollHeight > body.clientHeight + 1 && !focusable) body.setAttribute('tabindex', '0');
    else body.removeAttribute('tabindex');
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  async show(): Promise<void> {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    await this.updateComplete;
    this.dialog.showModal();
    this.resized.observe(this.bodyElement);
    this.markScrolling();
    setFocus(this.querySelector<HTMLElement>('.ssc-dialog__title'));
  }

  close(): void {
    this.dialog.close();
  }

  private onClose(): void {
    this.resized.disconnect();
    this.opener?.focus();
    this.opener = null;
    this.dispatchEvent(new CustomEvent('ssc-dialog-close', { bubbles: true }));
  }

  protected override render() {
    const titleId = `${this.id || 'ssc-dialog'}-title`;
    const actions = this.parts ? this.parts.actions : this.actions;
    return html`
      <dialog class="ssc-dialog" aria-labelledby=${titleId} @close=${this.onClose}>
        <div class="ssc-dialog__header">
          <h2 class="ssc-dialog__title ssc-heading-m" id=${titleId}>${phrases(this.heading)}</h2>
          <button type="button" class="ssc-button ssc-button--secondary ssc-dialog__close" @click=${this.close}>
            ${phrases(msg('关闭'))}
          </button>
        </div>
        <div class="ssc-dialog__body">${this.parts ? this.parts.body : this.body}</div>
        ${actions === nothing ? nothing : html`<div class="ssc-dialog__actions ssc-button-group">${actions}</div>`}
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-dialog': SscDialog;
  }
}
