// "Having trouble?" at the service's side: service counters to visit, the hours they take bookings
// in, and call backs from 12333. The sandbox's rules: 4 places an hour at a counter, some taken by
// other people on a seeded rule (so a day always has a full hour to see), 20 calls a window. All
// days and times are Beijing time (UTC+8) on the session's clock; nothing runs in the background.
// Public holidays are not known to the sandbox: every Monday to Friday is a working day.
import { createHash, randomBytes } from 'node:crypto';
import type { Callback, CallbackWindow, Counter, Notice, ToBring, Visit, VisitSlot } from '../src/api/contract.js';
import type { DocumentType } from '../src/domain/document-types.js';
import { maskE164 } from '../src/domain/phone.js';
import { reportInForce } from './card-reports.js';
import { iso } from './clock.js';
import type { Db } from './db.js';
import { HOUR_MS } from './limits.js';

const DAY_MS = 24 * HOUR_MS;
const BEIJING_OFFSET_MS = 8 * HOUR_MS;

/** The register's counters by city (the cities GET /api/regions lists), nearest the centre first. Made-up addresses. */
const COUNTERS: readonly Counter[] = [
  { id: '110100-1', city: '110100', name: '北京市东城区社会保险事业管理中心', address: '东城区东四十条 66 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '110100-2', city: '110100', name: '北京市朝阳区社会保险事业管理中心', address: '朝阳区朝阳门外大街 18 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '110100-3', city: '110100', name: '北京市海淀区社会保险事业管理中心', address: '海淀区中关村南大街 31 号', opens: '09:00', closes: '16:30', stepFree: false },
  { id: '310100-1', city: '310100', name: '上海市黄浦区社会保险事业管理中心', address: '黄浦区西藏南路 218 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '310100-2', city: '310100', name: '上海市浦东新区社会保险事业管理中心', address: '浦东新区张杨路 1101 号', opens: '09:00', closes: '17:00', stepFree: false },
  { id: '440100-1', city: '440100', name: '广州市越秀区社会保险经办服务中心', address: '越秀区东风中路 305 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '440100-2', city: '440100', name: '广州市天河区社会保险经办服务中心', address: '天河区天河北路 520 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '440300-1', city: '440300', name: '深圳市社会保险基金管理局福田分局', address: '福田区福华三路 88 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '440300-2', city: '440300', name: '深圳市社会保险基金管理局南山分局', address: '南山区南海大道 2076 号', opens: '09:00', closes: '17:00', stepFree: false },
  { id: '650100-1', city: '650100', name: '乌鲁木齐市天山区社会保险管理中心', address: '天山区解放南路 136 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '650100-2', city: '650100', name: '乌鲁木齐市沙依巴克区社会保险管理中心', address: '沙依巴克区友好南路 558 号', opens: '09:00', closes: '17:00', stepFree: false },
  { id: '653100-1', city: '653100', name: '喀什市社会保险管理局', address: '喀什市人民东路 77 号', opens: '09:00', closes: '17:00', stepFree: true },
  { id: '653100-2', city: '653100', name: '疏附县社会保险管理局', address: '疏附县托克扎克镇迎宾路 12 号', opens: '09:00', closes: '17:00', stepFree: false },
];
const counterById = new Map(COUNTERS.map((counter) => [counter.id, counter]));

export function countersIn(city: string): Counter[] {
  return COUNTERS.filter((counter) => counter.city === city);
}

export function counterExists(id: string): boolean {
  return counterById.has(id);
}

// ---- Beijing days and times ----

/** The Beijing calendar day (YYYY-MM-DD) an instant falls on. */
export function beijingDay(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isWeekday = (day: string): boolean => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
/** The instant a Beijing wall-clock time on a day is. */
const instantOf = (day: string, clock: string): number => Date.parse(`${day}T${clock}:00+08:00`);
const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const clockOf = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
/** "12月4日（星期五）": how a text message says a day. */
export function chineseDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return `${date.getUTCMonth() + 1}月${date.getUTCDate()}日（星期${WEEKDAYS[date.getUTCDay()]}）`;
}

// ---- counter visits ----

/** Working days offered: this many, from tomorrow (a booking for today could not be kept in time). */
export const VISIT_DAYS = 5;
const PLACES_PER_HOUR = 4;

/** The counter's hours on a day: hourly from opening, the last one shorter when it closes on the half hour. */
function hoursOf(counter: Counter): { from: string; to: string; places: number }[] {
  const hours: { from: string; to: string; places: number }[] = [];
  for (let start = minutesOf(counter.opens); start < minutesOf(counter.closes); start += 60) {
    const end = Math.min(start + 60, minutesOf(counter.closes));
    hours.push({ from: clockOf(start), to: clockOf(end), places: Math.round((PLACES_PER_HOUR * (end - start)) / 60) });
  }
  return hours;
}

/**
 * Places other people (walk-ins, other channels) hold, a seeded rule of the counter and day so
 * the sandbox is the same after a restart: one hour each day is full, the others have 0–2 taken.
 */
function takenByOthers(counter: Counter, day: string): number[] {
  const seed = createHash('sha256').update(`${counter.id}|${day}`).digest();
  const hours = hoursOf(counter);
  const full = seed[0]! % hours.length;
  return hours.map((hour, index) => (index === full ? hour.places : Math.min(hour.places, seed[index + 1]! % 3)));
}

/** The working days a counter takes bookings on, as seen at `now`. */
function offeredDays(now: number): string[] {
  const days: string[] = [];
  for (let day = addDays(beijingDay(now), 1); days.length < VISIT_DAYS; day = addDays(day, 1)) if (isWeekday(day)) days.push(day);
  return days;
}

/** Each hour of the day with its places left; `except` is a person whose own booking does not count (they are moving it). */
function slotsOn(db: Db, counter: Counter, day: string, except?: string): VisitSlot[] {
  const booked = new Map(
    (
      db
        .prepare('SELECT from_time, COUNT(*) AS n FROM counter_visits WHERE counter = ? AND date = ? AND subject != ? GROUP BY from_time')
        .all(counter.id, day, except ?? '') as { from_time: string; n: number }[]
    ).map((row) => [row.from_time, row.n]),
  );
  const others = takenByOthers(counter, day);
  return hoursOf(counter).map((hour, index) => ({ from: hour.from, to: hour.to, left: Math.max(0, hour.places - others[index]! - (booked.get(hour.from) ?? 0)) }));
}

export function visitDays(db: Db, counterId: string, now: number): { date: string; slots: VisitSlot[] }[] | null {
  const counter = counterById.get(counterId);
  return counter ? offeredDays(now).map((date) => ({ date, slots: slotsOn(db, counter, date) })) : null;
}

interface VisitRow {
  reference: string;
  subject: string;
  /** The phone (E.164) the booking was texted to: who is told when it is replaced. */
  owner_phone: string;
  document: DocumentType;
  counter: string;
  date: string;
  from_time: string;
  created_at: number;
}

/** What to bring: the document the person gave, and their card unless it is reported lost (they have not got it). */
function toVisit(db: Db, row: VisitRow, now: number): Visit {
  const counter = counterById.get(row.counter)!;
  const hour = hoursOf(counter).find((candidate) => candidate.from === row.from_time)!;
  const bring: ToBring[] = [row.document, ...(reportInForce(db, row.subject, now) ? [] : (['ssc_card'] as const))];
  return { reference: row.reference, counter, date: row.date, from: row.from_time, to: hour.to, bring };
}

/** The person's booking still to come (today's included), with the phone it was texted to. */
export function upcomingVisit(db: Db, subject: string, now: number): { visit: Visit; ownerPhone: string } | null {
  const row = db.prepare('SELECT * FROM counter_visits WHERE subject = ? AND date >= ? ORDER BY date, from_time LIMIT 1').get(subject, beijingDay(now)) as VisitRow | undefined;
  return row ? { visit: toVisit(db, row, now), ownerPhone: row.owner_phone } : null;
}

export type VisitOutcome =
  | { booked: Visit; replaced: { reference: string; ownerPhone: string } | null }
  | { unknown: 'counter' | 'date' | 'from' }
  | { refused: 'slot_full' };

/**
 * Books an hour for the person; a booking they already have still to come is replaced (its place
 * freed). In one transaction, so two people cannot both take the last place.
 */
export function bookVisit(
  db: Db,
  who: { subject: string; phone: string; document: DocumentType },
  wanted: { counter: string; date: string; from: string },
  now: number,
): VisitOutcome {
  const counter = counterById.get(wanted.counter);
  if (!counter) return { unknown: 'counter' };
  if (!offeredDays(now).includes(wanted.date)) return { unknown: 'date' };
  return db.transaction((): VisitOutcome => {
    const slot = slotsOn(db, counter, wanted.date, who.subject).find((candidate) => candidate.from === wanted.from);
    if (!slot) return { unknown: 'from' };
    if (slot.left === 0) return { refused: 'slot_full' };
    const previous = db.prepare('SELECT reference, owner_phone FROM counter_visits WHERE subject = ? AND date >= ?').get(who.subject, beijingDay(now)) as
      | { reference: string; owner_phone: string }
      | undefined;
    db.prepare('DELETE FROM counter_visits WHERE subject = ? AND date >= ?').run(who.subject, beijingDay(now));
    const reference = `YY${randomBytes(5).toString('hex').toUpperCase()}`;
    db.prepare('INSERT INTO counter_visits (reference, subject, owner_phone, document, counter, date, from_time, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      reference,
      who.subject,
      who.phone,
      who.document,
      counter.id,
      wanted.date,
      wanted.from,
      now,
    );
    const booked = toVisit(db, db.prepare('SELECT * FROM counter_visits WHERE reference = ?').get(reference) as VisitRow, now);
    return { booked, replaced: previous ? { reference: previous.reference, ownerPhone: previous.owner_phone } : null };
  })();
}

/**
 * The inbox reminder of each visit: dated the day before it (the booking day, for a visit
 * tomorrow) and there once that day has come. It stays after the visit (notices only arrive) until
 * the booking is erased (retention.ts); a booking replaced by another takes its reminder with it.
 */
export function visitReminders(db: Db, subject: string, now: number): Omit<Notice, 'read'>[] {
  const today = beijingDay(now);
  return (db.prepare('SELECT * FROM counter_visits WHERE subject = ? ORDER BY date').all(subject) as VisitRow[])
    .filter((row) => addDays(row.date, -1) <= today)
    .map((row) => ({ id: `visit-${row.reference}`, kind: 'counter_visit', date: addDays(row.date, -1), amount: null, visit: toVisit(db, row, now) }));
}

// ---- call backs from 12333 ----

/** 12333 calls every day, weekends too, in these windows (Beijing time). */
const CALL_WINDOWS: readonly { from: string; to: string }[] = [
  { from: '09:00', to: '12:00' },
  { from: '14:00', to: '17:00' },
  { from: '18:00', to: '20:00' },
];
/** A window is offered only if it starts this long from now: time to put the call on someone's list. */
export const CALLBACK_NOTICE_MS = 30 * 60 * 1000;
export const CALLS_PER_WINDOW = 20;
/** How many windows are listed, and how far ahead one may be asked for. */
const WINDOWS_LISTED = 6;
const CALLBACK_HORIZON_DAYS = 7;

/** Every window that may be asked for at `now`, full or not, soonest first. */
function windowsAhead(now: number): CallbackWindow[] {
  const windows: CallbackWindow[] = [];
  const today = beijingDay(now);
  for (let offset = 0; offset <= CALLBACK_HORIZON_DAYS; offset += 1) {
    const date = addDays(today, offset);
    for (const window of CALL_WINDOWS) {
      const starts = instantOf(date, window.from);
      if (starts >= now + CALLBACK_NOTICE_MS && starts <= now + CALLBACK_HORIZON_DAYS * DAY_MS) windows.push({ date, ...window });
    }
  }
  return windows;
}

function callsIn(db: Db, window: CallbackWindow, except?: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM callbacks WHERE date = ? AND from_time = ? AND subject != ?').get(window.date, window.from, except ?? '') as { n: number }).n;
}

export function callbackWindows(db: Db, now: number): CallbackWindow[] {
  return windowsAhead(now)
    .filter((window) => callsIn(db, window) < CALLS_PER_WINDOW)
    .slice(0, WINDOWS_LISTED);
}

interface CallbackRow {
  reference: string;
  subject: string;
  /** The identity's phone (E.164), which was texted the confirmation. */
  owner_phone: string;
  /** The number 12333 calls (E.164). */
  phone: string;
  date: string;
  from_time: string;
  created_at: number;
}

const windowOf = (row: { date: string; from_time: string }): CallbackWindow => ({
  date: row.date,
  from: row.from_time,
  to: CALL_WINDOWS.find((window) => window.from === row.from_time)?.to ?? row.from_time,
});
const endsAt = (row: CallbackRow): number => instantOf(row.date, windowOf(row).to);
const toCallback = (row: CallbackRow): Callback => ({ reference: row.reference, phoneMasked: maskE164(row.phone), window: windowOf(row) });

/** The person's call back whose window has not ended yet. */
export function upcomingCallback(db: Db, subject: string, now: number): { callback: Callback; ownerPhone: string } | null {
  const rows = db.prepare('SELECT * FROM callbacks WHERE subject = ? ORDER BY date, from_time').all(subject) as CallbackRow[];
  const row = rows.find((candidate) => endsAt(candidate) > now);
  return row ? { callback: toCallback(row), ownerPhone: row.owner_phone } : null;
}

export type CallbackOutcome =
  | { booked: Callback; replaced: { reference: string; ownerPhone: string } | null }
  | { unknown: 'window' }
  | { refused: 'slot_full' };

/** Asks for a call back; one still to come is replaced. In one transaction, like a visit. */
export function requestCallback(db: Db, who: { subject: string; phone: string }, wanted: { phone: string; date: string; from: string }, now: number): CallbackOutcome {
  const window = windowsAhead(now).find((candidate) => candidate.date === wanted.date && candidate.from === wanted.from);
  if (!window) return { unknown: 'window' };
  return db.transaction((): CallbackOutcome => {
    if (callsIn(db, window, who.subject) >= CALLS_PER_WINDOW) return { refused: 'slot_full' };
    const previous = upcomingCallback(db, who.subject, now);
    const still = (db.prepare('SELECT * FROM callbacks WHERE subject = ?').all(who.subject) as CallbackRow[]).filter((row) => endsAt(row) > now);
    for (const row of still) db.prepare('DELETE FROM callbacks WHERE reference = ?').run(row.reference);
    const reference = `HD${randomBytes(5).toString('hex').toUpperCase()}`;
    db.prepare('INSERT INTO callbacks (reference, subject, owner_phone, phone, date, from_time, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      reference,
      who.subject,
      who.phone,
      wanted.phone,
      window.date,
      window.from,
      now,
    );
    return {
      booked: { reference, phoneMasked: maskE164(wanted.phone), window },
      replaced: previous ? { reference: previous.callback.reference, ownerPhone: previous.ownerPhone } : null,
    };
  })();
}

/** Sandbox only: the call backs 12333 has on its list, newest first, the number masked. */
export function loggedCallbacks(db: Db, limit = 500): (Callback & { createdAt: string })[] {
  return (db.prepare('SELECT * FROM callbacks ORDER BY created_at DESC, rowid DESC LIMIT ?').all(limit) as CallbackRow[]).map((row) => ({
    ...toCallback(row),
    createdAt: iso(row.created_at),
  }));
}
