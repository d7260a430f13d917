import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { readReference, referenceNumber } from '../../ui/reference.js';
import type { FrozenReason } from '../../api/contract.js';
import { renderHavingTrouble } from '../help/having-trouble.js';

/**
 * Theft risk, or "this wasn't me": the binding is frozen for manual review. Said plainly, with what
 * has been done and what to do next.
 */
@customElement('ssc-frozen-screen')
@localized()
export class SscFrozenScreen extends StepElement {
  protected readonly stepId = null;

  protected stepTitle(): string {
    return msg('绑定已暂停，需要人工审核');
  }

  protected override helpSection(): string {
    return 'problem-frozen';
  }

  protected override stepInstruction(): string {
    const frozen = this.flow.state.progress.frozen;
    return frozen ? msg(str`您的审核编号是 ${readReference(frozen.reviewReference)}。请带上身份证和社保卡到社保经办机构办理，或拨打 12333。`) : '';
  }

  private whyStopped(reason: FrozenReason): string {
    switch (reason) {
      case 'reported_stolen':
        return msg('这张社保卡已经挂失。为了保护您的资金安全，绑定已暂停，没有绑定任何内容。');
      case 'bound_elsewhere':
        return msg('这张社保卡已经在另一个账号上绑定。为了防止他人冒用，绑定已暂停，没有绑定任何内容。');
      case 'not_me':
        return msg('您报告了不是您本人的操作。社保卡支付已经暂停，家人的权限已经取消，所有设备都已退出。');
    }
  }

  protected renderStep() {
    const frozen = this.flow.state.progress.frozen;
    if (!frozen) return nothing;
    return html`
      <div class="ssc-panel ssc-notice">
        <p>${this.whyStopped(frozen.reason)}</p>
        <p>${msg('您的审核编号')}</p>
        ${referenceNumber(frozen.reviewReference)}
      </div>
      <h2 class="ssc-heading-m">${msg('接下来怎么办')}</h2>
      <ol>
        <li>${msg('带上身份证和社保卡，到就近的社保经办机构或合作银行网点办理；或者')}</li>
        <li>${msg('拨打 12333，告诉客服您的审核编号。')}</li>
        <li>${msg('审核一般需要 1 到 3 个工作日，结果会用短信通知您。')}</li>
      </ol>
      ${frozen.reason === 'not_me'
        ? html`<p>${msg('12333 会在 1 个工作日内打电话给您，核实发生了什么。审核结束前，账户里的钱不会被人用社保卡取走或支付。')}</p>`
        : html`<p>${msg('如果卡不是您挂失的，或者您没有在其他地方绑定过，请尽快拨打 12333。')}</p>`}
      ${renderHavingTrouble()}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-frozen-screen': SscFrozenScreen;
  }
}
