import { html } from 'lit';

export interface Confirmation {
  /** What will happen, in plain words. */
  text: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** An action that removes something (unbind) looks like one. */
  warning?: boolean;
}

/**
 * A confirmation dialog before an irreversible action (sign, unbind): its body, the sentence, and
 * its actions, which the dialog keeps on the screen below the body.
 */
export function confirmBody(confirmation: Confirmation) {
  return {
    body: html`<p>${confirmation.text}</p>`,
    actions: html`
      <button type="button" class="ssc-button ${confirmation.warning ? 'ssc-button--warning' : ''}" @click=${() => confirmation.onConfirm()}>
        ${confirmation.confirmLabel}
      </button>
      <button type="button" class="ssc-button ssc-button--secondary" @click=${() => confirmation.onCancel()}>${confirmation.cancelLabel}</button>
    `,
  };
}
