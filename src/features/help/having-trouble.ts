// "Having trouble?": under every check that can fail (the face check, the code, a lock, a frozen
// binding), the ways round it that are real and need no camera: the text-message code where it
// applies (the screen's own), a visit booked at a counter, a call back from 12333. Links, so each
// opens in a new tab too; shown only when the service knows who is asking (mayGetHelp).
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { dispatch, getFlowState } from '../../flow/store.js';
import { mayGetHelp, SCREEN_PATHS, type HelpScreen } from '../../flow/state.js';

function helpLink(screen: HelpScreen, label: string) {
  return html`<a
    href=${SCREEN_PATHS[screen]}
    @click=${(event: Event) => {
      event.preventDefault();
      dispatch({ type: 'get-help', screen });
    }}
    >${label}</a
  >`;
}

/**
 * The section, with `before` (the screen's own way round, such as the text-message code) first.
 * `heading` false: the screen has its own "didn't get the code?" heading, and the ways go under it.
 */
export function renderHavingTrouble({ before, heading = true }: { before?: TemplateResult; heading?: boolean } = {}) {
  if (!mayGetHelp(getFlowState().progress)) return before ?? nothing;
  return html`
    ${heading ? html`<h2 class="ssc-heading-m" id="having-trouble">${msg('遇到困难？')}</h2>` : nothing}
    ${before ?? nothing}
    <ul class="ssc-plain-list ssc-having-trouble">
      <li>
        ${helpLink('counter-visit', msg('预约到社保服务网点办理'))}
        <p class="ssc-hint">${msg('工作人员当面核实您的身份。只要带上证件，不用摄像头，也不用接收短信。')}</p>
      </li>
      <li>
        ${helpLink('callback', msg('请 12333 给您回电话'))}
        <p class="ssc-hint">${msg('选一个方便的时间，客服会打电话帮您办理。')}</p>
      </li>
    </ul>
  `;
}
