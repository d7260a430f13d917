// A step's life, owned here once: on entry set the title, focus the heading and announce the
// position; on errors show the summary, prefix the title, focus the summary. Steps only render
// their questions and send events.
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LightElement } from '../ui/light-element.js';
import type { FieldError, SscErrorSummary } from '../ui/ssc-error-summary.js';
import { SscStepHeading } from '../ui/ssc-step-heading.js';
import '../ui/ssc-error-summary.js';
import '../ui/ssc-step-heading.js';
import { announce } from '../modes/announcer.js';
import { SettingsController } from '../modes/settings.js';
import { stepNumber, TOTAL_STEPS, type StepId } from './state.js';

// The first step shown after page load does not take focus: a person arriving on the page
// starts at the top (skip link first). Every later step change moves focus to its heading.
let pageJustLoaded = true;

/**
 * An error a step found. The message is a function so that it is translated at render time:
 * an error shown before a language change is shown in the new language after it.
 */
export interface StepError {
  fieldId: string;
  message: () => string;
}

export function appName(): string {
  return msg('社保卡绑定');
}

export abstract class StepElement extends LightElement {
  protected abstract readonly stepId: StepId;
  /** The step's heading; also its name in the title and the announcement. */
  protected abstract stepTitle(): string;
  protected abstract renderStep(): TemplateResult;

  protected readonly settings = new SettingsController(this);
  @state() protected errors: StepError[] = [];

  protected get position(): string {
    return SscStepHeading.position(stepNumber(this.stepId), TOTAL_STEPS);
  }

  /** "Step 1 of 6: Bind your card – Social security card binding", with "Error: " while errors show. */
  private documentTitle(): string {
    const title = msg(str`${this.position}：${this.stepTitle()} – ${appName()}`);
    return this.errors.length > 0 ? `${msg('错误：')}${title}` : title;
  }

  protected override firstUpdated(): void {
    if (pageJustLoaded) {
      pageJustLoaded = false;
      return;
    }
    this.querySelector<SscStepHeading>('ssc-step-heading')?.focusHeading();
    announce(msg(str`${this.position}，${this.stepTitle()}`));
  }

  protected override updated(_changed: PropertyValues): void {
    // Runs on every render, so the title follows language changes too.
    document.title = this.documentTitle();
  }

  /** Shows every error in the summary and beside its field, then focuses the summary. */
  protected async showErrors(errors: StepError[]): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    if (errors.length > 0) this.querySelector<SscErrorSummary>('ssc-error-summary')?.focusSummary();
  }

  /** The error for one field, to render beside it. */
  protected errorFor(fieldId: string): string {
    return this.errors.find((error) => error.fieldId === fieldId)?.message() ?? '';
  }

  protected override render() {
    return html`
      <ssc-error-summary
        .errors=${this.errors.map((error): FieldError => ({ fieldId: error.fieldId, message: error.message() }))}
      ></ssc-error-summary>
      <ssc-step-heading step=${stepNumber(this.stepId)} total=${TOTAL_STEPS} heading=${this.stepTitle()}></ssc-step-heading>
      ${this.renderStep()}
    `;
  }
}
