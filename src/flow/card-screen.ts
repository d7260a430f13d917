// What a bound card unlocks (the payment code, the accounts): pages of their own under "my card",
// each with the way back to it at the top, and their help in the manual's "my card" section.
import { html, type nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { StepElement } from './step-element.js';
import { dispatch } from './store.js';
import { SCREEN_PATHS } from './state.js';

export abstract class CardScreenElement extends StepElement {
  protected readonly stepId = null;

  protected override helpSection(): string {
    return 'my-card';
  }

  protected override renderBackLink(): TemplateResult<1> | typeof nothing {
    return html`<p class="ssc-back">
      <a
        href=${SCREEN_PATHS.done}
        @click=${(event: Event) => {
          event.preventDefault();
          dispatch({ type: 'open', screen: 'done' });
        }}
        >${msg('返回我的社保卡')}</a
      >
    </p>`;
  }
}
