// The proof of insurance as an accessible tagged PDF, drawn with pdfkit: real text in fonts
// embedded as subsets (WenQuanYi Micro Hei for Chinese, Latin and digits; Noto Sans Arabic for
// Uyghur, shaped by fontkit), the document's language set, and a structure tree a screen reader
// walks: a section per language with its own Lang, H1, paragraphs, tables with captions and
// header cells scoped to their rows or columns, and the QR a figure with alternative text.
// Lines and borders are artifacts. A right-to-left language is laid out from the right, its
// columns too, while its structure keeps the reading order.
import PDFDocument from 'pdfkit';
import type { ProofContents } from '../src/api/insurance-proof.js';
import type { AppLocale } from '../src/api/locale.js';
import { isRightToLeft, PROOF_WORDS, type ProofWords } from './proof-words.js';

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;
interface Dictionary {
  dictionary: { data: Record<string, unknown> };
}

/** The fonts, from Debian's fonts-wqy-microhei and fonts-noto-core unless the service is told otherwise. */
export const PROOF_FONTS = {
  cjk: { path: process.env.PROOF_FONT_CJK ?? '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: process.env.PROOF_FONT_CJK_FAMILY ?? 'WenQuanYiMicroHei' },
  arabic: { path: process.env.PROOF_FONT_ARABIC ?? '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf' },
};

const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const PADDING = 5;
const LINE_GAP = 2;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

export interface ProofToDraw {
  code: string;
  contents: ProofContents;
  /** The public page that checks it, with the code filled in: what the QR holds. */
  checkUrl: string;
  qrPng: Buffer;
  issuedAt: Date;
}

interface TextStyle {
  size?: number;
  rtl: boolean;
  width?: number;
}

class ProofLayout {
  y = PAGE.margin;

  constructor(private readonly doc: Doc) {}

  private fontFor(text: string, size: number | undefined): void {
    this.doc.font(ARABIC_SCRIPT.test(text) ? 'arabic' : 'cjk').fontSize(size ?? 10.5);
  }

  /**
   * Right-to-left lines: pdfkit lays a line out left to right, so the words are placed here, the
   * first at the right edge, each one run in its own font (shaped by fontkit) with the space that
   * follows it, so the text a reader extracts keeps its spaces and its order.
   */
  private rightToLeftLines(text: string, style: TextStyle): { word: string; width: number }[][] {
    const width = style.width ?? CONTENT_WIDTH;
    const lines: { word: string; width: number }[][] = [[]];
    let used = 0;
    for (const [index, word] of text.split(' ').entries()) {
      const run = index < text.split(' ').length - 1 ? `${word} ` : word;
      this.fontFor(run, style.size);
      const runWidth = this.doc.widthOfString(run);
      if (used + runWidth > width && lines.at(-1)!.length > 0) {
        lines.push([]);
        used = 0;
      }
      lines.at(-1)!.push({ word: run, width: runWidth });
      used += runWidth;
    }
    return lines;
  }

  private lineHeight(size: number | undefined): number {
    this.doc.font('cjk').fontSize(size ?? 10.5);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** Text in the font its script needs, wrapped to `style.width`, from the right when `style.rtl`. */
  private draw(text: string, x: number, y: number, style: TextStyle): void {
    if (!style.rtl) {
      this.fontFor(text, style.size);
      this.doc.text(text, x, y, { width: style.width ?? CONTENT_WIDTH, lineGap: LINE_GAP });
      return;
    }
    const right = x + (style.width ?? CONTENT_WIDTH);
    const lineHeight = this.lineHeight(style.size);
    this.rightToLeftLines(text, style).forEach((line, index) => {
      let cursor = right;
      for (const { word, width } of line) {
        cursor -= width;
        this.fontFor(word, style.size);
        // The words as typed: the glyphs are in visual order, and a ligature (لا) would be read
        // back reversed without it.
        this.doc.markContent('Span', { actual: word });
        this.doc.text(word, cursor, y + index * lineHeight, { lineBreak: false });
        this.doc.endMarkedContent();
      }
    });
  }

  private heightOf(text: string, style: TextStyle): number {
    if (style.rtl) return this.rightToLeftLines(text, style).length * this.lineHeight(style.size);
    this.fontFor(text, style.size);
    return this.doc.heightOfString(text, { width: style.width ?? CONTENT_WIDTH, lineGap: LINE_GAP });
  }

  private artifact(drawing: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' });
    drawing();
    this.doc.endMarkedContent();
  }

  block(parent: Struct, type: 'H1' | 'P', text: string, style: TextStyle): void {
    const height = this.heightOf(text, style);
    const y = this.y;
    parent.add(this.doc.struct(type, {}, () => this.draw(text, PAGE.margin, y, style)));
    this.y += height + (type === 'H1' ? 14 : 10);
  }

  /**
   * A table: `rows[i][j]` in reading order, `header` saying which cells head their column (the
   * first row) or their row (the first cell). Columns are laid out from the right when `rtl`.
   */
  table(parent: Struct, caption: string, rows: string[][], options: { widths: number[]; header: 'row' | 'both'; rtl: boolean }): void {
    const doc = this.doc;
    const table = doc.struct('Table');
    parent.add(table);
    const captionStyle = { rtl: options.rtl, size: 12 };
    const captionHeight = this.heightOf(caption, captionStyle);
    const captionY = this.y;
    table.add(doc.struct('Caption', {}, () => this.draw(caption, PAGE.margin, captionY, captionStyle)));
    this.y += captionHeight + 4;

    const widths = options.widths.map((share) => share * CONTENT_WIDTH);
    const left = (column: number) => {
      const before = widths.slice(0, column).reduce((sum, width) => sum + width, 0);
      return options.rtl ? PAGE.margin + CONTENT_WIDTH - before - widths[column]! : PAGE.margin + before;
    };
    rows.forEach((cells, rowIndex) => {
      const styles = cells.map((_, column) => ({ rtl: options.rtl, width: widths[column]! - 2 * PADDING }));
      const height = Math.max(...cells.map((text, column) => this.heightOf(text, styles[column]!))) + 2 * PADDING;
      const y = this.y;
      const row = doc.struct('TR');
      table.add(row);
      cells.forEach((text, column) => {
        const scope = options.header === 'both' && rowIndex === 0 ? 'Column' : column === 0 ? 'Row' : null;
        const cell = doc.struct(scope ? 'TH' : 'TD');
        // pdfkit's own tables set a header's scope so; its types do not show the dictionary.
        const attributes = scope ? doc.ref({ O: 'Table', Scope: scope }) : null;
        if (attributes) (cell as unknown as Dictionary).dictionary.data.A = attributes;
        row.add(cell);
        cell.add(doc.struct('P', {}, () => this.draw(text, left(column) + PADDING, y + PADDING, styles[column]!)));
        cell.end();
        attributes?.end(undefined);
        this.artifact(() => {
          doc.lineWidth(0.75).strokeColor('#333333').rect(left(column), y, widths[column]!, height).stroke();
        });
      });
      row.end();
      this.y += height;
    });
    table.end();
    this.y += 14;
  }

  figure(parent: Struct, png: Buffer, alt: string, size: number, rtl: boolean): void {
    const x = rtl ? PAGE.margin + CONTENT_WIDTH - size : PAGE.margin;
    const y = this.y;
    parent.add(this.doc.struct('Figure', { alt }, () => this.doc.image(png, x, y, { width: size, height: size })));
    this.y += size + 10;
  }
}

const money = (fen: number) => new Intl.NumberFormat('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);

function section(doc: Doc, root: Struct, locale: AppLocale, proof: ProofToDraw): void {
  const words: ProofWords = PROOF_WORDS[locale];
  const rtl = isRightToLeft(locale);
  const { contents } = proof;
  const layout = new ProofLayout(doc);
  const sect = doc.struct('Sect', { lang: locale });
  root.add(sect);
  layout.block(sect, 'H1', words.title, { rtl, size: 20 });
  if (locale !== 'zh-Hans') layout.block(sect, 'P', words.translationNote, { rtl, size: 9.5 });
  layout.block(sect, 'P', words.intro, { rtl });
  layout.table(
    sect,
    words.holderCaption,
    [
      [words.name, contents.holderName],
      [words.idNumber, contents.idNumberMasked],
      [words.cardNumber, contents.cardNumberMasked],
      [words.insuredIn, words.city[contents.insuredIn]],
    ],
    { widths: [0.36, 0.64], header: 'row', rtl },
  );
  layout.table(
    sect,
    words.insuranceCaption,
    [
      [words.insuranceColumn, words.status, words.since, words.paidMonths, words.base],
      ...contents.insurances.map((insurance) => [
        words.insurance[insurance.insurance],
        insurance.paidMonths > 0 ? words.active : words.stopped,
        words.month(insurance.since),
        String(insurance.paidMonths),
        money(insurance.base),
      ]),
    ],
    { widths: [0.24, 0.2, 0.18, 0.16, 0.22], header: 'both', rtl },
  );
  layout.table(
    sect,
    words.checkCaption,
    [
      [words.issuedOn, words.date(contents.issuedOn)],
      [words.validUntil, words.date(contents.validUntil)],
      [words.code, proof.code],
      [words.address, proof.checkUrl.replace(/\?.*$/, '')],
    ],
    { widths: [0.36, 0.64], header: 'row', rtl },
  );
  layout.figure(sect, proof.qrPng, words.qrAlt, 96, rtl);
  layout.block(sect, 'P', words.howTo, { rtl });
  layout.block(sect, 'P', words.issuedBy, { rtl, size: 9.5 });
  sect.end();
}

/** The PDF's bytes: Chinese first, then each other language of `contents.languages` on a page of its own. */
export async function proofPdf(proof: ProofToDraw): Promise<Buffer> {
  const title = proof.contents.languages.map((locale) => PROOF_WORDS[locale].title).join(' / ');
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'zh-Hans',
    displayTitle: true,
    autoFirstPage: true,
    info: { Title: title, Author: PROOF_WORDS['zh-Hans'].issuedBy, Subject: proof.code, CreationDate: proof.issuedAt, ModDate: proof.issuedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('cjk', PROOF_FONTS.cjk.path, PROOF_FONTS.cjk.family);
  doc.registerFont('arabic', PROOF_FONTS.arabic.path);
  const root = doc.struct('Document');
  doc.addStructure(root);
  proof.contents.languages.forEach((locale, index) => {
    if (index > 0) doc.addPage();
    section(doc, root, locale, proof);
  });
  root.end();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
