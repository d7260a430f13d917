// "Show my card" (亮证): a signed, minute-long QR a counter or hospital scans to check who the
// person is. Part of the one contract (contract.ts re-exports it).
import * as z from 'zod/mini';
import { ISSUER_CITIES } from '../domain/card-issuers.js';

/** What the QR says about the holder: masked, and never a photo. */
export const CredentialHolder = z.object({
  nameMasked: z.string(),
  cardNumberMasked: z.string(),
  issuer: z.enum(ISSUER_CITIES),
  issuedOn: z.string(),
});
export type CredentialHolder = z.infer<typeof CredentialHolder>;

/** POST /api/card-credential: a new QR for the person's bound card; the full name and number only for their own screen's "show in full". */
export const CardCredential = z.object({
  /** SSC1.<payload>.<Ed25519 signature>, base64url: what the QR holds. */
  token: z.string(),
  qr: z.string(),
  issuedAt: z.string(),
  expiresAt: z.string(),
  lifetimeSeconds: z.int(),
  holder: CredentialHolder,
  full: z.object({ name: z.string(), cardNumber: z.string() }),
});
export type CardCredential = z.infer<typeof CardCredential>;

/** GET /api/credential/verify?token=…: what a counter is told. */
export const CredentialCheck = z.object({
  status: z.enum(['valid', 'expired', 'forged']),
  /** The masked details when the signature is the service's (valid or expired); null when forged. */
  holder: z.nullable(CredentialHolder),
  expiresAt: z.nullable(z.string()),
});
export type CredentialCheck = z.infer<typeof CredentialCheck>;

/** GET /api/credential/keys: the service's public keys, so a counter can check a QR without the network. */
export const CredentialKeys = z.object({ keys: z.array(z.object({ kid: z.string(), alg: z.literal('Ed25519'), jwk: z.record(z.string(), z.string()) })) });
export type CredentialKeys = z.infer<typeof CredentialKeys>;
