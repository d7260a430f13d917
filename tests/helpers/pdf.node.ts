// What a PDF holds, read as a reader or a screen reader would: its text by pdf.js (the engine of
// Firefox's viewer), its language and title, its structure tree (roles, languages, alternative
// text), the ActualText of its marked spans, and the fonts it embeds.
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface StructNode {
  role: string;
  lang?: string;
  alt?: string;
  children: (StructNode | { type: 'content' })[];
}

export interface ReadPdf {
  language: string | undefined;
  title: string | undefined;
  /** Each page's text, its runs joined by a space. */
  pages: string[];
  /** Each page's structure tree (pdf.js gives it per page). */
  trees: StructNode[];
  /** The ActualText of every marked span, in content order. */
  actualTexts: string[];
  /** The base names of the fonts embedded (a subset's are prefixed ABCDEF+). */
  embeddedFonts: string[];
}

/** A PDF string object's text: (…) with escapes, or <…> in hex; UTF-16 when it starts with FE FF. */
function pdfString(raw: string): string {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  const latin1 = raw.startsWith('<')
    ? Buffer.from(raw.slice(1, -1), 'hex').toString('latin1')
    : raw.slice(1, -1).replace(/\\([0-7]{1,3}|.)/gs, (_, escaped: string) => (/^[0-7]/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : (escapes[escaped] ?? escaped)));
  const bytes = Buffer.from(latin1, 'latin1');
  return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString('utf16le') : latin1;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const { info } = (await pdf.getMetadata()) as { info: { Language?: string; Title?: string } };
  const pages: string[] = [];
  const trees: StructNode[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const text = await page.getTextContent();
    pages.push(
      text.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((str) => str.trim() !== '')
        .join(' '),
    );
    trees.push((await page.getStructTree()) as unknown as StructNode);
  }
  await pdf.destroy();

  const raw = Buffer.from(bytes).toString('latin1');
  const streams = [...raw.matchAll(/stream\r?\n/g)].map((match) => {
    const start = match.index! + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      return inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1');
    } catch {
      return '';
    }
  });
  const actualTexts = streams.flatMap((content) => [...content.matchAll(/\/ActualText\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f]*>)/g)].map((match) => pdfString(match[1]!)));
  const embeddedFonts = [...raw.matchAll(/\/FontName\s*\/([A-Za-z0-9+_-]+)/g)].map((match) => match[1]!);
  return { language: info.Language, title: info.Title, pages, trees, actualTexts, embeddedFonts };
}

/** Every node of a structure tree, depth first (reading order). */
export function structNodes(tree: StructNode): StructNode[] {
  return [tree, ...tree.children.flatMap((child) => ('role' in child ? structNodes(child) : []))];
}
