// Everything the routes share, made once per app so tests can build an app on their own database.
import type { Db } from './db.js';
import { CheckLimits, SmsLimits } from './limits.js';
import { SmsOutbox } from './sandbox.js';
import { SessionStore } from './session.js';
import { ConsentStore } from './consent.js';
import { ApplicationStore } from './applications.js';

export interface Services {
  db: Db;
  sandbox: boolean;
  sessions: SessionStore;
  checks: CheckLimits;
  smsLimits: SmsLimits;
  outbox: SmsOutbox;
  consents: ConsentStore;
  applications: ApplicationStore;
}

export function createServices(db: Db, sandbox: boolean, clientPeoplePerHour?: number): Services {
  return { db, sandbox, sessions: new SessionStore(db), checks: new CheckLimits(db, clientPeoplePerHour), smsLimits: new SmsLimits(db), outbox: new SmsOutbox(), consents: new ConsentStore(db), applications: new ApplicationStore(db) };
}
