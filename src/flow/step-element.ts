// A step's life, owned here once: on entry set the title, focus the heading and announce the
// position; on errors show the summary, prefix the title, focus the summary; while the service
// works, say so, refuse a second press, retry when it is busy and offer the alternate channel.
// Steps only render their questions and send events.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { LightElement } from '../ui/light-element.js';
import type { FieldError, SscErrorSummary } from '../ui/ssc-error-summary.js';
import { SscStepHeading } from '../ui/ssc-step-heading.js';
import '../ui/ssc-error-summary.js';
import '../ui/ssc-step-heading.js';
import { offlineReason, onNetworkChange, waitForNetwork } from '../offline/network.js';
import { cue } from '../modes/cues.js';
import { repeatSpeech, stopSpeaking } from '../modes/speech.js';
import { SettingsController } from '../modes/settings.js';
import { joinSentences, withLaterWords } from '../modes/locale.js';
import { ApiFailure, NetworkFailure, type Channel } from '../api/client.js';
import { dispatch, FlowController } from './store.js';
import { SCREEN_PATHS, STEPS, stepNumber, TOTAL_STEPS, type StepId } from './state.js';
import { phrases } from '../ui/phrases.js';
import { setFocus } from '../ui/focus.js';

// The first screen shown after page load does not take focus: a person arriving on the page
// starts at the top (skip link first). Every later screen change moves focus to its heading.
let pageJustLoaded = true;

/** How long automatic retries go on before the person must choose (the alternate channel is offered at once). */
const RETRY_WINDOW_MS = 30_000;
/** After this long without an answer the person is told it is taking longer than usual. */
const SLOW_NOTICE_MS = 10_000;

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

type BusyState = 'idle' | 'working' | 'slow' | 'retrying' | 'unavailable' | 'offline';

/**
 * A screen's life: its heading and position, the error summary, busy and offline states, the
 * service calls, and focus and announcements on arriving.
 *
 * @fires ssc-open-manual - "Help with this step": `{ section }`, the manual's section for it.
 */
export abstract class StepElement extends LightElement {
  /** The numbered step this screen belongs to; null for screens outside the six steps. */
  protected abstract readonly stepId: StepId | null;
  /** The current page's heading; also its name in the title and the announcement. */
  protected abstract stepTitle(): string;
  /** What to do on this page, in a sentence: read aloud with the title when voice guidance is on. */
  protected stepInstruction(): string {
    return '';
  }
  protected abstract renderStep(): TemplateResult | typeof nothing;
  /**
   * The page asks one question and its label or legend is the page's h1 (GOV.UK's question
   * pages); the step heading then shows the position only. The title and the announcement still
   * carry the step's name.
   */
  protected questionIsHeading(): boolean {
    return false;
  }

  protected readonly settings = new SettingsController(this);
  protected readonly flow = new FlowController(this);
  @state() protected errors: StepError[] = [];
  @state() protected busy: BusyState = 'idle';
  private wakeRetry: ((channel: Channel) => void) | undefined;

  /** Reporting a lost card goes through the identity step only: not "step 2 of 6" of a binding. */
  private get reportingLostCard(): boolean {
    return this.stepId === 'identity' && this.flow.state.actor === 'lost-card';
  }

  protected get position(): string {
    if (this.reportingLostCard) return msg('挂失社保卡');
    return this.stepId ? SscStepHeading.position(stepNumber(this.stepId), TOTAL_STEPS) : '';
  }

  /** "Step 1 of 6: Bind your card – Social security card binding", with "Error: " while errors show. */
  private documentTitle(): string {
    const title = this.stepId
      ? msg(str`${this.position}：${this.stepTitle()} – ${appName()}`)
      : `${this.stepTitle()} – ${appName()}`;
    return this.errors.length > 0 ? `${msg('错误：')}${title}` : title;
  }

  protected override firstUpdated(): void {
    if (pageJustLoaded) {
      pageJustLoaded = false;
      return;
    }
    this.enterPage();
  }

  /** A new page within the step (or the step itself) opened: focus its heading and say where we are. */
  protected async enterPage(): Promise<void> {
    await this.updateComplete;
    // A new page starts at its top, as a page loaded afresh would: the button pressed on a long
    // page left it scrolled, which would hide the new page's heading and question above the screen.
    window.scrollTo(0, 0);
    // The step heading's h1, or the question's label or legend when that is the heading.
    setFocus(this.querySelector('h1'));
    const where = this.stepId ? msg(str`${this.position}，${this.stepTitle()}`) : this.stepTitle();
    cue('step', joinSentences([where, this.stepInstruction()]));
  }

  protected override updated(_changed: PropertyValues): void {
    // Runs on every render, so the title follows language changes too.
    document.title = this.documentTitle();
  }

