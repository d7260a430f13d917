import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { api, ApiFailure } from '../../api/client.js';
import { Binding, ServiceId, SERVICE_IDS } from '../../api/contract.js';
import { serviceName, serviceDescription } from '../../flow/services.js';
import '../../ui/ssc-choice-group.js';

/** Step 6: which services to turn on; then the binding is made. */
@customElement('ssc-services-step')
@localized()
export class SscServicesStep extends StepElement {
  protected readonly stepId = 'services' as const;
  @state() private chosen: ServiceId[] = [...SERVICE_IDS];

  protected stepTitle(): string {
    return msg('选择要开通的服务');
  }

  protected override stepInstruction(): string {
    return msg('以后可以在“我的社保卡”里随时开通或关闭。');
  }

  // The step asks one question: its legend is the page's h1 (a question page), so the first
  // service is on the first screen at 200 % text in every language.
  protected override questionIsHeading(): boolean {
    return true;
  }

  private async bind(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.chosen.length === 0) {
      await this.showErrors([{ fieldId: `services-${SERVICE_IDS[0]}`, message: () => msg('请至少选择一项服务') }]);
      return;
    }
    const services = this.chosen;
    const result = await this.callService((channel) => api.post('/api/binding', Binding, { services }, channel), msg('正在绑定社保卡…'));
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      this.showServiceProblem(result, `services-${SERVICE_IDS[0]}`);
      return;
    }
    dispatch({ type: 'bound', binding: result });
  }

  protected renderStep() {
    return html`
      <form novalidate @submit=${this.bind}>
        <ssc-choice-group
          type="checkbox"
          name="services"
          legend-is-heading
          legend=${this.stepTitle()}
          hint=${msg('以后可以在“我的社保卡”里随时开通或关闭。')}
          .options=${SERVICE_IDS.map((id) => ({ value: id, label: serviceName(id), hint: serviceDescription(id) }))}
          .selected=${this.chosen}
          error=${this.errorFor(`services-${SERVICE_IDS[0]}`)}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) =>
            (this.chosen = SERVICE_IDS.filter((id) => event.detail.selected.includes(id)))}
        ></ssc-choice-group>
        ${this.renderSubmit(msg('确认绑定'))}
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-services-step': SscServicesStep;
  }
}
