// Every route of the service, for the OpenAPI document (server/openapi.ts) a back end builds
// against: method, path, who may call it, its query, body and answer named by the contract's own
// schemas (never a copy), and the refusals it gives beyond the ones its kind always may (those
// are added from `access` and the method: see server/openapi.ts). The app does not import this.
import type { ServiceId } from './contract.js';

type Refusal = `${400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 423 | 429 | 503} ${string}`;

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'delete';
  /** OpenAPI's form: /api/notices/{id}/read. */
  path: string;
  tag: 'Session' | 'Identity' | 'Card and bank' | 'Agreement and binding' | 'Remote binding' | 'My card' | 'Records' | 'Show my card' | 'Lost card' | 'Applications' | 'Help' | 'Pages' | 'Sandbox';
  summary: string;
  /**
   * public: anyone, no session; session: a session (any step); proved: the person's identity checked
   * this session; bound: the person whose card is bound (a relative who helped is refused).
   */
  access: 'public' | 'session' | 'proved' | 'bound';
  /** For `bound`: the service that must be on for the card. */
  service?: ServiceId;
  query?: Record<string, { description: string; required?: boolean }>;
  params?: Record<string, string>;
  /** The request body's schema, by its name in the contract. */
  body?: string;
  /** The answer's schema by name, or what else it is. */
  response: string | { noContent: true } | { contentType: 'image/svg+xml' | 'text/html' | 'application/json'; description: string };
  refusals?: Refusal[];
  /** Only the sandbox has it: a real back end leaves it out (and the conformance suite skips it). */
  sandbox?: true;
}

