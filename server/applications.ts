// Applications made with a bound card, stored per person (hashed ID number). The status is not
// stored: the sandbox's reviewer is a rule of time (applicationStatus), so every status can be seen.
import { randomBytes } from 'node:crypto';
import { Application, type Relationship } from '../src/api/contract.js';
import { applicationStatus, chinaDay, type Transfer, type Treatment } from '../src/domain/applications.js';
import { iso } from './clock.js';
import type { Db } from './db.js';

export type ApplicationDetails =
  | ({ kind: 'treatment_elsewhere' } & Treatment)
  | ({ kind: 'transfer' } & Transfer)
  | { kind: 'pension_check'; validUntil: string };

interface Row {
  reference: string;
  subject: string;
  kind: ApplicationDetails['kind'];
  details: string;
  submitted_at: number;
  started_by: string | null;
  request_id: string | null;
}

const PREFIX: Record<ApplicationDetails['kind'], string> = { treatment_elsewhere: 'YD', transfer: 'ZY', pension_check: 'RZ' };

/** YD20261124-7F3A9C: the kind, the day in China, and six characters nobody can guess. */
function newReference(kind: ApplicationDetails['kind'], now: number): string {
  return `${PREFIX[kind]}${chinaDay(now).replaceAll('-', '')}-${randomBytes(3).toString('hex').toUpperCase()}`;
}

function toApplication(row: Row, now: number): Application {
  const details = JSON.parse(row.details) as ApplicationDetails;
  const reason = details.kind === 'treatment_elsewhere' ? details.reason : undefined;
  return Application.parse({
    reference: row.reference,
    status: applicationStatus({ kind: row.kind, submittedAt: row.submitted_at, ...(reason ? { reason } : {}) }, now),
    submittedAt: iso(row.submitted_at),
    details,
    startedBy: row.started_by ? (JSON.parse(row.started_by) as { name: string; relationship: Relationship }) : null,
  });
}

export class ApplicationStore {
  constructor(private readonly db: Db) {}

  add(
    subject: string,
    details: ApplicationDetails,
    now: number,
    startedBy: { name: string; relationship: Relationship; requestId: string } | null = null,
  ): Application {
    const reference = newReference(details.kind, now);
    this.db
      .prepare('INSERT INTO applications (reference, subject, kind, details, submitted_at, started_by, request_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        reference,
        subject,
        details.kind,
        JSON.stringify(details),
        now,
        startedBy ? JSON.stringify({ name: startedBy.name, relationship: startedBy.relationship }) : null,
        startedBy?.requestId ?? null,
      );
    return this.byReference(reference, now)!;
  }

  byReference(reference: string, now: number): Application | null {
    const row = this.db.prepare('SELECT * FROM applications WHERE reference = ?').get(reference) as Row | undefined;
    return row ? toApplication(row, now) : null;
  }

  byRequest(requestId: string, now: number): Application | null {
    const row = this.db.prepare('SELECT * FROM applications WHERE request_id = ?').get(requestId) as Row | undefined;
    return row ? toApplication(row, now) : null;
  }

  /** The person's applications, newest first. */
  of(subject: string, now: number): Application[] {
    const rows = this.db.prepare('SELECT * FROM applications WHERE subject = ? ORDER BY submitted_at DESC, rowid DESC').all(subject) as Row[];
    return rows.map((row) => toApplication(row, now));
  }

  /** When this year's pension check stops holding, if the person has one that holds on `today`. */
  pensionCheckValidUntil(subject: string, today: string): string | null {
    const rows = this.db.prepare("SELECT details FROM applications WHERE subject = ? AND kind = 'pension_check'").all(subject) as { details: string }[];
    const until = rows.map((row) => (JSON.parse(row.details) as { validUntil: string }).validUntil).filter((date) => date > today);
    return until.sort().at(-1) ?? null;
  }
}
