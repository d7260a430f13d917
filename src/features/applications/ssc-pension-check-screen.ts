import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CardScreenElement } from '../../flow/card-screen.js';
import { api, openSession } from '../../api/client.js';
import { Application, ApplicationsResponse } from '../../api/contract.js';
import { cameraProblemOf, captureFrame, closeCamera, openCamera, showPreview, untilSettled, type CameraProblem } from '../../flow/camera.js';
import { relativeAs } from '../family/remote.js';
import { dispatch } from '../../flow/store.js';
import { formatDate } from '../../flow/messages.js';
import { whatHappensNext } from './words.js';
import { cue } from '../../modes/cues.js';
import { summaryList } from '../../ui/summary-list.js';
import { referenceNumber } from '../../ui/reference.js';

/**
 * The yearly pension qualification check (养老金资格认证): a face check by camera, which keeps the
 * pension paid for another year. The pensioner does it from "my card", or on their own phone when
 * a relative asked them to (then this is all that phone does, and the relative sees it done).
 * Without a camera there is no other way on a phone: a service centre or a home visit does it,
 * and the page says how to ask for one.
 */
@customElement('ssc-pension-check-screen')
@localized()
export class SscPensionCheckScreen extends CardScreenElement {
  @state() private done: Application | null = null;
  /** Already done this year (from my card): until when it holds. */
  @state() private validUntil: string | null = null;
  @state() private cameraProblem: CameraProblem | null = null;
  @state() private cameraReady = false;
  private stream: MediaStream | null = null;
  @query('video') private video!: HTMLVideoElement | null;

  /** Asked by a relative and confirmed on this phone (not from the person's own "my card"). */
  private get asked() {
    return this.flow.state.progress.pensionCheck;
  }

  private get finished(): boolean {
    return this.done !== null || this.validUntil !== null || this.asked?.status === 'done';
  }

  protected stepTitle(): string {
    if (this.finished) return msg('养老金资格认证已完成');
    const asked = this.asked;
    if (asked) return msg(str`${asked.relative.name}请您做养老金资格认证`);
    return msg('养老金资格认证');
  }

  protected override stepInstruction(): string {
    if (this.finished) return '';
    return msg('请把手机举到面前，让脸出现在画面中间，光线要充足。准备好后选择“开始认证”，并保持不动。');
  }

  protected override renderBackLink() {
    // The pensioner's phone opened this from a relative's request: there is no "my card" to go back to.
    return this.asked ? nothing : super.renderBackLink();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.asked) void this.startCamera();
    else void this.loadOwn();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    closeCamera(this.stream);
  }

  /** From my card: done already this year? Then say so rather than ask for the face again. */
  private async loadOwn(): Promise<void> {
    const result = await this.askService(() => api.get('/api/applications', ApplicationsResponse), '', 'pension-start');
    if (result === undefined) return;
    this.validUntil = result.pensionCheckValidUntil;
    if (!this.validUntil) void this.startCamera();
  }

  private async startCamera(): Promise<void> {
    if (this.finished) return;
    try {
      this.stream = await openCamera('user');
      await this.updateComplete;
      await showPreview(this.video, this.stream);
      this.cameraReady = true;
      cue('waiting', msg('摄像头已打开。请把脸放在画面中间，保持不动。'));
    } catch (error) {
      this.cameraProblem = cameraProblemOf(error);
      cue('error', this.noCameraText());
    }
  }

  private noCameraText(): string {
    switch (this.cameraProblem) {
      case 'denied':
        return msg('没有获得使用摄像头的允许。可以在浏览器设置里允许后再试，或者拨打 12333 预约工作人员上门认证。');
      case 'busy':
        return msg('摄像头暂时打不开，可能有别的应用正在使用。关掉它以后选择“再试一次”，或者拨打 12333 预约工作人员上门认证。');
      default:
        return msg('这台设备的摄像头用不了。可以换一台有摄像头的手机，或者拨打 12333 预约工作人员上门认证。');
    }
  }

  /** After allowing the camera in the browser's settings, or closing the app that held it. */
  private retryCamera(): void {
    this.cameraProblem = null;
    void this.startCamera();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    await untilSettled(() => this.cameraReady || this.cameraProblem !== null);
    if (!this.video || !this.cameraReady) return;
    const image = captureFrame(this.video);
    const result = await this.askService(
      (channel) => api.post('/api/applications/pension-check', Application, { image }, channel),
      msg('正在认证，请保持不动…'),
      'pension-start',
    );
    if (result === undefined) return;
    closeCamera(this.stream);
    this.stream = null;
    this.errors = [];
    this.done = result;
    cue('success', msg(str`认证完成，编号 ${result.reference}`));
    if (this.asked) {
      // The service now says the request is done: the page keeps showing it after a reload.
      const session = await openSession();
      dispatch({ type: 'resume', progress: session.progress });
    }
    await this.enterPage();
  }

  private renderFinished() {
    const done = this.done;
    const asked = this.asked;
    const reference = done?.reference ?? asked?.reference ?? null;
    return html`
      ${reference
        ? html`<div class="ssc-panel ssc-panel--confirmation">
            <p>${msg('认证编号')}</p>
            ${referenceNumber(reference)}
          </div>`
        : nothing}
      ${done ? html`<p>${whatHappensNext(done)}</p>` : nothing}
      ${!done && this.validUntil ? html`<p>${msg(str`您今年已经认证过了，有效期到${formatDate(this.validUntil)}。养老金照常发放，不需要再做。`)}</p>` : nothing}
      ${asked ? html`<p>${msg(str`${asked.relative.name}会看到您已经完成认证，看不到您的照片。`)}</p>` : nothing}
    `;
  }

  protected renderStep() {
    if (this.finished) return this.renderFinished();
    const asked = this.asked;
    const unavailable = this.cameraProblem !== null;
    return html`
      ${asked
        ? summaryList([{ term: msg('谁请您做'), value: relativeAs(asked.relative.name, asked.relative.relationship) }])
        : nothing}
      <p>${msg('每年认证一次，证明本人健在，养老金才会继续发放。认证只需要刷脸，不需要去社保服务中心。')}</p>
      <p id="pension-instructions">${this.stepInstruction()}</p>
      ${unavailable
        ? html`<div class="ssc-panel">
            <p>${this.noCameraText()}</p>
            <button type="button" id="pension-camera-retry" class="ssc-button ssc-button--secondary" @click=${this.retryCamera}>${msg('再试一次')}</button>
          </div>`
        : html`<video class="ssc-camera" autoplay muted playsinline aria-label=${msg('摄像头画面')} aria-describedby="pension-instructions"></video>`}
      <form novalidate @submit=${this.submit}>${unavailable ? nothing : this.renderSubmit(msg('开始认证'), 'pension-start')}</form>
      <p>${msg('照片只用于这一次认证，不会保存在手机上。')}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-pension-check-screen': SscPensionCheckScreen;
  }
}