export const ROUTES: RouteDoc[] = [
  // ---- session ----
  { method: 'get', path: '/api/health', tag: 'Session', summary: 'Whether the service answers, its version, and whether it is the sandbox.', access: 'public', response: 'HealthResponse' },
  { method: 'get', path: '/api/session', tag: 'Session', summary: 'Opens or resumes the session (sets the session cookie); the anti-forgery token and the progress of the binding.', access: 'public', response: 'SessionResponse' },
  { method: 'delete', path: '/api/session', tag: 'Session', summary: 'Ends this session ("Clear my data").', access: 'session', response: { noContent: true } },
  { method: 'post', path: '/api/sessions/end-all', tag: 'Session', summary: 'Signs the person out on every device; the card stays bound.', access: 'proved', response: 'SessionsEndedResponse', refusals: ['403 not_yours', '409 out_of_order'] },

  // ---- identity (step 2) ----
  { method: 'post', path: '/api/identity', tag: 'Identity', summary: 'Who the person is: document, name, number, phone.', access: 'session', body: 'IdentityRequest', response: 'IdentityResponse', refusals: ['409 out_of_order', '409 card_frozen'] },
  { method: 'post', path: '/api/identity/face', tag: 'Identity', summary: 'The face check: one still frame, used once, never stored.', access: 'session', body: 'FaceCheckRequest', response: 'VerifiedResponse', refusals: ['409 out_of_order', '422 face_mismatch', '422 no_camera_image', '423 locked', '429 client_limited'] },
  { method: 'post', path: '/api/identity/sms', tag: 'Identity', summary: 'Sends a text message code to the phone given.', access: 'session', response: 'SmsSentResponse', refusals: ['409 out_of_order', '423 locked', '429 sms_too_soon', '429 sms_hourly_limit', '429 client_limited'] },
  { method: 'post', path: '/api/identity/sms/verify', tag: 'Identity', summary: 'Checks the text message code.', access: 'session', body: 'SmsVerifyRequest', response: 'VerifiedResponse', refusals: ['409 out_of_order', '422 code_wrong', '422 code_expired', '422 no_code', '423 locked', '429 client_limited'] },

  // ---- card and bank (steps 3 and 4) ----
  { method: 'post', path: '/api/card', tag: 'Card and bank', summary: 'Finds the card by its number or the QR on it.', access: 'proved', body: 'CardLookupRequest', response: 'Card', refusals: ['409 out_of_order', '422 card_not_found', '409 card_lost', '409 card_frozen', '409 card_replaced', '503 busy'] },
  { method: 'get', path: '/api/bank', tag: 'Card and bank', summary: 'The bank that holds the card’s account and the SM2 public key for its password.', access: 'session', response: 'BankInfoResponse', refusals: ['409 out_of_order', '409 card_frozen', '403 not_yours', '410 consent_expired', '410 consent_closed'] },
  { method: 'post', path: '/api/bank/verify', tag: 'Card and bank', summary: 'The bank password, SM2-encrypted in the app; checked, never kept.', access: 'session', body: 'BankVerifyRequest', response: 'VerifiedResponse', refusals: ['409 out_of_order', '409 phone_mismatch', '422 password_wrong', '423 locked', '429 client_limited'] },

  // ---- agreement and binding (steps 5 and 6) ----
  { method: 'get', path: '/api/agreement', tag: 'Agreement and binding', summary: 'The agreement to read, in the language asked for.', access: 'public', query: { lang: { description: 'zh-Hans, en, zh-Hant-HK or ug' } }, response: 'AgreementResponse' },
  { method: 'post', path: '/api/agreement/sign', tag: 'Agreement and binding', summary: 'Agrees to the version read.', access: 'session', body: 'SignRequest', response: 'SignResponse', refusals: ['409 out_of_order', '409 agreement_outdated'] },
  { method: 'post', path: '/api/binding', tag: 'Agreement and binding', summary: 'Binds the card with the services chosen. A repeat answers the same binding.', access: 'session', body: 'BindRequest', response: 'Binding', refusals: ['409 out_of_order'] },
  { method: 'get', path: '/api/binding', tag: 'Agreement and binding', summary: 'The binding this session made or holds.', access: 'session', response: 'Binding', refusals: ['404 not_bound'] },
  { method: 'delete', path: '/api/binding', tag: 'Agreement and binding', summary: 'Unbinds the card.', access: 'session', response: { noContent: true }, refusals: ['404 not_bound'] },

  // ---- remote binding ----
  { method: 'post', path: '/api/consent', tag: 'Remote binding', summary: 'A relative asks the cardholder to consent to binding for them.', access: 'proved', body: 'ConsentCreateRequest', response: 'ConsentView', refusals: ['409 out_of_order', '429 relative_limit', '429 refused_recently', '429 cardholder_limit'] },
  { method: 'get', path: '/api/consent', tag: 'Remote binding', summary: 'The request this session made or opened.', access: 'session', response: 'ConsentView', refusals: ['404 consent_not_found'] },
  { method: 'get', path: '/api/consent/qr.svg', tag: 'Remote binding', summary: 'The request’s link as a QR code.', access: 'session', response: { contentType: 'image/svg+xml', description: 'A QR code of the link the cardholder opens.' }, refusals: ['404 consent_not_found'] },
  { method: 'post', path: '/api/consent/open', tag: 'Remote binding', summary: 'The cardholder opens a request by its link or short code.', access: 'session', body: 'ConsentKey', response: 'ConsentView', refusals: ['404 consent_not_found', '422 consent_not_found', '403 consent_own_request', '410 consent_used', '410 consent_expired', '410 consent_closed', '423 locked', '429 client_limited'] },
  { method: 'post', path: '/api/consent/accept', tag: 'Remote binding', summary: 'The cardholder consents.', access: 'session', body: 'ConsentKey', response: 'ConsentView', refusals: ['404 consent_not_found', '422 consent_not_found', '403 consent_own_request', '410 consent_used', '410 consent_expired', '410 consent_closed', '423 locked', '429 client_limited'] },
  { method: 'post', path: '/api/consent/refuse', tag: 'Remote binding', summary: 'The cardholder refuses.', access: 'session', body: 'ConsentKey', response: 'ConsentView', refusals: ['404 consent_not_found', '422 consent_not_found', '403 consent_own_request', '410 consent_used', '410 consent_expired', '410 consent_closed', '423 locked', '429 client_limited'] },
  { method: 'post', path: '/api/consent/cancel', tag: 'Remote binding', summary: 'The relative cancels their request.', access: 'session', response: 'ConsentView', refusals: ['404 consent_not_found', '409 consent_closed'] },
  { method: 'post', path: '/api/consent/revoke', tag: 'Remote binding', summary: 'The cardholder removes the relative’s access.', access: 'session', response: 'ConsentView', refusals: ['403 not_yours', '409 out_of_order'] },

  // ---- my card ----
  { method: 'put', path: '/api/binding/services', tag: 'My card', summary: 'Turns services on or off for the bound card.', access: 'bound', body: 'ServicesUpdateRequest', response: 'Binding' },
  { method: 'post', path: '/api/payment-code', tag: 'My card', summary: 'A new medical insurance payment code, good for a minute; earlier ones stop working.', access: 'bound', service: 'medical_payment', response: 'PaymentCode', refusals: ['409 card_lost', '409 card_frozen'] },
  { method: 'get', path: '/api/receipts', tag: 'My card', summary: 'Payments made with the person’s codes.', access: 'bound', service: 'medical_payment', response: 'ReceiptsResponse' },
  { method: 'get', path: '/api/accounts', tag: 'My card', summary: 'The pension and medical account balances and a year of the medical account’s lines.', access: 'bound', service: 'account_queries', response: 'AccountsResponse' },
  { method: 'get', path: '/api/cross-border-limits', tag: 'My card', summary: 'Spending limits abroad (not for a mainland resident ID).', access: 'bound', response: 'CrossBorderLimitsResponse', refusals: ['409 not_applicable'] },
  { method: 'put', path: '/api/cross-border-limits', tag: 'My card', summary: 'Changes the limits abroad.', access: 'bound', body: 'CrossBorderLimits', response: 'CrossBorderLimitsResponse', refusals: ['409 not_applicable'] },
  { method: 'get', path: '/api/notices', tag: 'My card', summary: 'The inbox: alerts about the card and its accounts.', access: 'bound', service: 'benefit_alerts', response: 'NoticesResponse' },
  { method: 'post', path: '/api/notices/{id}/read', tag: 'My card', summary: 'Marks one notice read.', access: 'bound', service: 'benefit_alerts', params: { id: 'The notice’s id.' }, response: 'NoticesResponse', refusals: ['404 not_found'] },
  { method: 'get', path: '/api/activity', tag: 'My card', summary: 'What happened to the binding since it was made, and who did it.', access: 'bound', response: 'ActivityResponse' },
  { method: 'post', path: '/api/binding/not-me', tag: 'My card', summary: '"This wasn’t me": stops payments, removes a relative’s access, signs out everywhere, opens a review.', access: 'bound', response: 'NotMeResponse' },

  // ---- records ----
  { method: 'get', path: '/api/pension/record', tag: 'Records', summary: 'The person’s own record for the pension estimate.', access: 'bound', service: 'account_queries', response: 'PensionRecord' },
  { method: 'get', path: '/api/contributions', tag: 'Records', summary: 'The contributions record, month by month.', access: 'bound', service: 'account_queries', response: 'Contributions' },
  { method: 'post', path: '/api/insurance-proofs', tag: 'Records', summary: 'A proof of insurance: a tagged PDF in Chinese and the language asked for, with its check code.', access: 'bound', service: 'account_queries', body: 'InsuranceProofRequest', response: 'InsuranceProof' },
  { method: 'get', path: '/api/insurance-proofs/verify', tag: 'Records', summary: 'Whoever was given a proof checks it by its code: genuine, expired or unknown, what it says, the file’s SHA-256.', access: 'public', query: { code: { description: 'The check code (K7QH-2MZP-X9AD; case, spaces and dashes do not matter).', required: true } }, response: 'ProofCheck' },

  // ---- show my card ----
  { method: 'post', path: '/api/card-credential', tag: 'Show my card', summary: 'A signed QR of the card, good for a minute.', access: 'bound', response: 'CardCredential', refusals: ['409 card_lost', '409 card_frozen'] },
  { method: 'get', path: '/api/credential/verify', tag: 'Show my card', summary: 'A counter checks a card QR: valid, expired or forged.', access: 'public', query: { token: { description: 'What the QR holds (SSC1.…).', required: true } }, response: 'CredentialCheck' },
  { method: 'get', path: '/api/credential/keys', tag: 'Show my card', summary: 'The public keys, for a counter’s own offline check.', access: 'public', response: 'CredentialKeys' },

  // ---- lost card ----
  { method: 'get', path: '/api/card/lost', tag: 'Lost card', summary: 'Whether the card is reported lost, and its replacement.', access: 'proved', response: 'LostCardStatus', refusals: ['403 not_yours'] },
  { method: 'post', path: '/api/card/lost', tag: 'Lost card', summary: 'Reports the card lost, at once; a repeat answers the same report.', access: 'proved', response: 'LostCardStatus', refusals: ['403 not_yours'] },
  { method: 'post', path: '/api/card/lost/lift', tag: 'Lost card', summary: 'Lifts the report once the card is found.', access: 'proved', response: 'LostCardStatus', refusals: ['403 not_yours', '409 card_not_lost', '409 replacement_ordered'] },
  { method: 'get', path: '/api/regions', tag: 'Lost card', summary: 'Provinces, cities and districts for the address a new card is posted to.', access: 'public', query: { within: { description: 'A region’s code: the regions inside it (none: the provinces).' } }, response: 'RegionsResponse', refusals: ['404 not_found'] },
  { method: 'post', path: '/api/card/replacement', tag: 'Lost card', summary: 'Orders a new card by post.', access: 'proved', body: 'ReplacementRequest', response: 'LostCardStatus', refusals: ['403 not_yours', '409 not_bound', '409 card_not_lost'] },

  // ---- applications ----
  { method: 'get', path: '/api/applications', tag: 'Applications', summary: 'The person’s applications and pension check requests.', access: 'bound', service: 'online_applications', response: 'ApplicationsResponse' },
  { method: 'post', path: '/api/applications', tag: 'Applications', summary: 'Applies for treatment elsewhere or a transfer.', access: 'bound', service: 'online_applications', body: 'ApplicationRequest', response: 'Application', refusals: ['404 consent_not_found', '409 already_checked'] },
  { method: 'post', path: '/api/applications/pension-check', tag: 'Applications', summary: 'The yearly pension qualification check, by the person’s own face.', access: 'bound', service: 'online_applications', body: 'FaceCheckRequest', response: 'Application', refusals: ['409 already_checked', '422 face_mismatch', '422 no_camera_image', '423 locked', '429 client_limited'] },
  { method: 'post', path: '/api/applications/pension-check/requests', tag: 'Applications', summary: 'Asks a pensioner to do their check on their own phone.', access: 'bound', service: 'online_applications', body: 'PensionCheckAskRequest', response: 'AskedPensionCheck', refusals: ['429 relative_limit', '429 refused_recently', '429 cardholder_limit'] },
  { method: 'post', path: '/api/applications/pension-check/requests/{id}/cancel', tag: 'Applications', summary: 'Cancels that request.', access: 'bound', service: 'online_applications', params: { id: 'The request’s id.' }, response: 'AskedPensionCheck', refusals: ['404 consent_not_found', '409 consent_closed'] },

  // ---- help ----
  { method: 'get', path: '/api/help/counters', tag: 'Help', summary: 'Service counters in a city.', access: 'public', query: { city: { description: 'The city’s id.', required: true } }, response: 'CountersResponse', refusals: ['404 not_found'] },
  { method: 'get', path: '/api/help/counters/{id}/days', tag: 'Help', summary: 'A counter’s days and hours with the places left.', access: 'public', params: { id: 'The counter’s id.' }, response: 'VisitDaysResponse', refusals: ['404 not_found'] },
  { method: 'get', path: '/api/help/visits', tag: 'Help', summary: 'The person’s booked visit, if any.', access: 'session', response: 'VisitResponse', refusals: ['403 not_yours', '409 out_of_order'] },
  { method: 'post', path: '/api/help/visits', tag: 'Help', summary: 'Books a visit at a counter; a new one replaces it.', access: 'session', body: 'VisitRequest', response: 'VisitResponse', refusals: ['403 not_yours', '409 out_of_order', '409 slot_full'] },
  { method: 'get', path: '/api/help/callback-windows', tag: 'Help', summary: 'When 12333 can call back.', access: 'public', response: 'CallbackWindowsResponse' },
  { method: 'get', path: '/api/help/callbacks', tag: 'Help', summary: 'The person’s booked call back, if any.', access: 'session', response: 'CallbackResponse', refusals: ['403 not_yours', '409 out_of_order'] },
  { method: 'post', path: '/api/help/callbacks', tag: 'Help', summary: 'Asks 12333 to call back.', access: 'session', body: 'CallbackRequest', response: 'CallbackResponse', refusals: ['403 not_yours', '409 out_of_order', '409 slot_full'] },

  // ---- pages (HTML, no script) ----
  { method: 'get', path: '/counter/verify', tag: 'Pages', summary: 'The counter’s page that checks a card QR.', access: 'public', query: { code: { description: 'What the QR holds.' }, lang: { description: 'en for English; Chinese otherwise.' } }, response: { contentType: 'text/html', description: 'The page, with the result under its heading.' } },
  { method: 'get', path: '/verify/proof', tag: 'Pages', summary: 'The public page that checks a proof of insurance by its code (the QR on the proof opens it).', access: 'public', query: { code: { description: 'The check code.' }, lang: { description: 'en for English; Chinese otherwise.' } }, response: { contentType: 'text/html', description: 'The page, with the result under its heading.' } },
  { method: 'post', path: '/verify/proof', tag: 'Pages', summary: 'The same, with the PDF uploaded (multipart/form-data: code, file): whether the file is the one issued.', access: 'public', query: { lang: { description: 'en for English; Chinese otherwise.' } }, response: { contentType: 'text/html', description: 'The page, with the result under its heading.' } },
  { method: 'post', path: '/api/csp-report', tag: 'Pages', summary: 'Where browsers report Content Security Policy violations (no session, no token).', access: 'public', response: { noContent: true } },
  { method: 'get', path: '/api/openapi.json', tag: 'Pages', summary: 'This document.', access: 'public', response: { contentType: 'application/json', description: 'OpenAPI 3.1.' } },
  { method: 'get', path: '/docs/api', tag: 'Pages', summary: 'This document as a page to read.', access: 'public', response: { contentType: 'text/html', description: 'The API reference.' } },

  // ---- sandbox only ----
  { method: 'get', path: '/api/sandbox/sms', tag: 'Sandbox', summary: 'The text messages sent to a phone (the sandbox sends none).', access: 'public', query: { phone: { description: 'The phone number.', required: true } }, response: 'SandboxSmsResponse', sandbox: true },
  { method: 'post', path: '/api/sandbox/clock', tag: 'Sandbox', summary: 'Moves this session’s clock on (expiry, lockouts).', access: 'session', body: 'SandboxClockRequest', response: 'SandboxClockResponse', sandbox: true },
  { method: 'post', path: '/api/sandbox/pay', tag: 'Sandbox', summary: 'The cashier: pays with a payment code.', access: 'session', body: 'SandboxPayRequest', response: 'Receipt', refusals: ['404 code_unknown'], sandbox: true },
  { method: 'get', path: '/api/sandbox/audit', tag: 'Sandbox', summary: 'This session’s audit trail.', access: 'session', query: { limit: { description: 'How many entries, 1 to 500.' } }, response: 'SandboxAuditResponse', sandbox: true },
  { method: 'post', path: '/api/sandbox/reviews/close', tag: 'Sandbox', summary: '12333 closes a review.', access: 'session', body: 'SandboxReviewCloseRequest', response: 'SandboxReviewCloseResponse', refusals: ['404 not_found'], sandbox: true },
  { method: 'get', path: '/api/sandbox/callbacks', tag: 'Sandbox', summary: 'The call backs booked.', access: 'public', response: 'SandboxCallbacksResponse', refusals: ['404 not_found'], sandbox: true },
  { method: 'get', path: '/api/sandbox/csp-reports', tag: 'Sandbox', summary: 'Content Security Policy reports received.', access: 'public', response: { contentType: 'application/json', description: 'The reports as the browser sent them.' }, sandbox: true },
];
