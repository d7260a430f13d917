import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { formatDate } from '../../flow/messages.js';
import { api } from '../../api/client.js';
import { InsuranceProof, type AppLocale } from '../../api/contract.js';
import { cue } from '../../modes/cues.js';
import { getLocale } from '../../modes/locale.js';
import { setFocus } from '../../ui/focus.js';
import { summaryList } from '../../ui/summary-list.js';

/**
 * The proof of insurance (参保证明): the service makes it as a tagged PDF, in Chinese and, when the
 * app is in another language, in that language too, with a check code and a QR for whoever is
 * given it. The file is offered for download from memory: nothing of it is kept on the device
 * unless the person saves it.
 */
@customElement('ssc-insurance-proof-screen')
@localized()
export class SscInsuranceProofScreen extends CardScreenElement {
  @state() private proof: InsuranceProof | null = null;
  private fileUrl = '';

  protected stepTitle(): string {
    return msg('参保证明');
  }

  protected override stepInstruction(): string {
    return msg('开具一份参保证明，证明您正在参加养老、医疗和失业保险。它是 PDF 文件，可以打印，也可以发给单位或学校。');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.fileUrl) URL.revokeObjectURL(this.fileUrl);
  }

  private async issue(): Promise<void> {
    const proof = await this.askService(
      (channel) => api.post('/api/insurance-proofs', InsuranceProof, { locale: getLocale() as AppLocale }, channel),
      msg('正在开具参保证明…'),
      'insurance-proof-issue',
    );
    if (!proof) return;
    const bytes = Uint8Array.from(atob(proof.pdf), (char) => char.charCodeAt(0));
    this.fileUrl = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
    this.proof = proof;
    await this.updateComplete;
    // The button pressed is gone: the heading of what took its place takes the focus and is read.
    setFocus(this.querySelector<HTMLElement>('#insurance-proof-ready'));
    cue('success', msg('参保证明已开具，可以下载了。'), { announce: false });
  }

  private languageNote(): string {
    // Each language's own words name that language: "…followed by the same in English."
    return getLocale() === 'zh-Hans' ? msg('证明用中文写。') : msg('证明用中文写，后面附上同样内容的译文。');
  }

  private renderProof(proof: InsuranceProof) {
    const kilobytes = Math.max(1, Math.round(atob(proof.pdf).length / 1024));
    return html`
      <div class="ssc-panel">
        <h2 id="insurance-proof-ready" class="ssc-heading-m" tabindex="-1">${msg('参保证明已开具')}</h2>
        ${summaryList([
          { term: msg('核验码'), value: proof.code, dir: 'ltr' },
          { term: msg('有效期至'), value: formatDate(proof.contents.validUntil) },
        ])}
        <p>
          <a class="ssc-button" href=${this.fileUrl} download=${msg(str`参保证明-${proof.contents.issuedOn}.pdf`)}
            >${msg(str`下载参保证明（PDF 文件，${kilobytes} KB）`)}</a
          >
        </p>
      </div>
      <p>${msg('需要新的一份时，可以回到这里再开具一份，它会有新的核验码。')}</p>
    `;
  }

  protected renderStep() {
    return html`
      <p>${this.stepInstruction()}</p>
      <p>${this.languageNote()}</p>
      <p>${msg('收到证明的人可以扫描证明上的二维码，或者在核验网页输入核验码，看到证明写的内容，确认它是真的。证明 90 天内有效。')}</p>
      ${this.proof
        ? this.renderProof(this.proof)
        : html`<button id="insurance-proof-issue" type="button" class="ssc-button" @click=${this.issue}>${msg('开具参保证明')}</button>`}
      ${this.proof ? nothing : html`<p>${msg('需要盖章的纸质证明，可以到社保服务网点打印。')}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-insurance-proof-screen': SscInsuranceProofScreen;
  }
}
