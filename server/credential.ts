// "Show my card" (亮证): a QR a counter scans. It holds the masked details and when it expires,
// signed with the service's Ed25519 key, so a counter can check it without asking the service
// (GET /api/credential/keys) and a changed byte is found. It lasts a minute; a new one needs the
// service, so the phone shows the current one offline until it expires, never longer. The key
// is kept in the database, so QRs made before a restart still check.
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { CredentialHolder, type CredentialCheck } from '../src/api/contract.js';
import type { Db } from './db.js';
import { iso } from './clock.js';

export const CREDENTIAL_LIFETIME_MS = 60_000;
const PREFIX = 'SSC1';

interface Key {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const keys = new WeakMap<Db, Key>();

function keyOf(db: Db): Key {
  const known = keys.get(db);
  if (known) return known;
  let row = db.prepare('SELECT kid, private_pem FROM credential_keys ORDER BY created_at DESC LIMIT 1').get() as { kid: string; private_pem: string } | undefined;
  if (!row) {
    const pair = generateKeyPairSync('ed25519');
    row = { kid: `k${randomBytes(4).toString('hex')}`, private_pem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    db.prepare('INSERT INTO credential_keys (kid, private_pem, created_at) VALUES (?, ?, ?)').run(row.kid, row.private_pem, Date.now());
  }
  const privateKey = createPrivateKey(row.private_pem);
  const key = { kid: row.kid, privateKey, publicKey: createPublicKey(privateKey) };
  keys.set(db, key);
  return key;
}

interface Payload {
  v: 1;
  kid: string;
  /** A random id: two QRs are never the same. */
  jti: string;
  iat: number;
  exp: number;
  holder: CredentialHolder;
}

export function issueCredential(db: Db, holder: CredentialHolder, now: number): { token: string; issuedAt: string; expiresAt: string } {
  const key = keyOf(db);
  const payload: Payload = { v: 1, kid: key.kid, jti: randomBytes(6).toString('base64url'), iat: now, exp: now + CREDENTIAL_LIFETIME_MS, holder };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const signature = sign(null, Buffer.from(`${PREFIX}.${body}`), key.privateKey).toString('base64url');
  return { token: `${PREFIX}.${body}.${signature}`, issuedAt: iso(now), expiresAt: iso(payload.exp) };
}

/** What a counter is told: valid, expired (signed, but its minute is over) or forged (anything else). */
export function checkCredential(db: Db, token: string, now: number): CredentialCheck {
  const forged: CredentialCheck = { status: 'forged', holder: null, expiresAt: null };
  const parts = token.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return forged;
  const key = keyOf(db);
  const signed = verify(null, Buffer.from(`${PREFIX}.${parts[1]}`), key.publicKey, Buffer.from(parts[2]!, 'base64url'));
  if (!signed) return forged;
  let payload: Payload;
  try {
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Payload;
  } catch {
    return forged;
  }
  const holder = CredentialHolder.safeParse(payload.holder);
  if (payload.kid !== key.kid || !holder.success || typeof payload.exp !== 'number') return forged;
  return { status: now <= payload.exp ? 'valid' : 'expired', holder: holder.data, expiresAt: iso(payload.exp) };
}

/** The public key as a JWK, for a counter's own offline check. */
export function publicKeys(db: Db): { kid: string; alg: 'Ed25519'; jwk: Record<string, string> }[] {
  const key = keyOf(db);
  return [{ kid: key.kid, alg: 'Ed25519', jwk: key.publicKey.export({ format: 'jwk' }) as Record<string, string> }];
}
