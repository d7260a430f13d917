// Benefit alerts: the person's inbox, and marking a notice read. Only notices of the person this
// session has proved to be are found; any other id is simply not there.
import type { Hono } from 'hono';
import { NoticesResponse } from '../../src/api/contract.js';
import { audit } from '../audit.js';
import { sessionNow } from '../clock.js';
import { refuse, type AppEnv } from '../http.js';
import { markRead, noticesOf, wasThisYouNotices, visitReminderNotices } from '../notices.js';
import type { Db } from '../db.js';
import type { Services } from '../services.js';
import { cardOwner } from './my-card.js';

export function registerNoticeRoutes(app: Hono<AppEnv>, services: Services): void {
  const { db, consents } = services;

  /** Notices begin two months before the card was bound, so a new binding already has some. */
  const since = (boundAt: string) => Date.parse(boundAt) - 61 * 24 * 60 * 60 * 1000;
  /** The benefit alerts, "was this you?" about the binding and reminders of visits booked, newest first. */
  const all = (store: Db, subject: string, boundAt: string, now: number) =>
    [...wasThisYouNotices(store, consents, subject), ...visitReminderNotices(store, subject, now), ...noticesOf(store, subject, since(boundAt), now)].sort((a, b) =>
      b.date.localeCompare(a.date),
    );
  const inbox = (subject: string, boundAt: string, now: number) => {
    const notices = all(db, subject, boundAt, now);
    return NoticesResponse.parse({ notices, unread: notices.filter((notice) => !notice.read).length });
  };

  app.get('/api/notices', (c) => {
    const who = cardOwner(c, db, 'benefit_alerts');
    if (who instanceof Response) return who;
    return c.json(inbox(who.subject, who.binding.boundAt, sessionNow(who.session)));
  });

  app.post('/api/notices/:id/read', (c) => {
    const who = cardOwner(c, db, 'benefit_alerts');
    if (who instanceof Response) return who;
    const now = sessionNow(who.session);
    const id = c.req.param('id');
    if (!all(db, who.subject, who.binding.boundAt, now).some((notice) => notice.id === id)) return refuse(c, 404, { code: 'not_found' });
    markRead(db, who.subject, id);
    audit(db, who.session, 'notice_read', 'ok', { notice: id });
    return c.json(inbox(who.subject, who.binding.boundAt, now));
  });
}
