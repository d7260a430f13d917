// Storage: one SQLite file with WAL, so a restart of the service loses nothing it has confirmed.
// The schema is created (and the SM2 key pair generated) the first time the file is opened.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sm2 } from 'sm-crypto-v2';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS keys (
  id TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  private_key TEXT NOT NULL,
  created_at TEXT NOT NULL
);
-- id is a hash of the cookie value, so the database alone cannot be used to take over a session.
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  clock_offset_ms INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL,
  -- The person who proved who they are in it (session.ts personKeyOf), for "sign out everywhere".
  person_key TEXT
);
-- Failed answers per person (hashed ID number) and check; a lock ends at locked_until.
CREATE TABLE IF NOT EXISTS check_failures (
  subject TEXT NOT NULL,
  kind TEXT NOT NULL,
  failures INTEGER NOT NULL,
  locked_until INTEGER,
  PRIMARY KEY (subject, kind)
);
-- Wrong answers per client (hashed network address) and person, for the per-client limit.
CREATE TABLE IF NOT EXISTS client_failures (
  client TEXT NOT NULL,
  subject TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS client_failures_client ON client_failures (client, at);
-- When codes were sent to a phone (never the codes): for the resend and hourly limits.
CREATE TABLE IF NOT EXISTS sms_sends (
  phone TEXT NOT NULL,
  sent_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sms_sends_phone ON sms_sends (phone, sent_at);
CREATE TABLE IF NOT EXISTS bindings (
  card_number TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  reference TEXT NOT NULL,
  bound_at TEXT NOT NULL,
  services TEXT NOT NULL,
  card TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bindings_subject ON bindings (subject);
-- subject is masked (shown to the sandbox); person_key is the hashed number (subjectOf), so a
-- person's own activity list finds their rows and no one else's with the same mask.
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  session_id TEXT,
  subject TEXT,
  person_key TEXT,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_session ON audit (session_id, id);
-- Remote binding: a relative's request for a cardholder's consent. The link's token and the short
-- code are kept only as hashes. progress is the binding's shared state, mirrored into both sessions.
CREATE TABLE IF NOT EXISTS consent_requests (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  code_hash TEXT NOT NULL UNIQUE,
  relative_session TEXT NOT NULL,
  relative_key TEXT NOT NULL,
  relative TEXT NOT NULL,
  cardholder_session TEXT,
  cardholder_subject TEXT NOT NULL,
  cardholder TEXT NOT NULL,
  services TEXT NOT NULL,
  locale TEXT NOT NULL,
  status TEXT NOT NULL,
  progress TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  closed_at INTEGER,
  access_revoked INTEGER NOT NULL DEFAULT 0,
  -- 'binding', or 'pension_check': the relative asks the cardholder to do their yearly check.
  purpose TEXT NOT NULL DEFAULT 'binding'
);
CREATE INDEX IF NOT EXISTS consent_relative ON consent_requests (relative_key, status);
CREATE INDEX IF NOT EXISTS consent_cardholder ON consent_requests (cardholder_subject, created_at);
-- Medical insurance payment codes: only a hash of the code, for one minute and one payment.
CREATE TABLE IF NOT EXISTS payment_codes (
  code_hash TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  -- The payer as the audit trail shows them (masked), and the session that showed the code.
  person TEXT NOT NULL,
  session_id TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS payment_codes_subject ON payment_codes (subject);
-- Payments made with a code (sandbox cashier): the receipt, amounts in fen.
CREATE TABLE IF NOT EXISTS payments (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  paid_at TEXT NOT NULL,
  merchant TEXT NOT NULL,
  total INTEGER NOT NULL,
  medical_account INTEGER NOT NULL,
  out_of_pocket INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS payments_subject ON payments (subject, paid_at);
-- Which benefit alerts a person has read (the alerts themselves are generated: notices.ts).
CREATE TABLE IF NOT EXISTS notice_reads (
  subject TEXT NOT NULL,
  notice_id TEXT NOT NULL,
  PRIMARY KEY (subject, notice_id)
);
-- Applications made with a bound card. details is what was asked (cities, dates); the status is
-- derived from submitted_at by the sandbox's reviewer (src/domain/applications.ts).
CREATE TABLE IF NOT EXISTS applications (
  reference TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  kind TEXT NOT NULL,
  details TEXT NOT NULL,
  submitted_at INTEGER NOT NULL,
  -- A pension check a relative asked for: who asked (name, relationship) and the request.
  started_by TEXT,
  request_id TEXT
);
CREATE INDEX IF NOT EXISTS applications_subject ON applications (subject, submitted_at);
-- Cross-border payment limits chosen by people who bound with a foreign document (whole yuan).
CREATE TABLE IF NOT EXISTS cross_border_limits (
  subject TEXT PRIMARY KEY,
  per_transaction INTEGER NOT NULL,
  daily INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);
-- Lost-card reports (临时挂失), one person's card at a time: times in ms on the session clock.
CREATE TABLE IF NOT EXISTS card_reports (
  reference TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  reported_by TEXT NOT NULL,
  reported_at INTEGER NOT NULL,
  lifts_at INTEGER NOT NULL,
  lifted_at INTEGER,
  lifted_by TEXT
);
CREATE INDEX IF NOT EXISTS card_reports_subject ON card_reports (subject, reported_at);
-- Replacement cards posted for a report (card-reports.ts): the address as JSON; the old and new
-- card numbers, so the old one never binds again once the new one has arrived (arrived_at).
CREATE TABLE IF NOT EXISTS card_replacements (
  reference TEXT PRIMARY KEY,
  report_reference TEXT NOT NULL UNIQUE,
  subject TEXT NOT NULL,
  ordered_at INTEGER NOT NULL,
  address TEXT,
  fee_fen INTEGER NOT NULL,
  old_card_number TEXT NOT NULL,
  new_card_number TEXT NOT NULL UNIQUE,
  tracking_reference TEXT NOT NULL,
  arrived_at INTEGER
);
CREATE INDEX IF NOT EXISTS card_replacements_subject ON card_replacements (subject, ordered_at);
CREATE INDEX IF NOT EXISTS card_replacements_old ON card_replacements (old_card_number);
-- The proof of insurance (insurance-proof.ts): what each issued document says, its file's SHA-256,
-- found by its check code; kept while valid and a while after (retention.ts), so a checker is told
-- "expired" rather than "unknown".
CREATE TABLE IF NOT EXISTS insurance_proofs (
  code TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  issued_at INTEGER NOT NULL,
  valid_until INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  contents TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS insurance_proofs_valid ON insurance_proofs (valid_until);
-- "This wasn't me": a binding stopped for review (payments refused) until 12333 closes it.
-- "Show my card": the service's Ed25519 signing key for the card's QR (credential.ts).
CREATE TABLE IF NOT EXISTS credential_keys (
  kid TEXT PRIMARY KEY,
  private_pem TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS binding_reviews (
  reference TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  opened_at INTEGER NOT NULL,
  closed_at INTEGER,
  -- The person masked (for the audit row when 12333 closes it) and the phone the review was texted
  -- to (to say it is closed); the phone is erased when it closes.
  person TEXT,
  phone TEXT
);
CREATE INDEX IF NOT EXISTS binding_reviews_subject ON binding_reviews (subject, closed_at);
-- "Having trouble?" (help-desk.ts): a visit booked at a counter, days and times Beijing time. A
-- booking replaced by another is deleted (its place freed); owner_phone is the phone it was texted to.
CREATE TABLE IF NOT EXISTS counter_visits (
  reference TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  owner_phone TEXT NOT NULL,
  document TEXT NOT NULL,
  counter TEXT NOT NULL,
  date TEXT NOT NULL,
  from_time TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS counter_visits_subject ON counter_visits (subject, date);
CREATE INDEX IF NOT EXISTS counter_visits_slot ON counter_visits (counter, date, from_time);
-- A call back from 12333: phone is the number to call, owner_phone the one texted (E.164 both).
CREATE TABLE IF NOT EXISTS callbacks (
  reference TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  owner_phone TEXT NOT NULL,
  phone TEXT NOT NULL,
  date TEXT NOT NULL,
  from_time TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS callbacks_subject ON callbacks (subject, date);
CREATE INDEX IF NOT EXISTS callbacks_window ON callbacks (date, from_time);
`;

/** Opens (creating on first start) `<dataDir>/binding.sqlite`. */
export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(join(dataDir, 'binding.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  addMissingColumns(db);
  seedKeyPair(db);
  return db;
}

/** Columns added after a table was first made: a data directory from before gets them too. */
function addMissingColumns(db: Db): void {
  const columnsOf = (table: string) => (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((column) => column.name);
  if (!columnsOf('consent_requests').includes('purpose')) db.exec("ALTER TABLE consent_requests ADD COLUMN purpose TEXT NOT NULL DEFAULT 'binding'");
  if (!columnsOf('audit').includes('person_key')) db.exec('ALTER TABLE audit ADD COLUMN person_key TEXT');
  if (!columnsOf('sessions').includes('person_key')) db.exec('ALTER TABLE sessions ADD COLUMN person_key TEXT');
  if (!columnsOf('binding_reviews').includes('person')) db.exec('ALTER TABLE binding_reviews ADD COLUMN person TEXT; ALTER TABLE binding_reviews ADD COLUMN phone TEXT');
  db.exec('CREATE INDEX IF NOT EXISTS sessions_person ON sessions (person_key)');
  db.exec('CREATE INDEX IF NOT EXISTS audit_person ON audit (person_key, id)');
}

export interface KeyPair {
  id: string;
  publicKey: string;
  privateKey: string;
}

/** The payment password is encrypted in the browser to this key; it is made once per database. */
function seedKeyPair(db: Db): void {
  const existing = db.prepare('SELECT COUNT(*) AS n FROM keys').get() as { n: number };
  if (existing.n > 0) return;
  const pair = sm2.generateKeyPairHex();
  const id = `sm2-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}-1`;
  db.prepare('INSERT INTO keys (id, public_key, private_key, created_at) VALUES (?, ?, ?, ?)').run(
    id,
    pair.publicKey,
    pair.privateKey,
    new Date().toISOString(),
  );
}

export function currentKeyPair(db: Db): KeyPair {
  const row = db.prepare('SELECT id, public_key, private_key FROM keys ORDER BY created_at DESC LIMIT 1').get() as {
    id: string;
    public_key: string;
    private_key: string;
  };
  return { id: row.id, publicKey: row.public_key, privateKey: row.private_key };
}

export function keyPairById(db: Db, id: string): KeyPair | undefined {
  const row = db.prepare('SELECT id, public_key, private_key FROM keys WHERE id = ?').get(id) as
    | { id: string; public_key: string; private_key: string }
    | undefined;
  return row && { id: row.id, publicKey: row.public_key, privateKey: row.private_key };
}
