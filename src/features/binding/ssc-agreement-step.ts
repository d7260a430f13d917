import { html, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { StepElement } from '../../flow/step-element.js';
import { dispatch } from '../../flow/store.js';
import { api, ApiFailure } from '../../api/client.js';
import { AgreementResponse, SignResponse } from '../../api/contract.js';
import { SCREEN_PATHS, type StepId } from '../../flow/state.js';
import { documentName, documentNumberLabel } from './identity-words.js';
import type { SscDialog } from '../../ui/ssc-dialog.js';
import '../../ui/ssc-choice-group.js';
import '../../ui/ssc-dialog.js';
import { summaryList } from '../../ui/summary-list.js';
import { confirmBody } from '../../ui/confirm-body.js';
import { issuerName } from '../../flow/card-names.js';

/**
 * Step 5: the service agreement in the UI language, in a region the keyboard can scroll; a
 * check-your-answers summary with a change link for each answer; then agree and sign.
 */
@customElement('ssc-agreement-step')
@localized()
export class SscAgreementStep extends StepElement {
  protected readonly stepId = 'agreement' as const;
  @state() private agreement: AgreementResponse | null = null;
  @state() private agreed = false;
  @query('#sign-dialog') private signDialog!: SscDialog;

  protected stepTitle(): string {
    return msg('阅读并签署服务协议');
  }

  protected override stepInstruction(): string {
    return msg('请核对您的信息，阅读服务协议，同意后签署。');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The agreement is the service's text: fetch it again whenever the language changes.
    const locale = this.settings.value.locale;
    if (this.agreement?.lang !== locale && this.busy === 'idle') void this.load(locale);
  }

  private loading = '';
  private async load(locale: string): Promise<void> {
    if (this.loading === locale) return;
    this.loading = locale;
    try {
      this.agreement = await api.get(`/api/agreement?lang=${encodeURIComponent(locale)}`, AgreementResponse);
    } catch {
      this.agreement = null;
    } finally {
      this.loading = '';
    }
  }

  /** Signing cannot be undone, so it is confirmed in plain words first. */
  private async askToSign(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.agreed) {
      await this.showErrors([{ fieldId: 'agree-yes', message: () => msg('请先阅读服务协议，并勾选“我已阅读并同意”') }]);
      return;
    }
    if (!this.agreement || this.busy !== 'idle') return;
    this.errors = [];
    await this.signDialog.show();
  }

  private async sign(): Promise<void> {
    this.signDialog.close();
    if (!this.agreement) return;
    const version = this.agreement.version;
    const result = await this.callService(
      (channel) => api.post('/api/agreement/sign', SignResponse, { version, agreed: true }, channel),
      msg('正在签署服务协议…'),
    );
    if (result === undefined) return;
    if (result instanceof ApiFailure) {
      if (result.code === 'agreement_outdated') this.agreement = null;
      this.showServiceProblem(result, 'agree-yes');
      return;
    }
    dispatch({ type: 'agreement-signed', version: result.version, signedAt: result.signedAt });
  }

  private change(step: StepId) {
    return (event: Event) => {
      event.preventDefault();
      dispatch({ type: 'change', step });
    };
  }

  private renderAnswers() {
    const { identity, identityVerifiedBy, card } = this.flow.state.progress;
    const rows: { label: string; value: string; step: StepId; dir?: 'ltr' }[] = [
      { label: msg('姓名'), value: identity?.name ?? '', step: 'identity' },
      ...(identity && identity.document !== 'resident_id' ? [{ label: msg('证件'), value: documentName(identity.document), step: 'identity' as const }] : []),
      { label: documentNumberLabel(identity?.document ?? 'resident_id'), value: identity?.idNumberMasked ?? '', step: 'identity', dir: 'ltr' },
      { label: msg('手机号码'), value: identity?.phoneMasked ?? '', step: 'identity', dir: 'ltr' },
      { label: msg('核验方式'), value: identityVerifiedBy === 'face' ? msg('刷脸核验') : msg('短信验证码'), step: 'identity' },
      { label: msg('社保卡'), value: card ? `${card.cardNumberMasked} · ${issuerName(card.issuer)}` : '', step: 'card' },
    ];
    return html`
      <h2 class="ssc-heading-m">${msg('核对您的信息')}</h2>
      ${summaryList(
        rows.map((row) => ({
          term: row.label,
          value: row.value,
          dir: row.dir,
          action: html`<a href=${SCREEN_PATHS[row.step]} @click=${this.change(row.step)}>${msg('更改')}<span class="ssc-visually-hidden">${row.label}</span></a>`,
        })),
      )}
    `;
  }

  private renderAgreement() {
    const agreement = this.agreement;
    if (!agreement) return html`<p>${msg('正在读取服务协议…')}</p>`;
    return html`
      <section class="ssc-scroll-region" tabindex="0" aria-labelledby="agreement-title" lang=${agreement.lang}>
        <h2 class="ssc-heading-m" id="agreement-title">${agreement.title}</h2>
        ${agreement.sections.map(
          (section) => html`<h3 class="ssc-heading-s">${section.heading}</h3>
            ${section.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}`,
        )}
      </section>
      <p class="ssc-hint">${msg('协议版本')} <span dir="ltr">${agreement.version}</span></p>
    `;
  }

  protected renderStep() {
    return html`
      ${this.renderAnswers()} ${this.renderAgreement()}
      <form novalidate @submit=${this.askToSign}>
        <ssc-choice-group
          type="checkbox"
          name="agree"
          legend=${msg('同意服务协议')}
          .options=${[{ value: 'yes', label: msg('我已阅读并同意上面的服务协议') }]}
          .selected=${this.agreed ? ['yes'] : []}
          error=${this.errorFor('agree-yes')}
          @ssc-change=${(event: CustomEvent<{ selected: string[] }>) => (this.agreed = event.detail.selected.includes('yes'))}
        ></ssc-choice-group>
        ${this.agreement ? this.renderSubmit(msg('签署协议')) : nothing}
      </form>
      <ssc-dialog
        id="sign-dialog"
        heading=${msg('确定签署服务协议吗？')}
        .parts=${confirmBody({
          text: msg('签署后协议立即生效，不能撤回。以后如果不想用了，可以解除绑定。'),
          confirmLabel: msg('确定签署'),
          cancelLabel: msg('再看看'),
          onConfirm: () => void this.sign(),
          onCancel: () => this.signDialog.close(),
        })}
      ></ssc-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-agreement-step': SscAgreementStep;
  }
}
