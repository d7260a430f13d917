// QR codes, drawn by the same ZXing library that reads them, its WebAssembly read from disk.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';

let writerReady: Promise<void> | undefined;
/** `text` as a QR code, in SVG. */
export async function qrSvg(text: string): Promise<string> {
  writerReady ??= (async () => {
    const wasm = await readFile(createRequire(import.meta.url).resolve('zxing-wasm/writer/zxing_writer.wasm'));
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
  })();
  await writerReady;
  const result = await writeBarcode(text, { format: 'QRCode', scale: 6 });
  return result.svg;
}
