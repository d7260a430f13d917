// Short forms as GOV.UK builds them: one question per page, each page's heading the question, a
// Back link to the previous question, then "check your answers" with a Change link on each row,
// then the action and a confirmation with a reference. What is typed lives in the flow's answers,
// so a reload, a closed tab or a language change keeps it.
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { CardScreenElement } from './card-screen.js';
import { ApiFailure, type Channel } from '../api/client.js';
import type { StepError } from './step-element.js';
import { dispatch } from './store.js';
import { SCREEN_PATHS, type CardScreen } from './state.js';
import { saveDraftNow } from '../offline/drafts.js';

export interface QuestionPage {
  /** A stable id: the Change links and the service's field problems find the page by it. */
  readonly id: string;
  /** The question: the page's heading. */
  title(): string;
  /**
   * The page is one field whose label or legend asks `title()` and is the page's h1 (GOV.UK's
   * question page); otherwise the question is an h1 of its own above the fields.
   */
  readonly oneField?: boolean;
  render(): TemplateResult;
  /** Problems with this page's answers, found on the phone before anything is sent. */
  problems(): StepError[];
  /** The answers this page asks for, for the check-answers list. */
  summary(): { term: string; value: string; dir?: 'ltr' }[];
  /** The service's field names this page answers. */
  readonly fields: readonly string[];
}

type Position = number | 'check' | 'sent';

export abstract class QuestionPagesElement extends CardScreenElement {
  @state() protected pageAt: Position = 0;
  /** Came from "check your answers" with a Change link: Continue goes back there. */
  private changing = false;

  protected abstract pages(): QuestionPage[];
  protected abstract checkTitle(): string;
  /** The action that sends it all, on the check-answers page ("Send the application"). */
  protected abstract sendLabel(): string;
  /** Sends; returns the field problems the service found (by its field names), or null when sent. */
  protected abstract send(): Promise<Record<string, string> | null | undefined>;
  protected abstract sentTitle(): string;

  /**
   * Sends for `send`: the answer, or the service's field problems (shown on their questions), or
   * undefined when nothing was sent or another problem is already shown on the check page.
   */
  protected async sendAnswers<T>(run: (channel: Channel) => Promise<T>, waitMessage: string): Promise<{ sent: T } | { fields: Record<string, string> } | undefined> {
    const result = await this.callService(run, waitMessage);
    if (result === undefined) return undefined;
    if (!(result instanceof ApiFailure)) return { sent: result };
    if (result.error.fields) return { fields: result.error.fields };
    this.showServiceProblem(result, 'ssc-send');
    return undefined;
  }
  protected abstract renderSent(): TemplateResult;
  /** Server field problem → message, for a field of `page`. */
  protected abstract fieldProblem(field: string, reason: string): StepError;

  protected current(): QuestionPage | null {
    return typeof this.pageAt === 'number' ? (this.pages()[this.pageAt] ?? null) : null;
  }

  protected override questionIsHeading(): boolean {
    return this.current()?.oneField === true;
  }

  protected stepTitle(): string {
    if (this.pageAt === 'check') return this.checkTitle();
    if (this.pageAt === 'sent') return this.sentTitle();
    return this.current()?.title() ?? '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('pageAt') && changed.get('pageAt') !== undefined) void this.enterPage();
  }

  /**
   * Each question is an entry in the browser's history (same address, its own state), so the
   * browser's Back goes to the previous question as the Back link does, and a reload stays on it.
   * The confirmation replaces the check page: Back from it never sends the answers twice.
   */
  protected goTo(at: Position): void {
    this.errors = [];
    this.pageAt = at;
    const entry = { ...((history.state as object | null) ?? {}), question: at };
    if (at === 'sent') history.replaceState(entry, '', location.href);
    else history.pushState(entry, '', location.href);
  }

  private readonly onHistory = (): void => {
    this.errors = [];
    this.changing = false;
    this.pageAt = this.questionInHistory();
  };

