// Step 4: the bank account on the card, and the payment password, encrypted in the browser with
// SM2 to our key. The password and its ciphertext are never stored or logged.
import type { Hono } from 'hono';
import { sm2 } from 'sm-crypto-v2';
import { BankInfoResponse, BankVerifyRequest, VerifiedResponse } from '../../src/api/contract.js';
import { maskBankAccount, validatePaymentPassword } from '../../src/domain/card.js';
import { audit } from '../audit.js';
import { bankAccountFor } from '../cards.js';
import { sessionNow } from '../clock.js';
import { currentKeyPair, keyPairById } from '../db.js';
import { readBody, refuse, refuseIfLocked, refuseWrongAnswer, validationError, type AppEnv } from '../http.js';
import { subjectOf } from '../limits.js';
import { frozenRefusal, outOfOrder } from '../progress.js';
import { isSandboxPhone, SANDBOX } from '../sandbox.js';
import { requireSession, type Session } from '../session.js';
import type { Services } from '../services.js';

/** The sandbox's cards all hold their account at ICBC (中国工商银行); the app names it. */
const BANK = 'icbc' as const;
const BANK_RESET_URL = 'https://www.icbc.com.cn/';

function reservedPhoneMatches(services: Services, session: Session): boolean {
  return !(services.sandbox && isSandboxPhone(session.state.identity?.phone ?? '', SANDBOX.phoneBankMismatch));
}

/** SM2 (C1C3C2) decryption; tolerates a leading 04 on C1. Returns null for anything undecryptable. */
function decryptPassword(ciphertext: string, privateKey: string): string | null {
  const attempts = ciphertext.startsWith('04') ? [ciphertext, ciphertext.slice(2)] : [ciphertext];
  for (const attempt of attempts) {
    try {
      const plain = sm2.doDecrypt(attempt, privateKey, 1, { output: 'string' });
      if (plain) return plain;
    } catch {
      // Not a point on the curve this way round: try the next form.
    }
  }
  return null;
}

export function registerBankRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, sessions, checks } = services;

  app.get('/api/bank', (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const frozen = frozenRefusal(c, session);
    if (frozen) return frozen;
    const card = session.state.card;
    if (!card) return outOfOrder(c);
    const key = currentKeyPair(db);
    return c.json(
      BankInfoResponse.parse({
        bank: BANK,
        accountMasked: maskBankAccount(bankAccountFor(card.number)),
        publicKey: key.publicKey,
        keyId: key.id,
        reservedPhoneMatches: reservedPhoneMatches(services, session),
        resetUrl: BANK_RESET_URL,
      }),
    );
  });

  app.post('/api/bank/verify', async (c) => {
    const session = requireSession(c);
    if (session instanceof Response) return session;
    const frozen = frozenRefusal(c, session);
    if (frozen) return frozen;
    const identity = session.state.identity;
    if (!identity || !session.state.card) return outOfOrder(c);
    const body = await readBody(c, BankVerifyRequest);
    if (!body.ok) return body.response;
    if (!reservedPhoneMatches(services, session)) {
      audit(db, session, 'password', 'refused', { problem: 'phone_mismatch' });
      return refuse(c, 409, { code: 'phone_mismatch' });
    }
    const key = keyPairById(db, body.data.keyId);
    if (!key) return validationError(c, { keyId: 'invalid' });

    const now = sessionNow(session);
    const subject = subjectOf(identity.idNumber);
    const locked = refuseIfLocked(c, { db, session, checks, subject, check: 'password', action: 'password', now });
    if (locked) return locked;
    const plain = decryptPassword(body.data.ciphertext, key.privateKey);
    if (plain === null) return validationError(c, { ciphertext: 'invalid' });
    const password = validatePaymentPassword(plain);
    if (!password.ok) return validationError(c, { password: password.reason });

    if (password.value !== SANDBOX.paymentPassword) {
      return refuseWrongAnswer(c, { db, session, checks, subject, check: 'password', action: 'password', code: 'password_wrong', now });
    }
    checks.recordSuccess(subject, 'password');
    session.state.bankVerified = true;
    session.state.agreement = null;
    sessions.save(session);
    audit(db, session, 'password', 'ok');
    return c.json(VerifiedResponse.parse({ verified: true, method: 'password' }));
  });
}
