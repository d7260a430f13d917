// Personal data is kept only as long as it is needed (server/retention.ts): a restarted service
// purges what has been kept long enough and keeps what is still in use. This file runs its own
// service on its own data, and writes rows into that database while the service is stopped.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OWN_SERVICE_OFFSET, ownService } from '../../helpers/service.node.js';

const DAY = 24 * 60 * 60 * 1000;

test('a restart purges old text-message sends, client failures, finished relative requests, lost-card reports over for six months and audit rows past six months; what is in use stays', async () => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'ssc-retention-'));
  const service = ownService(OWN_SERVICE_OFFSET.retention, {}, dataDir);
  try {
    // The first start creates the database.
    await service.start();
    await service.stopHard();

    const now = Date.now();
    const db = new Database(join(dataDir, 'binding.sqlite'));
    const sms = db.prepare('INSERT INTO sms_sends (phone, sent_at) VALUES (?, ?)');
    sms.run('+8613900000001', now - 2 * DAY);
    sms.run('+8613900000002', now - 60_000);
    const failure = db.prepare('INSERT INTO client_failures (client, subject, at) VALUES (?, ?, ?)');
    failure.run('old-client', 'someone', now - 2 * DAY);
    failure.run('new-client', 'someone', now - 60_000);
    const request = db.prepare(
      `INSERT INTO consent_requests (id, token_hash, code_hash, relative_session, relative_key, relative, cardholder_subject, cardholder,
         services, locale, status, progress, created_at, expires_at, closed_at, access_revoked)
       VALUES (?, ?, ?, 's', 'r', '{}', 'c', '{}', '[]', 'zh-Hans', ?, '{}', ?, ?, ?, ?)`,
    );
    const ask = (id: string, status: string, createdDaysAgo: number, closedDaysAgo: number | null, revoked = 0) =>
      request.run(id, `t-${id}`, `c-${id}`, status, now - createdDaysAgo * DAY, now - createdDaysAgo * DAY + DAY, closedDaysAgo === null ? null : now - closedDaysAgo * DAY, revoked);
    ask('refused-long-ago', 'refused', 40, 40);
    ask('expired-long-ago', 'open', 40, null);
    ask('revoked-long-ago', 'bound', 60, 45, 1);
    ask('refused-lately', 'refused', 3, 3);
    ask('open-now', 'open', 0, null);
    // Bound with access kept: the relative's standing access, kept however old.
    ask('bound-long-ago', 'bound', 400, null);
    const report = db.prepare("INSERT INTO card_reports (reference, subject, reported_by, reported_at, lifts_at, lifted_at, lifted_by) VALUES (?, 'p', 'cardholder', ?, ?, ?, ?)");
    report.run('lifted-long-ago', now - 200 * DAY, now - 193 * DAY, now - 199 * DAY, 'cardholder');
    report.run('expired-long-ago', now - 200 * DAY, now - 193 * DAY, null, null);
    report.run('lifted-lately', now - 30 * DAY, now - 23 * DAY, now - 29 * DAY, 'cardholder');
    report.run('in-force', now - DAY, now + 6 * DAY, null, null);
    const auditRow = db.prepare("INSERT INTO audit (at, session_id, subject, action, outcome, detail) VALUES (?, 's', NULL, ?, 'ok', '{}')");
    auditRow.run(new Date(now - 200 * DAY).toISOString(), 'old');
    auditRow.run(new Date(now - 170 * DAY).toISOString(), 'recent');
    db.close();

    await service.start();
    await service.stopHard();

    const after = new Database(join(dataDir, 'binding.sqlite'), { readonly: true });
    const column = (sql: string) => (after.prepare(sql).all() as Record<string, unknown>[]).map((row) => Object.values(row)[0]);
    expect(column('SELECT phone FROM sms_sends')).toEqual(['+8613900000002']);
    expect(column('SELECT client FROM client_failures')).toEqual(['new-client']);
    expect(column('SELECT id FROM consent_requests ORDER BY id')).toEqual(['bound-long-ago', 'open-now', 'refused-lately']);
    expect(column("SELECT action FROM audit WHERE session_id = 's'")).toEqual(['recent']);
    expect(column('SELECT reference FROM card_reports ORDER BY reference')).toEqual(['in-force', 'lifted-lately']);
    after.close();
  } finally {
    await service.dispose();
  }
});