  /** Shows every error in the summary and beside its field, then focuses the summary. */
  protected async showErrors(errors: StepError[]): Promise<void> {
    this.errors = errors;
    await this.updateComplete;
    if (errors.length === 0) return;
    this.querySelector<SscErrorSummary>('ssc-error-summary')?.focusSummary();
    // Said through the announcer, not by the summary itself, so it is heard after the wait that
    // came before it, never over it.
    cue('error', joinSentences([msg('出现了问题'), ...errors.map((error) => error.message())]));
  }

  /** The error for one field, to render beside it. */
  protected errorFor(fieldId: string): string {
    return this.errors.find((error) => error.fieldId === fieldId)?.message() ?? '';
  }

  /**
   * Runs a request to the service. Says what is being checked; a second press does nothing; when
   * the service is busy or silent it retries by itself, announcing it, and offers the alternate
   * channel straight away; after 30 s it stops and lets the person choose. Refusals (wrong code…)
   * are returned for the step to show; success returns the value.
   */
  protected async callService<T>(run: (channel: Channel) => Promise<T>, waitMessage: string): Promise<T | ApiFailure | undefined> {
    if (this.busy !== 'idle' && this.busy !== 'unavailable') return undefined;
    this.busy = 'working';
    // No message: work the person did not ask for (a refresh on a timer) is not announced.
    if (waitMessage) cue('waiting', waitMessage);
    let started = Date.now();
    let channel: Channel = 'primary';
    let announcedRetry = false;
    const slowTimer = window.setTimeout(() => {
      if (this.busy === 'working') {
        this.busy = 'slow';
        cue('waiting', msg('仍在处理，比平时慢一些，请稍候…'));
      }
    }, SLOW_NOTICE_MS);
    try {
      for (;;) {
        try {
          return await run(channel);
        } catch (error) {
          // No network at all: nothing reached the service, so wait for the network and send it
          // again by ourselves: once, and without the person having to press anything.
          // (When the device says online but the service cannot be reached, the shell says so and
          // this goes on as for a busy service: retries, and the alternate channel, which may work.)
          if (error instanceof NetworkFailure && offlineReason() === 'no-network') {
            this.busy = 'offline';
            cue('waiting', msg('您现在没有网络。填写的内容都已保留，网络恢复后会自动继续。'));
            await waitForNetwork();
            cue('waiting', msg('网络已恢复，正在继续…'));
            this.busy = 'working';
            started = Date.now();
            continue;
          }
          const busy = error instanceof NetworkFailure || (error instanceof ApiFailure && error.code === 'busy');
          if (!busy) {
            if (error instanceof ApiFailure) return error;
            throw error;
          }
          if (Date.now() - started >= RETRY_WINDOW_MS) {
            this.busy = 'unavailable';
            cue('error', msg('服务暂时无法使用。您填写的内容已保留，可以改用备用通道或稍后再试。'));
            // The person may choose, and the service answering again sends it once by itself.
            channel = await new Promise<Channel>((resolve) => {
              const stop = onNetworkChange((online) => online && this.wakeRetry?.(channel));
              this.wakeRetry = (chosen) => {
                stop();
                resolve(chosen);
              };
            });
            continue;
          }
          this.busy = 'retrying';
          if (!announcedRetry) {
            announcedRetry = true;
            cue('waiting', msg('服务繁忙，正在自动重试。您也可以改用备用通道继续。'));
          }
          const waitSeconds = error instanceof ApiFailure ? (error.error.retryAfter ?? 5) : 5;
          channel = await new Promise<Channel>((resolve) => {
            this.wakeRetry = resolve;
            window.setTimeout(() => resolve(channel), waitSeconds * 1000);
          });
        }
      }
    } finally {
      window.clearTimeout(slowTimer);
      this.wakeRetry = undefined;
      this.busy = 'idle';
    }
  }

