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

test('a restart purges old text-message sends, client failures, finished relative requests, lost-card reports over for six months, replacement addresses half a year after arrival and audit rows past six months; what is in use stays', async () => {
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
    // Reported long ago, but its replacement card is still on its way: still in force.
    report.run('replacement-on-its-way', now - 200 * DAY, now - 193 * DAY, null, null);
    const replacement = db.prepare(
      `INSERT INTO card_replacements (reference, report_reference, subject, ordered_at, address, fee_fen, old_card_number, new_card_number, tracking_reference, arrived_at)
       VALUES (?, ?, 'p', ?, '{"street":"建国路 88 号"}', 0, ?, ?, 'SF1', ?)`,
    );
    replacement.run('arrived-long-ago', 'lifted-long-ago', now - 199 * DAY, 'B00000001', 'B00000002', now - 194 * DAY);
    replacement.run('arrived-lately', 'lifted-lately', now - 29 * DAY, 'B00000003', 'B00000004', now - 24 * DAY);
    replacement.run('on-its-way', 'replacement-on-its-way', now - 199 * DAY, 'B00000005', 'B00000006', null);
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
    expect(column('SELECT reference FROM card_reports ORDER BY reference')).toEqual(['in-force', 'lifted-lately', 'replacement-on-its-way']);
    // Where a card was posted goes half a year after it arrived; which card replaced which stays.
    expect(column("SELECT reference FROM card_replacements WHERE address IS NOT NULL ORDER BY reference")).toEqual(['arrived-lately', 'on-its-way']);
    expect(column('SELECT old_card_number FROM card_replacements ORDER BY old_card_number')).toEqual(['B00000001', 'B00000003', 'B00000005']);
    after.close();
  } finally {
    await service.dispose();
  }
});

test('a restart erases counter visits and call backs, with their phone numbers, a month after their day; later ones stay', async () => {
  test.setTimeout(60_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'ssc-retention-help-'));
  const service = ownService(OWN_SERVICE_OFFSET.helpRetention, {}, dataDir);
  try {
    await service.start();
    await service.stopHard();

    // Days are Beijing days, as the service keeps them.
    const daysAgo = (days: number) => new Date(Date.now() + 8 * 60 * 60 * 1000 - days * DAY).toISOString().slice(0, 10);
    const db = new Database(join(dataDir, 'binding.sqlite'));
    const visit = db.prepare(
      "INSERT INTO counter_visits (reference, subject, owner_phone, document, counter, date, from_time, created_at) VALUES (?, 'p', ?, 'resident_id', '110100-1', ?, '09:00', ?)",
    );
    visit.run('YY-LONG-AGO', '+8613900000011', daysAgo(31), Date.now() - 35 * DAY);
    visit.run('YY-LATELY', '+8613900000012', daysAgo(29), Date.now() - 33 * DAY);
    visit.run('YY-TO-COME', '+8613900000013', daysAgo(-3), Date.now());
    const callback = db.prepare("INSERT INTO callbacks (reference, subject, owner_phone, phone, date, from_time, created_at) VALUES (?, 'p', '+8613900000014', ?, ?, '14:00', ?)");
    callback.run('HD-LONG-AGO', '+8613900000021', daysAgo(31), Date.now() - 32 * DAY);
    callback.run('HD-LATELY', '+8613900000022', daysAgo(29), Date.now() - 30 * DAY);
    callback.run('HD-TO-COME', '+8613900000023', daysAgo(-1), Date.now());
    db.close();

    await service.start();
    await service.stopHard();

    const after = new Database(join(dataDir, 'binding.sqlite'), { readonly: true });
    const column = (sql: string) => (after.prepare(sql).all() as Record<string, unknown>[]).map((row) => Object.values(row)[0]);
    expect(column('SELECT reference FROM counter_visits ORDER BY reference')).toEqual(['YY-LATELY', 'YY-TO-COME']);
    expect(column('SELECT owner_phone FROM counter_visits ORDER BY owner_phone')).toEqual(['+8613900000012', '+8613900000013']);
    expect(column('SELECT reference FROM callbacks ORDER BY reference')).toEqual(['HD-LATELY', 'HD-TO-COME']);
    expect(column('SELECT phone FROM callbacks ORDER BY phone')).toEqual(['+8613900000022', '+8613900000023']);
    after.close();
  } finally {
    await service.dispose();
  }
});
