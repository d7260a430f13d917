import { html, nothing } from 'lit';
import { customElement, query } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { StepElement } from './step-element.js';
import { dispatch } from './store.js';
import { api, ApiFailure } from '../api/client.js';
import { serviceName } from './services.js';
import { formatLocales } from '../modes/locale.js';
import { cue } from '../modes/cues.js';
import type { SscDialog } from '../ui/ssc-dialog.js';
import { z } from 'zod';
import '../ui/ssc-dialog.js';
import { summaryList } from '../ui/summary-list.js';
import { confirmBody } from '../ui/confirm-body.js';
import { hasCrossBorderLimits } from '../domain/cross-border.js';
import './ssc-cross-border-limits.js';

/** The confirmation with its reference number and what happens next, then "my card": status, services, unbind. */
@customElement('ssc-done-screen')
@localized()
export class SscDoneScreen extends StepElement {
  protected readonly stepId = null;
  @query('ssc-dialog') private dialog!: SscDialog;

  protected stepTitle(): string {
    return msg('社保卡绑定成功');
  }

  protected override stepInstruction(): string {
    const reference = this.flow.state.progress.binding?.reference;
    return reference ? msg(str`您的参考编号是 ${reference.split('').join(' ')}`) : '';
  }

  private async unbind(): Promise<void> {
    this.dialog.close();
    const result = await this.callService(() => api.delete('/api/binding', z.null()), msg('正在解除绑定…'));
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, 'unbind');
      return;
    }
    if (result === undefined) return;
    cue('success', msg('已解除绑定'));
    dispatch({ type: 'unbound' });
  }

  protected renderStep() {
    const { binding, identity } = this.flow.state.progress;
    if (!binding) return nothing;
    const boundAt = new Intl.DateTimeFormat(formatLocales(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(binding.boundAt));
    return html`
      <div class="ssc-panel ssc-confirmation">
        <p>${msg('您的参考编号')}</p>
        <p class="ssc-reference" dir="ltr">${binding.reference}</p>
      </div>
      <h2 class="ssc-heading-m">${msg('接下来')}</h2>
      <ul>
        <li>${msg('医保码现在就可以在医院和药店使用。')}</li>
        <li>${msg('我们会给您发送一条确认短信。')}</li>
        <li>${msg('如果有疑问，请拨打 12333 并提供参考编号。')}</li>
      </ul>
      <h2 class="ssc-heading-m">${msg('我的社保卡')}</h2>
      ${summaryList([
        { term: msg('状态'), value: msg('已绑定') },
        { term: msg('社保卡'), value: binding.card.cardNumberMasked, dir: 'ltr' },
        { term: msg('绑定时间'), value: boundAt },
        {
          term: msg('已开通的服务'),
          value: html`<ul class="ssc-plain-list">${binding.services.map((id) => html`<li>${serviceName(id)}</li>`)}</ul>`,
        },
      ])}
      ${identity && hasCrossBorderLimits(identity.document)
        ? // The unbind button gets its own heading, or it would read as part of the limits.
          html`<ssc-cross-border-limits></ssc-cross-border-limits>
            <h2 class="ssc-heading-m">${msg('解除绑定')}</h2>`
        : nothing}
      <button type="button" id="unbind" class="ssc-button ssc-button--secondary" aria-haspopup="dialog" @click=${() => this.dialog.show()}>
        ${msg('解除绑定')}
      </button>
      <ssc-dialog
        id="unbind-dialog"
        heading=${msg('确定要解除绑定吗？')}
        .body=${confirmBody({
          text: msg('解除后，手机上的医保码、账户查询和提醒都会停止。您以后可以重新绑定。'),
          confirmLabel: msg('解除绑定'),
          cancelLabel: msg('取消'),
          onConfirm: () => void this.unbind(),
          onCancel: () => this.dialog.close(),
          warning: true,
        })}
      ></ssc-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-done-screen': SscDoneScreen;
  }
}
