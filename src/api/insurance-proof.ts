// The proof of insurance (参保证明): a PDF the person takes away, in Chinese and, when the app is
// in another language, in that language too; whoever is given it checks it by its code on the
// service's public page (GET /verify/proof) or here (GET /api/insurance-proofs/verify), and a file
// by the SHA-256 the check gives. Part of the one contract (contract.ts re-exports it).
import * as z from 'zod/mini';
import { INSURANCES } from '../domain/contributions.js';
import { ISSUER_CITIES } from '../domain/card-issuers.js';
import { AppLocale } from './locale.js';

const day = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** POST /api/insurance-proofs: a new proof; `locale` is the app's language, Chinese is always there. */
export const InsuranceProofRequest = z.object({ locale: AppLocale });
export type InsuranceProofRequest = z.infer<typeof InsuranceProofRequest>;

/** What the document says: the same on the page that checks it. */
export const ProofContents = z.object({
  holderName: z.string(),
  idNumberMasked: z.string(),
  cardNumberMasked: z.string(),
  /** Where the person is insured: the city that issued the card. */
  insuredIn: z.enum(ISSUER_CITIES),
  insurances: z.array(
    z.object({
      insurance: z.enum(INSURANCES),
      /** YYYY-MM of the first month paid. */
      since: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
      paidMonths: z.int().check(z.minimum(0)),
      /** The latest monthly contribution base, fen. */
      base: z.int().check(z.minimum(0)),
    }),
  ),
  issuedOn: day(),
  validUntil: day(),
  /** The document's languages, in order: zh-Hans first, always. */
  languages: z.array(AppLocale),
});
export type ProofContents = z.infer<typeof ProofContents>;

export const InsuranceProof = z.object({
  /** 12 letters and digits in threes of four (K7QH-2MZP-X9AD): what the checker types. */
  code: z.string(),
  contents: ProofContents,
  /** The PDF, base64: shown for download on the person's screen, kept nowhere on the device. */
  pdf: z.string(),
  sha256: z.string(),
});
export type InsuranceProof = z.infer<typeof InsuranceProof>;

/** GET /api/insurance-proofs/verify?code=…: genuine (and still valid), expired, or unknown (not issued, or long gone). */
export const ProofCheck = z.object({
  status: z.enum(['genuine', 'expired', 'unknown']),
  contents: z.nullable(ProofContents),
  /** The issued file's SHA-256 (hex): a file whose hash differs is not the one issued. */
  sha256: z.nullable(z.string()),
});
export type ProofCheck = z.infer<typeof ProofCheck>;
