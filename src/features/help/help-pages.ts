// The help pages' frame: short question pages (QuestionPagesElement) whose way back leads to the
// screen the person was stuck on (the face check, the code, the review), bound or not; and their
// help in the manual's "having trouble" section.
import { html } from 'lit';
import { msg } from '@lit/localize';
import { QuestionPagesElement } from '../../flow/question-pages.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS } from '../../flow/state.js';

export abstract class HelpPagesElement extends QuestionPagesElement {
  protected override helpSection(): string {
    return 'having-trouble';
  }

  /** Back to where help was asked for: the address is that screen's, so it also opens in a new tab. */
  protected renderLeaveHelp(label = msg('返回')) {
    const from = this.flow.state.helpFrom;
    return html`<p class="ssc-back">
      <a
        href=${from ? SCREEN_PATHS[from] : SCREEN_PATHS.entry}
        @click=${(event: Event) => {
          event.preventDefault();
          dispatch({ type: 'leave-help' });
        }}
        >${label}</a
      >
    </p>`;
  }

  protected override renderBackLink() {
    if (this.pageAt === 0 || this.pageAt === 'sent') return this.renderLeaveHelp();
    return super.renderBackLink();
  }
}
