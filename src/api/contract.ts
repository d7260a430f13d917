// The one API contract: request and response bodies as zod schemas, imported by the app's client
// and by the reference service, so both sides agree by construction. No DOM, no Node.
// zod/mini (functional checks: z.optional(x), .check(z.maxLength(n))) rather than classic zod:
// the same parsing at about a third of the bytes on the first screen.
import * as z from 'zod/mini';
import { DOCUMENT_TYPES } from '../domain/document-types.js';
import { CITY_IDS, INSURANCES, TREATMENT_REASONS } from '../domain/applications.js';
import { BANK_CODES, ISSUER_CITIES } from '../domain/card-issuers.js';
import { AppLocale } from './locale.js';

// zod 4 probes `new Function('')` to compile faster parsers; under our CSP and Trusted Types that
// probe is a policy violation in the browser. Plain (interpreted) parsing is fast enough here.
z.config({ jitless: true });

/**
 * What a back end offers for testing beyond the contract, so the conformance suite
 * (npm run conformance) runs what it can and skips the rest: test people (any still frame passes
 * the face check, and every well-formed card number a test invents is in the register), the text
 * messages sent (GET /api/sandbox/sms), a session's own clock (POST /api/sandbox/clock), a
 * cashier (POST /api/sandbox/pay), the audit trail (GET /api/sandbox/audit), 12333 closing a
 * review, the call backs booked, and the reference sandbox's own figures and special card
 * numbers (reference-figures). The reference service offers all of them in the sandbox.
 */
export const TEST_CAPABILITIES = ['test-people', 'sms-outbox', 'clock', 'cashier', 'audit', 'reviews', 'callbacks', 'reference-figures'] as const;
export type TestCapability = (typeof TEST_CAPABILITIES)[number];

export const HealthResponse = z.object({
  status: z.literal('ok'),
  version: z.string(),
  sandbox: z.boolean(),
  capabilities: z._default(z.array(z.enum(TEST_CAPABILITIES)), []),
});
export type HealthResponse = z.infer<typeof HealthResponse>;

export { CHANNEL_HEADER, CSRF_HEADER } from './headers.js';
export * from './lost-card.js';
export * from './activity.js';
export * from './help.js';
export * from './pension.js';
export * from './credential.js';
export * from './contributions.js';
export * from './insurance-proof.js';
export { AppLocale } from './locale.js';
import { ActivityEntry } from './activity.js';
import { Visit } from './help.js';

/**
 * Why a binding is stopped for review: the card is reported stolen, or bound by someone else
 * (both found at the card step), or the person said something done with it was not them.
 */
export const FrozenReason = z.enum(['reported_stolen', 'bound_elsewhere', 'not_me']);
export type FrozenReason = z.infer<typeof FrozenReason>;

