// A person's activity: what happened to their card binding, from the audit trail, newest first.
// Only what they would recognise (bound, services changed, a code shown, a payment, a report,
// a relative's part), said by kind: the app words it in the reader's language. Never a code, a
// card number or a full phone number; a relative is named with their phone masked.
import { ActivityEntry, type ActivityKind } from '../src/api/contract.js';
import { maskE164 } from '../src/domain/phone.js';
import type { ConsentStore } from './consent.js';
import type { Db } from './db.js';

/** Audit actions (with outcome ok, or revoked) and the kind a person sees them as. */
const KINDS: Record<string, ActivityKind> = {
  'bind:ok': 'bound',
  'services:ok': 'services_changed',
  'payment_code:ok': 'payment_code_shown',
  'payment:ok': 'paid',
  'card_lost:ok': 'reported_lost',
  'card_lost_lift:ok': 'report_lifted',
  'card_replacement:ok': 'replacement_ordered',
  'cross_border_limits:ok': 'limits_changed',
  'application:ok': 'applied',
  'pension_check:ok': 'pension_checked',
  'consent:ok': 'relative_allowed',
  'consent:revoked': 'relative_removed',
  'unbind:ok': 'unbound',
  'sessions_end_all:ok': 'signed_out_everywhere',
  'not_me:ok': 'not_me',
  'review_restored:ok': 'review_restored',
  'review_unbound:ok': 'review_unbound',
};

const ACTIONS = [...new Set(Object.keys(KINDS).map((key) => key.split(':')[0]!))];

/** The latest `limit` things that happened to this person's binding. */
export function activityOf(db: Db, consents: ConsentStore, subject: string, limit = 50): ActivityEntry[] {
  const rows = db
    .prepare(
      `SELECT id, at, action, outcome, detail FROM audit
       WHERE person_key = ? AND outcome IN ('ok', 'revoked') AND action IN (${ACTIONS.map(() => '?').join(', ')})
       ORDER BY id DESC LIMIT ?`,
    )
    .all(subject, ...ACTIONS, limit * 2) as { id: number; at: string; action: string; outcome: string; detail: string }[];
  const entries: ActivityEntry[] = [];
  for (const row of rows) {
    const kind = KINDS[`${row.action}:${row.outcome}`];
    const detail = JSON.parse(row.detail) as { actor?: string; request?: string; repeated?: boolean; total?: number; after?: string[] };
    // A repeated press answered with the binding already made is not a second binding.
    if (!kind || detail.repeated) continue;
    const request = detail.actor === 'relative' && detail.request ? consents.byId(detail.request) : null;
    entries.push(
      ActivityEntry.parse({
        id: `a${row.id}`,
        at: row.at,
        kind,
        by: detail.actor === 'relative' ? 'relative' : kind === 'paid' ? 'cashier' : kind === 'review_restored' || kind === 'review_unbound' ? 'adviser' : 'you',
        relative: request ? { name: request.relative.name, phoneMasked: maskE164(request.relative.phone) } : null,
        amountFen: kind === 'paid' && typeof detail.total === 'number' ? detail.total : null,
        services: kind === 'services_changed' && Array.isArray(detail.after) ? detail.after : null,
      }),
    );
    if (entries.length === limit) break;
  }
  return entries;
}
