// The bindings table: which person's card is bound to which services. A card is bound at most once.
import { Binding, type Card, type ServiceId } from '../src/api/contract.js';
import type { Db } from './db.js';
import { settleArrivedReplacement } from './card-reports.js';

interface BindingRow {
  card_number: string;
  subject: string;
  reference: string;
  bound_at: string;
  services: string;
  card: string;
}

function toBinding(row: BindingRow): Binding {
  return Binding.parse({
    reference: row.reference,
    boundAt: row.bound_at,
    services: JSON.parse(row.services) as ServiceId[],
    card: JSON.parse(row.card) as Card,
  });
}

export function bindingOfSubject(db: Db, subject: string): Binding | null {
  const row = db.prepare('SELECT * FROM bindings WHERE subject = ? ORDER BY bound_at DESC LIMIT 1').get(subject) as BindingRow | undefined;
  return row ? toBinding(row) : null;
}

/** The binding as it is at `now`: a replacement card that has arrived is bound in place of the old one first. */
export function currentBinding(db: Db, subject: string, now: number): Binding | null {
  settleArrivedReplacement(db, subject, now);
  return bindingOfSubject(db, subject);
}

/** Who (hashed ID number) has bound this card, if anyone. */
export function cardBoundBy(db: Db, cardNumber: string): string | null {
  const row = db.prepare('SELECT subject FROM bindings WHERE card_number = ?').get(cardNumber) as { subject: string } | undefined;
  return row?.subject ?? null;
}

export function saveBinding(db: Db, subject: string, cardNumber: string, binding: Binding): void {
  db.prepare(
    `INSERT INTO bindings (card_number, subject, reference, bound_at, services, card) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (card_number) DO UPDATE SET reference = excluded.reference, bound_at = excluded.bound_at,
       services = excluded.services, card = excluded.card WHERE bindings.subject = excluded.subject`,
  ).run(cardNumber, subject, binding.reference, binding.boundAt, JSON.stringify(binding.services), JSON.stringify(binding.card));
}

/** Removes this person's binding; returns the card number it was for. */
export function removeBindingOfSubject(db: Db, subject: string): string | null {
  const row = db.prepare('SELECT card_number FROM bindings WHERE subject = ?').get(subject) as { card_number: string } | undefined;
  if (!row) return null;
  db.prepare('DELETE FROM bindings WHERE card_number = ?').run(row.card_number);
  return row.card_number;
}
