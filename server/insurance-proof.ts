// The proof of insurance (参保证明): what it says is worked out from the person's contributions
// record, drawn as a tagged PDF (proof-pdf.ts), and kept here by its check code with the file's
// SHA-256, so the public page can say what a genuine proof says and that a changed file is not it.
// Nothing of the PDF itself is kept: the person downloads it once; a new one is a new code.
import { createHash, randomInt } from 'node:crypto';
import type { Binding, ProofCheck, ProofContents } from '../src/api/contract.js';
import type { AppLocale } from '../src/api/locale.js';
import { CONSENT_CODE_ALPHABET } from '../src/domain/card.js';
import { INSURANCES } from '../src/domain/contributions.js';
import { contributionsOf } from './contributions.js';
import type { Db } from './db.js';
import { beijingDay } from './help-desk.js';
import { HOUR_MS } from './limits.js';
import { proofPdf } from './proof-pdf.js';

/** A proof is good for 90 days from the day it is issued, as a bureau's printed one usually is. */
export const PROOF_VALID_MS = 90 * 24 * HOUR_MS;

/** Three groups of four from the consent code's alphabet (no 0/O, 1/I): about 60 bits. */
function newCode(): string {
  const chars = Array.from({ length: 12 }, () => CONSENT_CODE_ALPHABET[randomInt(CONSENT_CODE_ALPHABET.length)]);
  return [0, 4, 8].map((start) => chars.slice(start, start + 4).join('')).join('-');
}

/** What a person typed as a code, as stored: capitals, in groups, spaces and dashes anywhere. */
export function normaliseProofCode(typed: string): string | null {
  const chars = typed.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length !== 12 || [...chars].some((char) => !CONSENT_CODE_ALPHABET.includes(char))) return null;
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

export interface Holder {
  subject: string;
  binding: Binding;
  idNumberMasked: string;
}

/** The document's languages: Chinese always, then the app's own when it is another. */
export const proofLanguages = (locale: AppLocale): AppLocale[] => (locale === 'zh-Hans' ? ['zh-Hans'] : ['zh-Hans', locale]);

export function proofContentsOf(holder: Holder, locale: AppLocale, now: number): ProofContents {
  const months = contributionsOf(holder.subject, now).months;
  const paid = months.filter((month) => month.paid);
  const last = paid.at(-1)?.paid;
  return {
    holderName: holder.binding.card.holderName,
    idNumberMasked: holder.idNumberMasked,
    cardNumberMasked: holder.binding.card.cardNumberMasked,
    insuredIn: holder.binding.card.issuer,
    // Every insurance here is paid on the one base, so each has the same months.
    insurances: INSURANCES.map((insurance) => ({ insurance, since: paid[0]?.month ?? months[0]?.month ?? beijingDay(now).slice(0, 7), paidMonths: paid.length, base: last?.base ?? 0 })),
    issuedOn: beijingDay(now),
    validUntil: beijingDay(now + PROOF_VALID_MS),
    languages: proofLanguages(locale),
  };
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function issueProof(
  db: Db,
  holder: Holder,
  locale: AppLocale,
  now: number,
  checkUrlOf: (code: string) => string,
  qrPngOf: (text: string) => Promise<Buffer>,
): Promise<{ code: string; contents: ProofContents; pdf: Buffer; sha256: string }> {
  const code = newCode();
  const contents = proofContentsOf(holder, locale, now);
  const checkUrl = checkUrlOf(code);
  const pdf = await proofPdf({ code, contents, checkUrl, qrPng: await qrPngOf(checkUrl), issuedAt: new Date(now) });
  const sha256 = sha256Of(pdf);
  db.prepare('INSERT INTO insurance_proofs (code, subject, issued_at, valid_until, sha256, contents) VALUES (?, ?, ?, ?, ?, ?)').run(
    code,
    holder.subject,
    now,
    now + PROOF_VALID_MS,
    sha256,
    JSON.stringify(contents),
  );
  return { code, contents, pdf, sha256 };
}

export function checkProof(db: Db, typed: string, now: number): ProofCheck {
  const code = normaliseProofCode(typed);
  const row = code
    ? (db.prepare('SELECT valid_until, sha256, contents FROM insurance_proofs WHERE code = ?').get(code) as { valid_until: number; sha256: string; contents: string } | undefined)
    : undefined;
  if (!row) return { status: 'unknown', contents: null, sha256: null };
  return { status: now <= row.valid_until ? 'genuine' : 'expired', contents: JSON.parse(row.contents) as ProofContents, sha256: row.sha256 };
}
