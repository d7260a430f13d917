// QR codes, drawn by the same ZXing library that reads them, its WebAssembly read from disk.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { prepareZXingModule, writeBarcode } from 'zxing-wasm/writer';

let writerReady: Promise<void> | undefined;
function ready(): Promise<void> {
  return (writerReady ??= (async () => {
    const wasm = await readFile(createRequire(import.meta.url).resolve('zxing-wasm/writer/zxing_writer.wasm'));
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer } });
  })());
}

/** `text` as a QR code, in SVG. */
export async function qrSvg(text: string): Promise<string> {
  await ready();
  const result = await writeBarcode(text, { format: 'QRCode', scale: 6 });
  return result.svg;
}

/** `text` as a QR code, a PNG (for a PDF, which draws no SVG). */
export async function qrPng(text: string): Promise<Buffer> {
  await ready();
  const result = await writeBarcode(text, { format: 'QRCode', scale: 8 });
  if (!result.image) throw new Error(`QR not written: ${result.error}`);
  return Buffer.from(await result.image.arrayBuffer());
}
