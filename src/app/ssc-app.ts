import { html } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LightElement } from '../ui/light-element.js';
import { FlowController } from '../flow/store.js';
import { appName } from '../flow/step-element.js';
import type { SscSettingsPanel } from './ssc-settings-panel.js';
import './ssc-settings-panel.js';
import '../flow/ssc-entry-step.js';

/** The shell: skip link, header with settings, the current step, and help on every screen. */
@customElement('ssc-app')
@localized()
export class SscApp extends LightElement {
  private readonly flow = new FlowController(this);
  @query('ssc-settings-panel') private settingsPanel!: SscSettingsPanel;

  private renderStep() {
    switch (this.flow.state.step) {
      default:
        return html`<ssc-entry-step></ssc-entry-step>`;
    }
  }

  protected override render() {
    return html`
      <a class="ssc-skip-link" href="#main">${msg('跳到主要内容')}</a>
      <header class="ssc-header">
        <p class="ssc-header__title">${appName()}</p>
        <button
          type="button"
          class="ssc-button ssc-button--secondary ssc-header__settings"
          aria-haspopup="dialog"
          @click=${() => this.settingsPanel.show()}
        >
          <span aria-hidden="true">⚙</span>${msg('设置')}
        </button>
      </header>
      <main id="main" class="ssc-main" tabindex="-1">${this.renderStep()}</main>
      <footer class="ssc-footer">
        <p>${msg('需要帮助？请拨打社保服务热线')} <a href="tel:12333">12333</a></p>
      </footer>
      <ssc-settings-panel></ssc-settings-panel>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-app': SscApp;
  }
}