  /** The question this history entry was on; the first for the screen's own entry, or a confirmation no longer shown. */
  private questionInHistory(): Position {
    const question = (history.state as { question?: Position } | null)?.question;
    if (question === 'check' || (typeof question === 'number' && question < this.pages().length)) return question;
    return 0;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageAt = this.questionInHistory();
    window.addEventListener('popstate', this.onHistory);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onHistory);
  }

  protected override renderBackLink() {
    if (this.pageAt === 'sent') return super.renderBackLink();
    const at = this.pageAt;
    const previous: Position | null = at === 'check' ? this.pages().length - 1 : at === 0 ? null : (at as number) - 1;
    if (previous === null) return this.linkTo(...this.leaveTo());
    return html`<p class="ssc-back">
      <a
        href=${location.pathname}
        @click=${(event: Event) => {
          event.preventDefault();
          this.changing = false;
          this.goTo(previous);
        }}
        >${msg('返回上一个问题')}</a
      >
    </p>`;
  }

  /** Where the Back link on the first question goes, and what it says. */
  protected leaveTo(): [screen: CardScreen | 'done', label: string] {
    return ['applications', msg('返回网上办事')];
  }

  /** What the person should know before they send (a fee, who it goes to), under their answers. */
  protected renderCheckNotes(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected linkTo(screen: CardScreen | 'done', label: string) {
    return html`<p class="ssc-back">
      <a
        href=${SCREEN_PATHS[screen]}
        @click=${(event: Event) => {
          event.preventDefault();
          dispatch({ type: 'open', screen });
        }}
        >${label}</a
      >
    </p>`;
  }

  private async next(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    saveDraftNow();
    const page = this.current();
    if (!page) return;
    const problems = page.problems();
    if (problems.length > 0) {
      await this.showErrors(problems);
      return;
    }
    const last = this.pageAt === this.pages().length - 1;
    this.goTo(this.changing || last ? 'check' : (this.pageAt as number) + 1);
    this.changing = false;
  }

  private async submitAll(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // Every page again: answers kept from an earlier visit may no longer hold (a start date now past).
    const pages = this.pages();
    const index = pages.findIndex((page) => page.problems().length > 0);
    if (index >= 0) {
      this.goTo(index);
      this.changing = true;
      await this.updateComplete;
      await this.showErrors(pages[index]!.problems());
      return;
    }
    const fields = await this.send();
    if (fields === undefined) return;
    if (fields === null) {
      this.goTo('sent');
      return;
    }
    // The service found a problem the phone did not: show it on its question.
    const problemIndex = pages.findIndex((page) => page.fields.some((field) => fields[field]));
    if (problemIndex < 0) return;
    this.goTo(problemIndex);
    this.changing = true;
    await this.updateComplete;
    await this.showErrors(pages[problemIndex]!.fields.filter((field) => fields[field]).map((field) => this.fieldProblem(field, fields[field]!)));
  }

  private renderCheck() {
    const pages = this.pages();
    return html`
      <dl class="ssc-summary-list">
        ${pages.flatMap((page, index) =>
          page.summary().map(
            (row) => html`<div>
              <dt>${row.term}</dt>
              <dd dir=${row.dir ?? 'auto'}>${row.value}</dd>
              <dd class="ssc-summary-list__action">
                <a
                  href=${location.pathname}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    this.changing = true;
                    this.goTo(index);
                  }}
                  >${msg('更改')}<span class="ssc-visually-hidden">${msg(str`：${row.term}`)}</span></a
                >
              </dd>
            </div>`,
          ),
        )}
      </dl>
      ${this.renderCheckNotes()}
      <form novalidate @submit=${this.submitAll}>${this.renderSubmit(this.sendLabel(), 'ssc-send')}</form>
    `;
  }

  protected renderStep() {
    if (this.pageAt === 'check') return this.renderCheck();
    if (this.pageAt === 'sent') return this.renderSent();
    const page = this.current();
    if (!page) return nothing;
    return html`<form novalidate @submit=${this.next}>${page.render()} ${this.renderSubmit(msg('继续'))}</form>`;
  }
}
