// "Show my card" (亮证): the person's own screen asks for a minute-long signed QR; a counter
// checks it, by this service (the API or the counter page) or offline with the public key.
import type { Hono } from 'hono';
import { CardCredential, CredentialCheck, CredentialKeys, type CredentialHolder } from '../../src/api/contract.js';
import { maskHolderName } from '../../src/domain/card.js';
import { audit } from '../audit.js';
import { sessionNow } from '../clock.js';
import { checkCredential, CREDENTIAL_LIFETIME_MS, issueCredential, publicKeys } from '../credential.js';
import { counterPage } from '../counter-page.js';
import type { AppEnv } from '../http.js';
import { qrSvg } from '../qr.js';
import type { Services } from '../services.js';
import { cardOwner, refuseStoppedCard } from './my-card.js';

export function registerCredentialRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db } = services;

  app.post('/api/card-credential', async (c) => {
    const who = cardOwner(c, db);
    if (who instanceof Response) return who;
    const now = sessionNow(who.session);
    const stopped = refuseStoppedCard(c, db, who.subject, now);
    if (stopped) return stopped;
    const { card_number: cardNumber } = db.prepare('SELECT card_number FROM bindings WHERE subject = ? ORDER BY bound_at DESC LIMIT 1').get(who.subject) as { card_number: string };
    const card = who.binding.card;
    const holder: CredentialHolder = { nameMasked: maskHolderName(card.holderName), cardNumberMasked: card.cardNumberMasked, issuer: card.issuer, issuedOn: card.issuedOn };
    const issued = issueCredential(db, holder, now);
    const svg = await qrSvg(issued.token);
    audit(db, who.session, 'card_credential', 'ok');
    return c.json(
      CardCredential.parse({
        ...issued,
        qr: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
        lifetimeSeconds: CREDENTIAL_LIFETIME_MS / 1000,
        holder,
        full: { name: card.holderName, cardNumber },
      }),
    );
  });

  // A counter's check needs no session; with one (the sandbox's testers), its clock is used.
  app.get('/api/credential/verify', (c) => {
    const token = (c.req.query('token') ?? '').slice(0, 2000);
    return c.json(CredentialCheck.parse(checkCredential(db, token, sessionNow(c.get('session')))));
  });

  app.get('/api/credential/keys', (c) => c.json(CredentialKeys.parse({ keys: publicKeys(db) })));

  // The counter's page: paste or scan what the QR holds, see whether it is genuine. No script.
  app.get('/counter/verify', (c) => {
    const token = (c.req.query('code') ?? '').slice(0, 2000);
    const lang = c.req.query('lang') === 'en' ? 'en' : 'zh-Hans';
    const result = token ? checkCredential(db, token, sessionNow(c.get('session'))) : null;
    return c.html(counterPage(lang, token, result));
  });
}