/** Every refusal has a stable code the app maps to a translated message. */
export const ErrorCode = z.enum([
  'validation', // fields: { field: problem }
  'csrf',
  'no_session',
  'out_of_order', // a step was skipped
  'face_mismatch', // attemptsLeft
  'no_camera_image',
  'sms_too_soon', // retryAfter (s)
  'sms_hourly_limit', // retryAfter (s), lockedUntil
  'code_wrong', // attemptsLeft
  'code_expired',
  'no_code',
  'locked', // lockedUntil (ISO), check
  'card_not_found',
  'card_frozen', // reviewReference, reason
  'password_wrong', // attemptsLeft
  'phone_mismatch',
  'agreement_outdated',
  'busy', // retryAfter (s); also HTTP 503 with Retry-After
  'too_large',
  'not_found',
  'not_bound',
  'not_applicable', // e.g. cross-border limits for a mainland resident ID
  'not_yours', // remote binding: this part is the other person's to do (the check names it)
  'consent_expired',
  'consent_used', // the request was already opened on another device
  'consent_closed', // refused or cancelled
  'consent_own_request', // a relative cannot confirm their own request
  'consent_not_found', // no request with that link or code
  'relative_limit', // one person may act for at most 8 relatives
  'refused_recently', // retryAfter (s): this cardholder refused this relative less than a day ago
  'cardholder_limit', // retryAfter (s): too many requests for this cardholder today
  'client_limited', // retryAfter (s), lockedUntil: wrong answers about too many people from one client
  'service_off', // after binding: that service is not turned on for this card
  'code_unknown', // sandbox cashier: no payment code like that, or it was used
  'already_checked', // the pension qualification check is already done for this year
  'card_lost', // reportReference: the person's card is reported lost; it binds and pays again once lifted
  'card_not_lost', // lifting a report, or ordering a replacement, when the card is not reported lost
  'card_replaced', // the card step: this card was replaced by a new one; bind with the new card's number
  'replacement_ordered', // lifting a report once a new card is on its way: the old card stays stopped
  'slot_full', // a counter hour or a call-back window taken by others meanwhile: choose another
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({
  code: ErrorCode,
  /** For `validation`: field name → problem code (the same codes the domain rules return). */
  fields: z.optional(z.record(z.string(), z.string())),
  attemptsLeft: z.optional(z.int().check(z.minimum(0))),
  /** Seconds until the person may try again. */
  retryAfter: z.optional(z.int().check(z.minimum(0))),
  /** ISO time when a lock ends. */
  lockedUntil: z.optional(z.string()),
  /** Which check is locked: sms code, payment password, face, a consent code. */
  check: z.optional(z.enum(['sms', 'password', 'face', 'consent_code'])),
  /** not_yours: who does this part instead. */
  whose: z.optional(z.enum(['relative', 'cardholder'])),
  reviewReference: z.optional(z.string()),
  reason: z.optional(FrozenReason),
  /** card_lost: the report's reference, to quote to 12333. */
  reportReference: z.optional(z.string()),
});
export type ApiError = z.infer<typeof ApiError>;

const shortText = (max: number) => z.string().check(z.maxLength(max));
/**
 * A name as typed: zod counts UTF-16 units, and a name may hold 50 characters from the
 * supplementary planes (two units each) with spaces around its separators. The domain rule
 * counts the characters themselves (NAME_MAX_CHARACTERS); this only stops absurd pastes.
 */
const nameText = () => shortText(200);

// ---- identity (step 2) ----
export const DocumentType = z.enum(DOCUMENT_TYPES);

/** A passport's photo page, as typed or filled in from its MRZ lines. Dates are "YYYY-MM-DD" parts. */
export const PassportFields = z.object({
  nationality: shortText(3),
  surname: shortText(100),
  givenNames: shortText(100),
  birthDate: shortText(20),
  sex: shortText(20),
  expiryDate: shortText(20),
});

export const IdentityRequest = z.object({
  /** Which document proves who the person is; the mainland resident ID when not said. */
  document: z._default(DocumentType, 'resident_id'),
  /** The name as on the document; for a passport the service builds it from surname and given names. */
  name: z._default(nameText(), ''),
  /** The document's number. */
  idNumber: shortText(40),
  phone: shortText(40),
  /** The country picked for the phone number (ISO 3166 alpha-2); a typed +code wins. */
  phoneCountry: z._default(z.string().check(z.regex(/^[A-Z]{2}$/)), 'CN'),
  passport: z.optional(PassportFields),
});
export type IdentityRequest = z.infer<typeof IdentityRequest>;

export const IdentityResponse = z.object({
  document: DocumentType,
  name: z.string(),
  idNumberMasked: z.string(),
  phoneMasked: z.string(),
});
export type IdentityResponse = z.infer<typeof IdentityResponse>;

/** A still frame from the camera as a data URL (JPEG or PNG); used once, never stored. */
export const FaceCheckRequest = z.object({
  image: z.string().check(z.maxLength(2_000_000), z.regex(/^data:image\/(jpeg|png|webp);base64,/)),
});
export const VerifiedResponse = z.object({ verified: z.literal(true), method: z.enum(['face', 'sms', 'password']) });
export type VerifiedResponse = z.infer<typeof VerifiedResponse>;

export const SmsSentResponse = z.object({
  phoneMasked: z.string(),
  /** Seconds before another code may be sent. */
  resendAfter: z.int(),
  /** Seconds the code stays valid. */
  expiresIn: z.int(),
});
export type SmsSentResponse = z.infer<typeof SmsSentResponse>;

export const SmsVerifyRequest = z.object({ code: shortText(20) });

// ---- card (step 3) ----
export const CardLookupRequest = z.union([
  z.object({ cardNumber: shortText(40) }),
  /** The QR payload on the card is opaque: only the service knows what it means. */
  z.object({ qrToken: shortText(512) }),
]);
export type CardLookupRequest = z.infer<typeof CardLookupRequest>;

export const Card = z.object({
  cardNumberMasked: z.string(),
  holderName: z.string(),
  /** Issuing city as an id ('beijing'); the app names it in the reader's language (北京市, Beijing). */
  issuer: z.enum(ISSUER_CITIES),
  issuedOn: z.string(),
});
export type Card = z.infer<typeof Card>;

// ---- bank (step 4) ----
export const BankInfoResponse = z.object({
  /** The bank as a code ('icbc'); the app names it in the reader's language. */
  bank: z.enum(BANK_CODES),
  accountMasked: z.string(),
  /** SM2 public key (uncompressed, hex, starting 04) the password is encrypted to. */
  publicKey: z.string(),
  keyId: z.string(),
  /** False when the phone given at step 2 is not the one reserved at the bank. */
  reservedPhoneMatches: z.boolean(),
  /** Where the bank's own password reset is. */
  resetUrl: z.string(),
});
export type BankInfoResponse = z.infer<typeof BankInfoResponse>;

export const BankVerifyRequest = z.object({
  keyId: shortText(64),
  /** SM2 ciphertext, C1C3C2, hex, without the leading 04. */
  ciphertext: z.string().check(z.regex(/^[0-9a-f]+$/i), z.maxLength(1024)),
});

// ---- agreement (step 5) ----
export const AgreementResponse = z.object({
  version: z.string(),
  lang: z.string(),
  title: z.string(),
  sections: z.array(z.object({ heading: z.string(), paragraphs: z.array(z.string()) })),
});
export type AgreementResponse = z.infer<typeof AgreementResponse>;

export const SignRequest = z.object({ version: shortText(40), agreed: z.literal(true) });
export const SignResponse = z.object({ version: z.string(), signedAt: z.string() });

// ---- services and binding (step 6) ----
export const ServiceId = z.enum(['medical_payment', 'account_queries', 'benefit_alerts', 'online_applications']);
export type ServiceId = z.infer<typeof ServiceId>;
export const SERVICE_IDS = ServiceId.options;

export const BindRequest = z.object({ services: z.array(ServiceId).check(z.minLength(1), z.maxLength(SERVICE_IDS.length)) });
export const Binding = z.object({
  reference: z.string(),
  boundAt: z.string(),
  services: z.array(ServiceId),
  card: Card,
});
export type Binding = z.infer<typeof Binding>;

// ---- cross-border payment limits (foreign documents, after binding) ----
/** Whole yuan. The service sets the bounds; the person chooses within them. */
export const CrossBorderLimits = z.object({
  perTransaction: z.int().check(z.minimum(0)),
  daily: z.int().check(z.minimum(0)),
});
export type CrossBorderLimits = z.infer<typeof CrossBorderLimits>;
export const CrossBorderLimitsResponse = z.object({
  limits: CrossBorderLimits,
  bounds: z.object({ perTransactionMax: z.int(), dailyMax: z.int() }),
  currency: z.literal('CNY'),
  updatedAt: z.nullable(z.string()),
});
export type CrossBorderLimitsResponse = z.infer<typeof CrossBorderLimitsResponse>;

// ---- after binding: the services the card unlocks ----
/** Turning services on or off on "my card"; all off is allowed (the card stays bound). */
export const ServicesUpdateRequest = z.object({ services: z.array(ServiceId).check(z.maxLength(SERVICE_IDS.length)) });

/** Amounts are whole fen (1/100 yuan), so sums never round. */
const Fen = z.int();

/** The medical insurance payment code: shown as a QR code and as its digits, valid for a minute. */
export const PaymentCode = z.object({
  /** 18 digits; the QR code holds exactly these. */
  code: z.string().check(z.regex(/^\d{18}$/)),
  /** The QR code as an SVG data URL. */
  qr: z.string().check(z.startsWith('data:image/svg+xml;base64,')),
  issuedAt: z.string(),
  expiresAt: z.string(),
  lifetimeSeconds: z.int().check(z.positive()),
});
export type PaymentCode = z.infer<typeof PaymentCode>;

/** What a payment at a clinic or pharmacy cost, and who paid which part. */
export const Receipt = z.object({
  id: z.string(),
  paidAt: z.string(),
  merchant: z.string(),
  total: Fen,
  /** Paid from the personal medical insurance account. */
  medicalAccount: Fen,
  /** Paid by the person themself. */
  outOfPocket: Fen,
});
export type Receipt = z.infer<typeof Receipt>;
export const ReceiptsResponse = z.object({ receipts: z.array(Receipt) });

export const StatementKind = z.enum(['contribution', 'outpatient', 'pharmacy', 'payment']);
export type StatementKind = z.infer<typeof StatementKind>;
/** One line of the medical account statement: money in is positive, money out negative. */
export const StatementEntry = z.object({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  kind: StatementKind,
  /** Where the money went (a payment's merchant); empty for the others. */
  merchant: z.string(),
  amount: Fen,
  balance: Fen,
});
export type StatementEntry = z.infer<typeof StatementEntry>;
export const AccountsResponse = z.object({
  pension: z.object({ balance: Fen }),
  medical: z.object({ balance: Fen }),
  /** The last 12 months, oldest month first, as YYYY-MM. */
  months: z.array(z.string()),
  /** The medical account over those months, newest first. */
  statement: z.array(StatementEntry),
  currency: z.literal('CNY'),
});
export type AccountsResponse = z.infer<typeof AccountsResponse>;

/** `activity`: "was this you?" about something done with the binding (bound, services changed, reported lost, a relative let in), by the person or a relative; `counter_visit`: the day before a booked visit. */
export const NoticeKind = z.enum(['pension_paid', 'unemployment_paid', 'certification_due', 'activity', 'counter_visit']);
/** A benefit alert: what happened, on which day, how much (fen) when money was paid. */
export const Notice = z.object({
  id: z.string(),
  kind: NoticeKind,
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  amount: z.nullable(z.int()),
  read: z.boolean(),
  activity: z.optional(ActivityEntry),
  visit: z.optional(Visit),
});
export type Notice = z.infer<typeof Notice>;
export const NoticesResponse = z.object({ notices: z.array(Notice), unread: z.int().check(z.minimum(0)) });
export type NoticesResponse = z.infer<typeof NoticesResponse>;

/** Sandbox only: a clinic's cashier takes a payment with a code the person shows. */
export const SandboxPayRequest = z.object({
  code: shortText(40),
  amount: z.int().check(z.minimum(1), z.maximum(10_000_000)),
  merchant: z.optional(shortText(60)),
});

// ---- remote binding: a relative asks, the cardholder consents on their own device ----
export const Relationship = z.enum(['child', 'spouse', 'parent', 'sibling', 'grandchild', 'other']);
export type Relationship = z.infer<typeof Relationship>;

export const ConsentCreateRequest = z.object({
  holderName: nameText(),
  holderIdNumber: shortText(40),
  holderPhone: shortText(40),
  relativeName: nameText(),
  relativePhone: shortText(40),
  relationship: Relationship,
  services: z.array(ServiceId).check(z.minLength(1), z.maxLength(SERVICE_IDS.length)),
  /** The language the cardholder's screens open in (they can change it). */
  locale: AppLocale,
});
export type ConsentCreateRequest = z.infer<typeof ConsentCreateRequest>;

/** The link's secret or the short code read out over the phone: either opens the request. */
export const ConsentKey = z.union([z.object({ token: shortText(100) }), z.object({ code: shortText(20) })]);
export type ConsentKey = z.infer<typeof ConsentKey>;

export const ConsentStatus = z.enum([
  'pending', // waiting for the cardholder to open and confirm
  'consented', // confirmed; the cardholder proves who they are next
  'identity_verified', // the relative adds the card next
  'card_added', // the cardholder enters the payment password next
  'bank_verified', // the cardholder signs the agreement next
  'signed', // the relative binds next
  'bound',
  'refused',
  'cancelled',
  'expired',
  'done', // a pension check: the pensioner has done it
]);
export type ConsentStatus = z.infer<typeof ConsentStatus>;

export const ConsentView = z.object({
  /** Who is looking: the relative who asked, the cardholder who confirmed, or someone opening the link. */
  role: z.enum(['relative', 'cardholder', 'viewer']),
  status: ConsentStatus,
  expiresAt: z.string(),
  relative: z.object({ name: z.string(), relationship: Relationship, phoneMasked: z.string() }),
  cardholder: z.object({ name: z.string(), idNumberMasked: z.string(), phoneMasked: z.string() }),
  services: z.array(ServiceId),
  locale: AppLocale,
  /** Only the relative sees how to reach the cardholder's device: the link's path and the short code. */
  link: z.optional(z.string()),
  code: z.optional(z.string()),
  card: z.nullable(Card),
  bindingReference: z.nullable(z.string()),
  /** The cardholder removed the relative's access after binding. */
  accessRevoked: z.boolean(),
  /** What the relative asks for: to bind the card, or the yearly pension qualification check. */
  purpose: z._default(z.enum(['binding', 'pension_check']), 'binding'),
});
export type ConsentView = z.infer<typeof ConsentView>;

// ---- applications made with a bound card ----
export const City = z.enum(CITY_IDS);
export const TreatmentReason = z.enum(TREATMENT_REASONS);
export const Insurance = z.enum(INSURANCES);
/** Dates as typed ("YYYY-MM-DD", parts possibly empty): the service answers each problem by field. */
const typedDate = shortText(20);

export const TreatmentDetails = z.object({
  kind: z.literal('treatment_elsewhere'),
  city: shortText(20),
  reason: shortText(20),
  startDate: typedDate,
  endDate: typedDate,
});
export const TransferDetails = z.object({
  kind: z.literal('transfer'),
  fromCity: shortText(20),
  toCity: shortText(20),
  insurances: z.array(shortText(20)).check(z.maxLength(INSURANCES.length)),
});
/** A new application for treatment elsewhere or a transfer; the pension check is a face check of its own. */
export const ApplicationRequest = z.union([TreatmentDetails, TransferDetails]);
export type ApplicationRequest = z.infer<typeof ApplicationRequest>;

export const ApplicationStatus = z.enum(['submitted', 'in_review', 'approved', 'needs_information']);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

export const Application = z.object({
  /** The reference to quote when calling 12333 or at a service centre. */
  reference: z.string(),
  status: ApplicationStatus,
  submittedAt: z.string(),
  details: z.union([
    z.object({ kind: z.literal('treatment_elsewhere'), city: City, reason: TreatmentReason, startDate: z.string(), endDate: z.string() }),
    z.object({ kind: z.literal('transfer'), fromCity: City, toCity: City, insurances: z.array(Insurance) }),
    z.object({ kind: z.literal('pension_check'), validUntil: z.string() }),
  ]),
  /** A pension check a relative asked for: who asked. */
  startedBy: z.nullable(z.object({ name: z.string(), relationship: Relationship })),
});
export type Application = z.infer<typeof Application>;

/** A pension check this person asked a relative to do on the relative's own phone. */
export const AskedPensionCheck = z.object({
  id: z.string(),
  pensioner: z.object({ name: z.string(), idNumberMasked: z.string(), phoneMasked: z.string() }),
  relationship: Relationship,
  status: ConsentStatus,
  expiresAt: z.string(),
  /** The short code to read out, while the request is open. */
  code: z.nullable(z.string()),
  /** The check's reference once it is done. */
  reference: z.nullable(z.string()),
});
export type AskedPensionCheck = z.infer<typeof AskedPensionCheck>;

export const ApplicationsResponse = z.object({
  applications: z.array(Application),
  asked: z.array(AskedPensionCheck),
  /** The person's own pension check for this year, if done (so it is not asked for twice). */
  pensionCheckValidUntil: z.nullable(z.string()),
});
export type ApplicationsResponse = z.infer<typeof ApplicationsResponse>;

/** A relative (bound themself) asks a pensioner to do the yearly check on the pensioner's phone. */
export const PensionCheckAskRequest = z.object({
  pensionerName: nameText(),
  pensionerIdNumber: shortText(40),
  pensionerPhone: shortText(40),
  relationship: Relationship,
  locale: AppLocale,
});
export type PensionCheckAskRequest = z.infer<typeof PensionCheckAskRequest>;

// ---- the session: what the service has confirmed so far ----
export const Progress = z.object({
  identity: z.nullable(IdentityResponse),
  identityVerifiedBy: z.nullable(z.enum(['face', 'sms'])),
  card: z.nullable(Card),
  bankVerified: z.boolean(),
  agreement: z.nullable(SignResponse),
  binding: z.nullable(Binding),
  frozen: z.nullable(z.object({ reviewReference: z.string(), reason: FrozenReason })),
  /** Remote binding: this session's part in a relative's request, and where the request stands. */
  remote: z._default(z.nullable(z.object({ role: z.enum(['relative', 'cardholder']), status: ConsentStatus })), null),
  /** A pension check a relative asked this person to do, confirmed on this device. */
  pensionCheck: z._default(
    z.nullable(z.object({ status: ConsentStatus, relative: z.object({ name: z.string(), relationship: Relationship }), reference: z.nullable(z.string()) })),
    null,
  ),
});
export type Progress = z.infer<typeof Progress>;

export const SessionResponse = z.object({
  csrfToken: z.string(),
  sandbox: z.boolean(),
  /** When the session ends if nothing happens (ISO). */
  expiresAt: z.string(),
  /** How long an idle session lasts; every request starts it again. Relative, so clock skew does not matter. */
  idleTimeoutSeconds: z.int().check(z.positive()),
  progress: Progress,
});
export type SessionResponse = z.infer<typeof SessionResponse>;

// ---- sandbox ----
export const SandboxSms = z.object({ phone: z.string(), text: z.string(), code: z.string(), sentAt: z.string() });
export const SandboxSmsResponse = z.object({ messages: z.array(SandboxSms) });

/** Sandbox only: moves this session's clock forward, so time rules can be tested without waiting. */
export const SandboxClockRequest = z.object({ advanceSeconds: z.int().check(z.minimum(0), z.maximum(7 * 24 * 3600)) });
export const SandboxClockResponse = z.object({ now: z.string() });

/** Sandbox only: the audit trail of the current session, newest first. */
export const SandboxAuditEntry = z.object({
  at: z.string(),
  subject: z.nullable(z.string()),
  action: z.string(),
  outcome: z.string(),
  detail: z.record(z.string(), z.unknown()),
});
export type SandboxAuditEntry = z.infer<typeof SandboxAuditEntry>;
export const SandboxAuditResponse = z.object({ entries: z.array(SandboxAuditEntry) });
export type SandboxAuditResponse = z.infer<typeof SandboxAuditResponse>;
