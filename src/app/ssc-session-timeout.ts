import { html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LightElement } from '../ui/light-element.js';
import type { SscDialog } from '../ui/ssc-dialog.js';
import '../ui/ssc-dialog.js';
import { onSessionActivity, openSession } from '../api/client.js';
import { cue } from '../modes/cues.js';

/** The warning comes this long before the service would end an idle session (login.gov: 150 s). */
export const WARN_BEFORE_MS = 3 * 60_000;

/**
 * No step is ended by a timer without warning (WCAG 2.2.1): well before the service's idle
 * session ends, a dialog offers to carry on, as many times as the person needs.
 */
@customElement('ssc-session-timeout')
@localized()
export class SscSessionTimeout extends LightElement {
  @query('ssc-dialog') private dialog!: SscDialog;
  private timer: number | undefined;
  private stop: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stop = onSessionActivity((expiresAt) => this.schedule(expiresAt));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
    window.clearTimeout(this.timer);
  }

  private schedule(expiresAt: number): void {
    window.clearTimeout(this.timer);
    // Ended on purpose ("Clear my data"): nothing left to warn about.
    if (expiresAt === 0) return;
    this.timer = window.setTimeout(() => void this.warn(), Math.max(0, expiresAt - WARN_BEFORE_MS - Date.now()));
  }

  private async warn(): Promise<void> {
    if (this.dialog.open) return;
    await this.dialog.show();
    cue('waiting', msg('您已经有一段时间没有操作了。3 分钟内没有操作，本次办理会结束。'), { announce: false });
  }

  private async keepGoing(): Promise<void> {
    this.dialog.close();
    // Any request slides the session forward; opening it again is the lightest one.
    await openSession().catch(() => undefined);
  }

  protected override render() {
    return html`<ssc-dialog
      id="session-timeout"
      heading=${msg('还需要更多时间吗？')}
      .body=${html`
        <p>${msg('您已经有一段时间没有操作了。3 分钟内没有操作，本次办理会结束。')}</p>
        <p>${msg('已经确认的步骤会保留。')}</p>
      `}
      .actions=${html`<button type="button" class="ssc-button" @click=${() => this.keepGoing()}>${msg('继续办理')}</button>`}
    ></ssc-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-session-timeout': SscSessionTimeout;
  }
}
