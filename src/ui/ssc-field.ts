// What every form field shares, written once: the control's id, the hint's and the error's ids,
// `aria-describedby` in hint-then-error order, the hint, the error with its hidden "Error:" prefix
// (the only one), and the wrapper that turns red with an error. GOV.UK's fields share the same
// pieces. Label versus legend stays in each field.
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LightElement } from './light-element.js';
import { phrases } from './phrases.js';

/** The ids a field's hint and error get from `base`, and what describes the control. */
export function fieldIds(base: string, hint: string, error: string): { hintId: string; errorId: string; describedBy: string } {
  const hintId = hint ? `${base}-hint` : '';
  const errorId = error ? `${base}-error` : '';
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') };
}

/**
 * The hint, hidden from the reading order: it is read once, as the control's or group's
 * description, not again as text after it.
 */
export function renderHint(hintId: string, hint: string): TemplateResult | typeof nothing {
  return hint ? html`<div class="ssc-hint" id=${hintId} aria-hidden="true">${phrases(hint)}</div>` : nothing;
}

/** The error beside the field, with a visually hidden "Error:" so it is heard as one. */
export function renderError(errorId: string, error: string): TemplateResult | typeof nothing {
  return error
    ? html`<p class="ssc-error-message" id=${errorId}>
        <span class="ssc-visually-hidden">${msg('错误：')}</span>${error}
      </p>`
    : nothing;
}

/** A control's label; on a one-question page it is the page's h1 (GOV.UK's question page). */
export function renderLabel(controlId: string, label: string, isHeading: boolean): TemplateResult {
  return isHeading
    ? html`<h1 class="ssc-label-heading"><label class="ssc-label ssc-heading-l" for=${controlId}>${phrases(label)}</label></h1>`
    : html`<label class="ssc-label" for=${controlId}>${phrases(label)}</label>`;
}

/**
 * What a group's legend holds: the question, read once as the group's name (its fieldset is
 * labelled by `questionId`); a question that is the page's heading stays a heading found by H.
 */
export function renderLegendText(questionId: string, legend: string, isHeading: boolean): TemplateResult {
  return isHeading ? html`<h1 class="ssc-heading-l">${phrases(legend)}</h1>` : html`<span id=${questionId} aria-hidden="true">${phrases(legend)}</span>`;
}

/** The class of a field's wrapper: with an error, a red bar beside the field. */
export function fieldClass(error: string | boolean): string {
  return `ssc-field ${error ? 'ssc-field--error' : ''}`;
}

/** Base of the field elements (text, select, date, choice group): light DOM, the shared attributes and pieces. */
export abstract class SscField extends LightElement {
  /** Id of the control (a date's first part); error summary links point to it. */
  @property({ attribute: 'field-id' }) fieldId = '';
  @property() name = '';
  @property() hint = '';
  @property() error = '';

  /** The control's id: `field-id`, or one made from the name. */
  protected get controlId(): string {
    return this.fieldId || `ssc-field-${this.name}`;
  }

  /** What the hint's and error's ids are made from: the control's id unless a field says otherwise. */
  protected get idBase(): string {
    return this.controlId;
  }

  protected get ids(): { hintId: string; errorId: string; describedBy: string } {
    return fieldIds(this.idBase, this.hint, this.error);
  }

  protected renderHint(): TemplateResult | typeof nothing {
    return renderHint(this.ids.hintId, this.hint);
  }

  protected renderError(): TemplateResult | typeof nothing {
    return renderError(this.ids.errorId, this.error);
  }

  protected get fieldClass(): string {
    return fieldClass(this.error);
  }
}
