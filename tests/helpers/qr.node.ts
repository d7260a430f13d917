// Reads a QR code from a screenshot, with the same ZXing library the app scans with: what a
// cashier's scanner would get from the screen.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

let ready: Promise<void> | undefined;

export async function readQrCode(png: Buffer): Promise<string> {
  ready ??= (async () => {
    const wasm = await readFile(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
  })();
  await ready;
  const [found] = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'], tryHarder: true });
  return found?.text ?? '';
}
