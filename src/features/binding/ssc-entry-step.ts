import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { SCREEN_PATHS, type Actor } from '../../flow/state.js';
import '../../ui/ssc-choice-group.js';
import { phrases } from '../../ui/phrases.js';

const ACTOR_FIELD = 'actor';

/**
 * Step 1: whose card, then what binding gives, what to have ready and how long it takes; last, the
 * way to report a lost card for someone who has not bound it (or not on this phone).
 */
@customElement('ssc-entry-step')
@localized()
export class SscEntryStep extends StepElement {
  protected readonly stepId = 'entry' as const;
  @state() private actor: Actor | null = null;

  protected stepTitle(): string {
    return msg('绑定社保卡');
  }

  protected override stepInstruction(): string {
    return msg('您要为谁绑定社保卡？');
  }

  private onActorChange(event: CustomEvent<{ selected: string[] }>): void {
    this.actor = event.detail.selected[0] === 'relative' ? 'relative' : 'self';
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (!this.actor) {
      void this.showErrors([{ fieldId: `${ACTOR_FIELD}-self`, message: () => msg('请选择为谁绑定社保卡') }]);
      return;
    }
    void this.showErrors([]);
    dispatch({ type: 'start', actor: this.actor });
  }

  // The first screen, read by everyone: its short texts wrap between phrases too (../ui/phrases.ts).
  // The question and Start come right after the title: at 200 % text on a 320 px phone they are
  // on the first screen (in Uyghur too), and what binding gives, what to have ready and how long
  // it takes follow for whoever reads on (as "Before you start" follows GOV.UK's Start button).
  protected renderStep() {
    return html`
      <form novalidate @submit=${this.onSubmit}>
        <ssc-choice-group
          type="radio"
          name=${ACTOR_FIELD}
          legend=${msg('您要为谁绑定社保卡？')}
          .options=${[
            { value: 'self', label: msg('我自己的社保卡') },
            { value: 'relative', label: msg('家人的社保卡'), hint: msg('家人需要在自己的手机上确认') },
          ]}
          .selected=${this.actor ? [this.actor] : []}
          error=${this.errorFor(`${ACTOR_FIELD}-self`)}
          @ssc-change=${this.onActorChange}
        ></ssc-choice-group>
        <button type="submit" class="ssc-button">${phrases(msg('开始绑定'))}</button>
      </form>
      <p>${phrases(msg('绑定后，您可以用手机：'))}</p>
      <ul>
        <li>${phrases(msg('在医院和药店用医保码付款'))}</li>
        <li>${phrases(msg('查看养老金和医保个人账户'))}</li>
        <li>${phrases(msg('收到待遇到账提醒'))}</li>
        <li>${phrases(msg('在线办理社保业务，不用排队'))}</li>
      </ul>
      <h2 class="ssc-heading-m">${phrases(msg('请准备好'))}</h2>
      <ul>
        <li>${phrases(msg('社保卡（实体卡）'))}</li>
        <li>${phrases(msg('本人正在使用的手机'))}</li>
        <li>${phrases(msg('社保卡金融账户（银行）的 6 位支付密码'))}</li>
      </ul>
      <p>${phrases(msg('大约需要 5 分钟。'))}</p>
      <h2 class="ssc-heading-m">${phrases(msg('社保卡丢了？'))}</h2>
      <p>${phrases(msg('核实身份后就可以马上临时挂失，不用先绑卡。别人捡到卡也不能用它付款。'))}</p>
      <p>
        <a
          href=${SCREEN_PATHS.identity}
          @click=${(event: Event) => {
            event.preventDefault();
            dispatch({ type: 'start', actor: 'lost-card' });
          }}
          >${phrases(msg('挂失社保卡'))}</a
        >
      </p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-entry-step': SscEntryStep;
  }
}