  /**
   * callService for a request whose refusal the screen only tells: shown in the error summary,
   * linked to `fieldId`. The answer, or undefined when there is none (refused, or already busy).
   */
  protected async askService<T>(run: (channel: Channel) => Promise<T>, waitMessage: string, fieldId: string): Promise<T | undefined> {
    const result = await this.callService(run, waitMessage);
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, fieldId);
      return undefined;
    }
    return result;
  }

  /** Maps a refusal to the summary: on a field when it belongs to one, otherwise on the form. */
  protected showServiceProblem(failure: ApiFailure, fieldId: string): void {
    // The messages come with the steps that call the service; the first screen never needs them.
    void withLaterWords(() => import('./messages.js')).then(({ serviceProblem }) => this.showErrors([{ fieldId, message: () => serviceProblem(failure.error) }]));
  }

  private useAlternateChannel(): void {
    cue('waiting', msg('正在通过备用通道继续…'));
    this.wakeRetry?.('alternate');
  }

  private retryNow(): void {
    this.wakeRetry?.('primary');
  }

  protected renderBusyNotice() {
    if (this.busy === 'offline') {
      return html`<div class="ssc-panel ssc-notice" id="ssc-waiting-for-network">
        <h2 class="ssc-heading-m">${msg('正在等待网络')}</h2>
        <p>${msg('您填写的内容都已保留。网络恢复后会自动继续，不用再按一次。')}</p>
      </div>`;
    }
    if (this.busy !== 'retrying' && this.busy !== 'unavailable') return nothing;
    return html`
      <div class="ssc-panel ssc-notice" id="ssc-busy-notice">
        <h2 class="ssc-heading-m">${this.busy === 'retrying' ? msg('服务繁忙，正在自动重试') : msg('服务暂时无法使用')}</h2>
        <p>${msg('您填写的内容都已保留，不需要重新填写。')}</p>
        <div class="ssc-button-group">
          <button type="button" class="ssc-button" @click=${this.useAlternateChannel}>${msg('改用备用通道继续')}</button>
          ${this.busy === 'unavailable'
            ? html`<button type="button" class="ssc-button ssc-button--secondary" @click=${this.retryNow}>${msg('再试一次')}</button>`
            : nothing}
        </div>
      </div>
    `;
  }

  /** The step's main action: says it is working while it is, and is never pressed twice. */
  protected renderSubmit(label: string, id?: string) {
    const working = this.busy !== 'idle';
    return html`<button type="submit" id=${id ?? nothing} class="ssc-button" aria-disabled=${working ? 'true' : 'false'}>
      ${phrases(working ? msg('正在处理…') : label)}
    </button>`;
  }

  /**
   * Repeat and stop, whenever voice guidance is on. Named by their words, which care mode shows
   * as icons only (styles.css), so they fit on the Back link's line.
   */
  protected renderVoiceControls() {
    if (!this.settings.value.voice) return nothing;
    return html`
      <div class="ssc-button-group ssc-voice-controls">
        <button type="button" class="ssc-button ssc-button--secondary" aria-label=${msg('再听一遍')} @click=${() => repeatSpeech()}>
          <span aria-hidden="true">🔊</span><span class="ssc-voice-controls__label">${phrases(msg('再听一遍'))}</span>
        </button>
        <button type="button" class="ssc-button ssc-button--secondary" aria-label=${msg('停止朗读')} @click=${() => stopSpeaking()}>
          <span aria-hidden="true">⏹</span><span class="ssc-voice-controls__label">${phrases(msg('停止朗读'))}</span>
        </button>
      </div>
    `;
  }

  protected renderBackLink() {
    // In a relative's request the steps before belong to the other person or are fixed by the request.
    if (this.stepId === 'entry' || this.stepId === null || this.flow.state.progress.remote) return nothing;
    const previous = STEPS[Math.max(0, STEPS.indexOf(this.stepId) - 1)]!;
    return html`<p class="ssc-back"><a href=${SCREEN_PATHS[previous]} @click=${this.goBack}>${msg('返回上一步')}</a></p>`;
  }

  private goBack(event: Event): void {
    event.preventDefault();
    this.onBack();
  }

  /** Back goes to the previous step; steps with pages of their own go to their previous page first. */
  protected onBack(): void {
    dispatch({ type: 'back' });
  }

  /** The manual section about this screen; "help with this step" opens it there. */
  protected helpSection(): string {
    return this.stepId ? `step-${this.stepId}` : 'problems';
  }

  private renderHelpLink() {
    return html`<p class="ssc-help-link">
      <a
        href="/manual#${this.helpSection()}"
        @click=${(event: Event) => {
          // The shell opens the manual in place, so the flow and what was typed stay.
          event.preventDefault();
          this.dispatchEvent(new CustomEvent('ssc-open-manual', { detail: { section: this.helpSection() }, bubbles: true }));
        }}
        >${msg('这一步的帮助')}</a
      >
    </p>`;
  }

  protected override render() {
    // The voice buttons share the Back link's line, or the step's line when there is no Back link:
    // at 200 % text on a phone the chrome above the question stays short.
    const back = this.renderBackLink();
    const voice = this.renderVoiceControls();
    return html`
      ${back === nothing ? nothing : html`<div class="ssc-page-top">${back}${voice}</div>`}
      <ssc-error-summary
        .errors=${this.errors.map((error): FieldError => ({ fieldId: error.fieldId, message: error.message() }))}
      ></ssc-error-summary>
      <ssc-step-heading
        step=${this.stepId && !this.reportingLostCard ? stepNumber(this.stepId) : 0}
        caption=${this.reportingLostCard ? this.position : ''}
        total=${TOTAL_STEPS}
        heading=${this.stepTitle()}
        ?question=${this.questionIsHeading()}
        .tools=${back === nothing ? voice : nothing}
      ></ssc-step-heading>
      ${this.renderBusyNotice()} ${this.renderStep()} ${this.renderHelpLink()}
    `;
  }
}
