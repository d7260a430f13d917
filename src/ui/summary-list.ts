import { html, nothing, type TemplateResult } from 'lit';
import { masked } from './masked.js';

export interface SummaryRow {
  term: string;
  value: string | TemplateResult;
  /** Direction of the value when it is a number or code inside right-to-left text. */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** A "Change" link or similar, after the value. */
  action?: TemplateResult;
}

/** GOV.UK's summary list: what was found or entered, one term and value per row (masked numbers read as their ending). */
export function summaryList(rows: SummaryRow[]) {
  return html`<dl class="ssc-summary-list">
    ${rows.map(
      (row) => html`<div>
        <dt>${row.term}</dt>
        <dd dir=${row.dir ?? 'auto'}>${typeof row.value === 'string' ? masked(row.value) : row.value}</dd>
        ${row.action ? html`<dd class="ssc-summary-list__action">${row.action}</dd>` : nothing}
      </div>`,
    )}
  </dl>`;
}
