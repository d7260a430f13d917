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

/** The body of a confirmation dialog before an irreversible action (sign, unbind). */
export function confirmBody(confirmation: Confirmation) {
  return html`
    <p>${confirmation.text}</p>
    <div class="ssc-button-group">
      <button type="button" class="ssc-button ${confirmation.warning ? 'ssc-button--warning' : ''}" @click=${() => confirmation.onConfirm()}>
        ${confirmation.confirmLabel}
      </button>
      <button type="button" class="ssc-button ssc-button--secondary" @click=${() => confirmation.onCancel()}>${confirmation.cancelLabel}</button>
    </div>
  `;
}
