// The proof of insurance (参保证明): the person asks for one and downloads it; whoever is given it
// checks it on the public page or through the API, with no session.
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { InsuranceProof, InsuranceProofRequest, ProofCheck } from '../../src/api/contract.js';
import { maskDocumentNumber } from '../../src/domain/document-types.js';
import { audit } from '../audit.js';
import { sessionNow } from '../clock.js';
import { readBody, type AppEnv } from '../http.js';
import { checkProof, issueProof, sha256Of } from '../insurance-proof.js';
import { proofPage, type FileCheck } from '../proof-page.js';
import { qrPng } from '../qr.js';
import type { Services } from '../services.js';
import { cardOwner } from './my-card.js';

/** A proof is about 60 KB; a checker's upload larger than this is not one. */
const PROOF_UPLOAD_LIMIT = 2 * 1024 * 1024;

export function registerInsuranceProofRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db } = services;

  app.post('/api/insurance-proofs', async (c) => {
    const who = cardOwner(c, db, 'account_queries');
    if (who instanceof Response) return who;
    const body = await readBody(c, InsuranceProofRequest);
    if (!body.ok) return body.response;
    const identity = who.session.state.identity!;
    const origin = new URL(c.req.url).origin;
    const proof = await issueProof(
      db,
      { subject: who.subject, binding: who.binding, idNumberMasked: maskDocumentNumber(identity.documentNumber ?? identity.idNumber) },
      body.data.locale,
      sessionNow(who.session),
      (code) => `${origin}/verify/proof?code=${code}`,
      qrPng,
    );
    audit(db, who.session, 'insurance_proof', 'ok', { languages: proof.contents.languages.join(' ') });
    return c.json(InsuranceProof.parse({ code: proof.code, contents: proof.contents, pdf: proof.pdf.toString('base64'), sha256: proof.sha256 }));
  });

  // Whoever holds a proof checks it without a session; with one (the sandbox's testers), its clock is used.
  app.get('/api/insurance-proofs/verify', (c) =>
    c.json(ProofCheck.parse(checkProof(db, (c.req.query('code') ?? '').slice(0, 100), sessionNow(c.get('session'))))),
  );

  const page = (lang: string | undefined) => (lang === 'en' ? 'en' : 'zh-Hans');
  app.get('/verify/proof', (c) => {
    const code = (c.req.query('code') ?? '').slice(0, 100);
    const check = code ? checkProof(db, code, sessionNow(c.get('session'))) : null;
    return c.html(proofPage(page(c.req.query('lang')), code, check, null));
  });

  app.post(
    '/verify/proof',
    bodyLimit({ maxSize: PROOF_UPLOAD_LIMIT, onError: (c) => c.text('Too large', 413) }),
    async (c) => {
      const form = await c.req.parseBody();
      const code = typeof form.code === 'string' ? form.code.slice(0, 100) : '';
      const check = checkProof(db, code, sessionNow(c.get('session')));
      const upload = form.file instanceof File && form.file.size > 0 ? form.file : null;
      let file: FileCheck = null;
      if (upload && check.sha256) file = sha256Of(new Uint8Array(await upload.arrayBuffer())) === check.sha256 ? 'same' : 'changed';
      return c.html(proofPage(page(c.req.query('lang')), code, check, file));
    },
  );
}
