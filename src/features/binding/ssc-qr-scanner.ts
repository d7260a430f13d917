import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LightElement } from '../../ui/light-element.js';
import { fieldClass, fieldIds, renderError } from '../../ui/ssc-field.js';
import { cue } from '../../modes/cues.js';
import { cameraProblemOf, closeCamera, openCamera, type CameraProblem } from '../../flow/camera.js';
// The decoder's WebAssembly is served by us (no CDN); Vite copies it and gives its URL.
import zxingWasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

type Detector = { detect(source: ImageBitmapSource): Promise<{ rawValue: string }[]> };

let detectorPromise: Promise<Detector> | undefined;

/** Loads the QR decoder only when someone chooses to scan: it is large and most people type. */
function loadDetector(): Promise<Detector> {
  detectorPromise ??= import('barcode-detector/ponyfill').then(({ BarcodeDetector, setZXingModuleOverrides }) => {
    setZXingModuleOverrides({ locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? zxingWasmUrl : prefix + path) });
    return new BarcodeDetector({ formats: ['qr_code'] });
  });
  return detectorPromise;
}

/** How often spoken guidance may repeat while no code is found. */
const GUIDANCE_EVERY_MS = 8000;

/**
 * Scans the QR code on the card with the camera, or reads it from a photo. No scanner library
 * has an accessible interface, so this one speaks: what to do, when to move the card, when it
 * has the code.
 *
 * @fires ssc-scanned - a code was read: `{ token }`, the code's (opaque) text.
 */
@customElement('ssc-qr-scanner')
@localized()
export class SscQrScanner extends LightElement {
  @state() private problem: CameraProblem | null = null;
  @state() private photoFailed = false;
  @query('video') private video!: HTMLVideoElement | null;
  private stream: MediaStream | null = null;
  private scanning = false;
  private lastGuidance = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop();
  }

  private stop(): void {
    this.scanning = false;
    closeCamera(this.stream);
    this.stream = null;
  }

  private async start(): Promise<void> {
    try {
      this.stream = await openCamera('environment');
    } catch (error) {
      this.problem = cameraProblemOf(error);
      cue('error', msg('摄像头无法使用。您可以上传社保卡照片，或者输入卡号。'));
      return;
    }
    await this.updateComplete;
    if (!this.video) return;
    this.video.srcObject = this.stream;
    await this.video.play().catch(() => undefined);
    cue('waiting', msg('摄像头已打开。请把社保卡背面的二维码放在画面中间，距离约 20 厘米。'));
    this.lastGuidance = Date.now();
    this.scanning = true;
    void this.scanLoop();
  }

  private async scanLoop(): Promise<void> {
    const detector = await loadDetector();
    while (this.scanning && this.video) {
      if (this.video.readyState >= 2) {
        const codes = await detector.detect(this.video).catch(() => []);
        if (codes[0]) {
          this.found(codes[0].rawValue);
          return;
        }
        if (Date.now() - this.lastGuidance > GUIDANCE_EVERY_MS) {
          this.lastGuidance = Date.now();
          cue('waiting', msg('还没有找到二维码。请把卡移近一些，保持不动，光线要充足。'));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  private found(token: string): void {
    this.stop();
    this.dispatchEvent(new CustomEvent('ssc-scanned', { detail: { token }, bubbles: true }));
  }

  private async onPhoto(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.photoFailed = false;
    cue('waiting', msg('正在识别照片中的二维码…'));
    try {
      const [detector, bitmap] = await Promise.all([loadDetector(), createImageBitmap(file)]);
      const codes = await detector.detect(bitmap);
      if (codes[0]) {
        this.found(codes[0].rawValue);
        return;
      }
    } catch {
      // An unreadable file is reported the same way as a photo without a code.
    }
    this.photoFailed = true;
    cue('error', msg('照片中没有找到二维码。请换一张清晰的照片，或者输入卡号。'));
  }

  protected override render() {
    // Not a field element (the file input is its own kind), but the same pieces as one.
    const photoError = this.photoFailed ? msg('照片中没有找到二维码。请换一张清晰的照片，或者输入卡号。') : '';
    const { errorId, describedBy } = fieldIds('card-photo', '', photoError);
    return html`
      <p id="qr-instructions">${msg('把社保卡背面的二维码放在画面中间，距离约 20 厘米，找到后会自动继续。')}</p>
      ${this.problem
        ? html`<div class="ssc-panel"><p>${msg('摄像头无法使用。您可以上传社保卡照片，或者输入卡号。')}</p></div>`
        : html`<video class="ssc-camera" autoplay muted playsinline aria-label=${msg('摄像头画面')} aria-describedby="qr-instructions"></video>`}
      <div class=${fieldClass(photoError)}>
        <label class="ssc-label" for="card-photo">${msg('上传社保卡背面的照片')}</label>
        ${renderError(errorId, photoError)}
        <input
          class="ssc-file"
          id="card-photo"
          type="file"
          accept="image/*"
          aria-describedby=${describedBy || nothing}
          @change=${this.onPhoto}
        />
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-qr-scanner': SscQrScanner;
  }
}
