// "Having trouble?" over the API (server/routes/help.ts): the counters of a city, the working days
// and hours they take bookings in (Beijing time, on the session clock), a visit booked with the
// details entered (not proved) and never by a relative, texted, replaced by a second booking; a
// call back from 12333 in a window at least 30 minutes ahead, the number masked, logged in the
// sandbox; the inbox reminder the day before a visit. Each test books at a counter of its own, so
// tests running at once never take each other's places.
import { expect, test } from '@playwright/test';
import { advanceClock, auditTrail, bindCard, bindForCardholder, confirmIdentity, deviceMaker, expectStatus, giveIdentity, startSession, type ApiSession, needs } from '../../helpers/api.node.js';
import { newForeigner, newPerson, newPhone, passportIdentityBody, type Person } from '../../helpers/people.node.js';

const device = deviceMaker();
const DAY = 24 * 60 * 60 * 1000;
const WEEK_SECONDS = 7 * 24 * 60 * 60;

interface Counter {
  id: string;
  city: string;
  name: string;
  address: string;
  opens: string;
  closes: string;
  stepFree: boolean;
}
interface Slot {
  from: string;
  to: string;
  left: number;
}
interface Day {
  date: string;
  slots: Slot[];
}
interface Visit {
  reference: string;
  counter: Counter;
  date: string;
  from: string;
  to: string;
  bring: string[];
}
interface Window {
  date: string;
  from: string;
  to: string;
}
interface Callback {
  reference: string;
  phoneMasked: string;
  window: Window;
}

// ---- Beijing time, as the service counts it ----
const beijingDay = (ms: number) => new Date(ms + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
const weekdayOf = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const instantOf = (day: string, clock: string) => Date.parse(`${day}T${clock}:00+08:00`);

/** The session clock now (moving it by nothing says what it reads). */
async function clockNow(api: ApiSession): Promise<number> {
  const answer = await expectStatus(api.post('/api/sandbox/clock', { advanceSeconds: 0 }), 200);
  return Date.parse(((await answer.json()) as { now: string }).now);
}

/** Moves the session clock to `target` (a week at most per request). */
async function advanceTo(api: ApiSession, target: number): Promise<void> {
  let seconds = Math.ceil((target - (await clockNow(api))) / 1000);
  expect(seconds).toBeGreaterThanOrEqual(0);
  while (seconds > 0) {
    const step = Math.min(seconds, WEEK_SECONDS);
    await advanceClock(api, step);
    seconds -= step;
  }
}

const json = async <T>(api: ApiSession, path: string): Promise<T> => (await (await expectStatus(api.get(path), 200)).json()) as T;
const daysOf = async (api: ApiSession, counter: string) => (await json<{ days: Day[] }>(api, `/api/help/counters/${counter}/days`)).days;
const leftAt = (days: Day[], date: string, from: string) => days.find((day) => day.date === date)!.slots.find((slot) => slot.from === from)!.left;
const book = (api: ApiSession, counter: string, date: string, from: string) => api.post('/api/help/visits', { counter, date, from });
const textsTo = async (api: ApiSession, phone: string) => (await json<{ messages: { text: string }[] }>(api, `/api/sandbox/sms?phone=${encodeURIComponent(phone)}`)).messages;

/** Slots with room, soonest first, as [date, slot]. */
const withRoom = (days: Day[]) => days.flatMap((day) => day.slots.filter((slot) => slot.left > 0).map((slot) => [day.date, slot] as const));

async function detailsGiven(baseURL: string | undefined, person: Person = newPerson()): Promise<ApiSession> {
  const api = await startSession(await device(baseURL), baseURL);
  await giveIdentity(api, person);
  return api;
}

test('the counters of each city the address lists name, each with its Chinese name, address, hours and whether it is step-free; a province, a district or an unknown code is not found', async ({ baseURL }) => {
  const api = await startSession(await device(baseURL), baseURL);
  // The reference sandbox's own figures: another back end's test register has its own.
  await needs(api.request, 'reference-figures');
  const provinces = (await json<{ regions: { code: string }[] }>(api, '/api/regions')).regions;
  const all: Counter[] = [];
  for (const province of provinces) {
    for (const city of (await json<{ regions: { code: string }[] }>(api, `/api/regions?within=${province.code}`)).regions) {
      const { counters } = await json<{ counters: Counter[] }>(api, `/api/help/counters?city=${city.code}`);
      expect(counters.length, city.code).toBeGreaterThanOrEqual(2);
      expect(counters.length, city.code).toBeLessThanOrEqual(3);
      for (const counter of counters) {
        expect(counter.city).toBe(city.code);
        expect(counter.id).toMatch(new RegExp(`^${city.code}-\\d$`));
        expect(counter.name).toMatch(/^[\u4e00-\u9fff]+$/);
        expect(counter.address).toMatch(/\d+ 号$/);
        expect(counter.opens).toBe('09:00');
        expect(['16:30', '17:00']).toContain(counter.closes);
      }
      all.push(...counters);
    }
  }
  expect(new Set(all.map((counter) => counter.stepFree))).toEqual(new Set([true, false]));
  expect(new Set(all.map((counter) => counter.id)).size).toBe(all.length);
  for (const code of ['110000', '110105', '999999', '']) await expectStatus(api.get(`/api/help/counters?city=${code}`), 404, { code: 'not_found' });
  await expectStatus(api.get('/api/help/counters'), 404, { code: 'not_found' });
  await expectStatus(api.get('/api/help/counters/110100-9/days'), 404, { code: 'not_found' });
});

test('the days: the next 5 working days from tomorrow in Beijing, never a weekend, each hour with its places and one full; from a Saturday, Monday to Friday after it', async ({ baseURL }) => {
  const api = await startSession(await device(baseURL), baseURL);
  // The reference sandbox's own figures: another back end's test register has its own.
  await needs(api.request, 'reference-figures');
  const today = beijingDay(await clockNow(api));
  const expected: string[] = [];
  for (let day = addDays(today, 1); expected.length < 5; day = addDays(day, 1)) if (weekdayOf(day) % 6 !== 0) expected.push(day);
  // The counter that closes at 16:30: its last hour is half as long, with half the places.
  const days = await daysOf(api, '110100-3');
  expect(days.map((day) => day.date)).toEqual(expected);
  for (const day of days) {
    expect(day.slots.map((slot) => `${slot.from}–${slot.to}`)).toEqual(['09:00–10:00', '10:00–11:00', '11:00–12:00', '12:00–13:00', '13:00–14:00', '14:00–15:00', '15:00–16:00', '16:00–16:30']);
    day.slots.forEach((slot, index) => expect(slot.left).toBeLessThanOrEqual(index === 7 ? 2 : 4));
    expect(day.slots.some((slot) => slot.left === 0), `${day.date} has a full hour`).toBe(true);
    expect(day.slots.some((slot) => slot.left > 0), `${day.date} has room`).toBe(true);
  }
  // The same day and hour read the same again (the sandbox's rule is seeded, not random).
  expect((await daysOf(api, '110100-3'))[0]).toEqual(days[0]);
  expect((await daysOf(api, '110100-1'))[0]!.slots.at(-1)).toMatchObject({ from: '16:00', to: '17:00' });

  // Saturday 10:00 in Beijing: Monday to Friday of the week after.
  let saturday = addDays(today, 1);
  while (weekdayOf(saturday) !== 6) saturday = addDays(saturday, 1);
  await advanceTo(api, instantOf(saturday, '10:00'));
  expect((await daysOf(api, '110100-3')).map((day) => day.date)).toEqual([2, 3, 4, 5, 6].map((offset) => addDays(saturday, offset)));
});

test('nobody books without their details entered; a relative, even one whose binding for the cardholder is in force, books nothing: the visit and the call are the cardholder’s', async ({ baseURL }) => {
  const stranger = await startSession(await device(baseURL), baseURL);
  const days = await daysOf(stranger, '653100-1');
  const [date, slot] = withRoom(days)[0]!;
  await expectStatus(book(stranger, '653100-1', date, slot.from), 409, { code: 'out_of_order' });
  await expectStatus(stranger.get('/api/help/visits'), 409, { code: 'out_of_order' });
  const window = (await json<{ windows: Window[] }>(stranger, '/api/help/callback-windows')).windows[0]!;
  await expectStatus(stranger.post('/api/help/callbacks', { phone: newPhone(), phoneCountry: 'CN', date: window.date, from: window.from }), 409, { code: 'out_of_order' });
  await expectStatus(stranger.get('/api/help/callbacks'), 409, { code: 'out_of_order' });

  const relative = await startSession(await device(baseURL), baseURL);
  const cardholder = await startSession(await device(baseURL), baseURL);
  const holder = newPerson();
  await bindForCardholder(relative, cardholder, holder, { relativePhone: newPhone(), services: ['medical_payment'], locale: 'zh-Hans' });
  await expectStatus(book(relative, '653100-1', date, slot.from), 403, { code: 'not_yours', whose: 'cardholder' });
  await expectStatus(relative.get('/api/help/visits'), 403, { code: 'not_yours', whose: 'cardholder' });
  await expectStatus(relative.post('/api/help/callbacks', { phone: newPhone(), phoneCountry: 'CN', date: window.date, from: window.from }), 403, { code: 'not_yours' });
  await expectStatus(relative.get('/api/help/callbacks'), 403, { code: 'not_yours' });
  expect((await auditTrail(relative)).filter((entry) => entry.action === 'counter_visit').map((entry) => [entry.outcome, entry.detail.problem])).toEqual([['refused', 'not_yours']]);
  // The cardholder, on their own phone, books for themself.
  await expectStatus(book(cardholder, '653100-1', date, slot.from), 200, { visit: { counter: { id: '653100-1' }, date, from: slot.from } });
  await expectStatus(cardholder.get('/api/help/visits'), 200, { visit: { date, from: slot.from } });
});

test('a visit booked with the details entered: a reference, what to bring, a text with the day, hour, counter and address; found again; a second booking replaces the first and frees its place', async ({ baseURL }) => {
  const person = newPerson();
  const api = await detailsGiven(baseURL, person);
  await expectStatus(api.get('/api/help/visits'), 200, { visit: null });
  const before = await daysOf(api, '440300-1');
  const [[dateA, slotA], [dateB, slotB]] = [withRoom(before)[0]!, withRoom(before).at(-1)!];

  const first = ((await (await expectStatus(book(api, '440300-1', dateA, slotA.from), 200)).json()) as { visit: Visit }).visit;
  expect(first).toMatchObject({ counter: { id: '440300-1', name: '深圳市社会保险基金管理局福田分局' }, date: dateA, from: slotA.from, to: slotA.to, bring: ['resident_id', 'ssc_card'] });
  expect(first.reference).toMatch(/^YY[0-9A-F]{10}$/);
  expect(leftAt(await daysOf(api, '440300-1'), dateA, slotA.from)).toBe(slotA.left - 1);
  const [text] = await textsTo(api, person.phone);
  for (const part of [first.reference, first.counter.name, first.counter.address, `${slotA.from}–${slotA.to}`, `${Number(dateA.slice(5, 7))}月${Number(dateA.slice(8))}日`]) expect(text!.text).toContain(part);
  await expectStatus(api.get('/api/help/visits'), 200, { visit: first });

  const second = ((await (await expectStatus(book(api, '440300-1', dateB, slotB.from), 200)).json()) as { visit: Visit }).visit;
  expect(second.reference).not.toBe(first.reference);
  const after = await daysOf(api, '440300-1');
  expect(leftAt(after, dateA, slotA.from), 'the first booking’s place is free again').toBe(slotA.left);
  expect(leftAt(after, dateB, slotB.from)).toBe(slotB.left - 1);
  await expectStatus(api.get('/api/help/visits'), 200, { visit: { reference: second.reference, date: dateB, from: slotB.from } });
  expect((await textsTo(api, person.phone))[0]!.text).toContain(second.reference);

  const rows = (await auditTrail(api)).filter((entry) => entry.action === 'counter_visit');
  expect(rows.map((entry) => [entry.outcome, entry.detail])).toEqual([
    ['ok', { reference: second.reference, counter: '440300-1', date: dateB, from: slotB.from, replaced: first.reference }],
    ['ok', { reference: first.reference, counter: '440300-1', date: dateA, from: slotA.from }],
  ]);
  expect(JSON.stringify(rows)).not.toContain(person.idNumber);
});

test('what to bring: the passport for someone who gave one; only the document once the card is reported lost', async ({ baseURL }) => {
  const foreigner = await startSession(await device(baseURL), baseURL);
  await expectStatus(foreigner.post('/api/identity', passportIdentityBody(newForeigner())), 200);
  const [date, slot] = withRoom(await daysOf(foreigner, '310100-1'))[0]!;
  await expectStatus(book(foreigner, '310100-1', date, slot.from), 200, { visit: { bring: ['passport', 'ssc_card'] } });

  const lost = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(lost, newPerson(), 'sms');
  await expectStatus(lost.post('/api/card/lost'), 200, { lost: true });
  await expectStatus(book(lost, '310100-1', date, slot.from), 200, { visit: { bring: ['resident_id'] } });
  await expectStatus(lost.get('/api/help/visits'), 200, { visit: { bring: ['resident_id'] } });
});

test('a full hour is refused with slot_full: one the sandbox has full, and one filled by other people; a person moving within the hour they hold keeps it', async ({ baseURL }) => {
  const first = await detailsGiven(baseURL);
  // The reference sandbox's own figures: another back end's test register has its own.
  await needs(first.request, 'reference-figures');
  const days = await daysOf(first, '440300-2');
  const full = days[0]!.slots.find((slot) => slot.left === 0)!;
  await expectStatus(book(first, '440300-2', days[0]!.date, full.from), 409, { code: 'slot_full' });

  const [date, slot] = withRoom(days).at(-1)!;
  const people = [first, ...(await Promise.all(Array.from({ length: slot.left - 1 }, () => detailsGiven(baseURL))))];
  for (const api of people) await expectStatus(book(api, '440300-2', date, slot.from), 200);
  expect(leftAt(await daysOf(first, '440300-2'), date, slot.from)).toBe(0);
  const late = await detailsGiven(baseURL);
  await expectStatus(book(late, '440300-2', date, slot.from), 409, { code: 'slot_full' });
  await expectStatus(late.get('/api/help/visits'), 200, { visit: null });
  // Booking the same hour again replaces the person's own booking: their place counts as free to them.
  await expectStatus(book(first, '440300-2', date, slot.from), 200, { visit: { date, from: slot.from } });
  expect(leftAt(await daysOf(first, '440300-2'), date, slot.from)).toBe(0);
});

test('a counter, day or hour not offered is refused naming the field; nothing is booked', async ({ baseURL }) => {
  const api = await detailsGiven(baseURL);
  const days = await daysOf(api, '440100-1');
  const [date, slot] = withRoom(days)[0]!;
  const today = beijingDay(await clockNow(api));
  let saturday = today;
  while (weekdayOf(saturday) !== 6) saturday = addDays(saturday, 1);
  await expectStatus(book(api, '440100-9', date, slot.from), 422, { code: 'validation', fields: { counter: 'unknown' } });
  for (const day of [today, saturday, addDays(days.at(-1)!.date, 1), '2026-02-30', 'tomorrow']) {
    await expectStatus(book(api, '440100-1', day, slot.from), 422, { code: 'validation', fields: { date: 'unknown' } });
  }
  for (const from of ['08:00', '09:30', '17:00', '9:00', '']) await expectStatus(book(api, '440100-1', date, from), 422, { code: 'validation', fields: { from: 'unknown' } });
  await expectStatus(api.post('/api/help/visits', { counter: '440100-1', date }), 422, { code: 'validation', fields: { from: 'invalid' } });
  await expectStatus(api.get('/api/help/visits'), 200, { visit: null });
});

test('call-back windows: the next 6, soonest first, every day of the week, each starting at least 30 minutes from now', async ({ baseURL }) => {
  const api = await startSession(await device(baseURL), baseURL);
  const windowsOf = async () => (await json<{ windows: Window[] }>(api, '/api/help/callback-windows')).windows;
  const now = await clockNow(api);
  const windows = await windowsOf();
  expect(windows).toHaveLength(6);
  for (const window of windows) {
    expect(['09:00–12:00', '14:00–17:00', '18:00–20:00']).toContain(`${window.from}–${window.to}`);
    expect(instantOf(window.date, window.from)).toBeGreaterThanOrEqual(now + 30 * 60 * 1000);
  }
  const starts = windows.map((window) => instantOf(window.date, window.from));
  expect(starts).toEqual([...starts].sort((a, b) => a - b));

  // A Saturday at 13:29: the afternoon window starts in 31 minutes and is offered; at 13:31 it is not.
  let saturday = addDays(beijingDay(now), 1);
  while (weekdayOf(saturday) !== 6) saturday = addDays(saturday, 1);
  await advanceTo(api, instantOf(saturday, '13:29'));
  expect((await windowsOf())[0]).toEqual({ date: saturday, from: '14:00', to: '17:00' });
  await advanceClock(api, 120);
  expect((await windowsOf()).slice(0, 3)).toEqual([
    { date: saturday, from: '18:00', to: '20:00' },
    { date: addDays(saturday, 1), from: '09:00', to: '12:00' },
    { date: addDays(saturday, 1), from: '14:00', to: '17:00' },
  ]);
});

test('a call back: the number checked as the identity step checks it, the window one offered; the answer masked, texted to the phone in the details only, logged in the sandbox; a second replaces the first', async ({ baseURL }) => {
  const person = newPerson();
  const api = await detailsGiven(baseURL, person);
  await expectStatus(api.get('/api/help/callbacks'), 200, { callback: null });
  const windows = (await json<{ windows: Window[] }>(api, '/api/help/callback-windows')).windows;
  const ask = (phone: string, window: { date: string; from: string }, phoneCountry = 'CN') => api.post('/api/help/callbacks', { phone, phoneCountry, ...window });
  await expectStatus(ask('12345', windows[0]!), 422, { code: 'validation', fields: { phone: 'format' } });
  await expectStatus(ask(' ', windows[0]!), 422, { fields: { phone: 'empty' } });
  await expectStatus(ask('020 7946 0958', windows[0]!, 'GB'), 422, { fields: { phone: 'not_mobile' } });
  await expectStatus(ask(newPhone(), { date: windows[0]!.date, from: '12:00' }), 422, { code: 'validation', fields: { window: 'unknown' } });
  await expectStatus(ask(newPhone(), { date: beijingDay(Date.now() - 2 * DAY), from: '09:00' }), 422, { fields: { window: 'unknown' } });
  await expectStatus(api.post('/api/help/callbacks', { phone: newPhone(), phoneCountry: 'CN', date: windows[0]!.date }), 422, { fields: { from: 'invalid' } });

  const other = newPhone();
  const first = ((await (await expectStatus(ask(`+86 ${other}`, windows[0]!), 200)).json()) as { callback: Callback }).callback;
  expect(first).toEqual({ reference: expect.stringMatching(/^HD[0-9A-F]{10}$/), phoneMasked: `${other.slice(0, 3)}****${other.slice(-4)}`, window: windows[0] });
  await expectStatus(api.get('/api/help/callbacks'), 200, { callback: first });
  expect((await textsTo(api, person.phone))[0]!.text).toContain(first.reference);
  expect(await textsTo(api, other), 'the number to call is not texted').toEqual([]);
  const logged = async () => (await json<{ callbacks: (Callback & { createdAt: string })[] }>(api, '/api/sandbox/callbacks')).callbacks;
  expect((await logged()).find((entry) => entry.reference === first.reference)).toEqual({ ...first, createdAt: expect.any(String) });

  const second = ((await (await expectStatus(ask(person.phone, windows[1]!), 200)).json()) as { callback: Callback }).callback;
  expect(second).toMatchObject({ window: windows[1], phoneMasked: `${person.phone.slice(0, 3)}****${person.phone.slice(-4)}` });
  await expectStatus(api.get('/api/help/callbacks'), 200, { callback: second });
  const references = (await logged()).map((entry) => entry.reference);
  expect(references).toContain(second.reference);
  expect(references).not.toContain(first.reference);
  expect(JSON.stringify(await logged())).not.toContain(other);

  const rows = (await auditTrail(api)).filter((entry) => entry.action === 'callback');
  expect(rows.map((entry) => [entry.outcome, entry.detail])).toEqual([
    ['ok', { reference: second.reference, window: windows[1], replaced: first.reference }],
    ['ok', { reference: first.reference, window: windows[0] }],
  ]);
  expect(JSON.stringify(rows)).not.toContain(other.slice(3));
});

test('someone who types another person’s ID number with another phone is not shown their booking, and a booking made over it is told to the first phone', async ({ baseURL }) => {
  const person = newPerson();
  const owner = await detailsGiven(baseURL, person);
  const [date, slot] = withRoom(await daysOf(owner, '650100-2'))[0]!;
  const booked = ((await (await expectStatus(book(owner, '650100-2', date, slot.from), 200)).json()) as { visit: Visit }).visit;

  const other = await detailsGiven(baseURL, { ...person, phone: newPhone() });
  await expectStatus(other.get('/api/help/visits'), 200, { visit: null });
  await expectStatus(book(other, '650100-2', date, slot.from), 200);
  expect((await textsTo(owner, person.phone))[0]!.text).toContain(`${booked.reference}）已被新的预约取代`);
  // Once they prove who they are, the person sees the booking that now stands.
  const proved = await startSession(await device(baseURL), baseURL);
  await confirmIdentity(proved, person, 'face');
  await expectStatus(proved.get('/api/help/visits'), 200, { visit: { date, from: slot.from } });
});

test('the inbox reminder of a visit arrives on the day before it, Beijing time, not sooner; it is read like any notice and stays after the visit', async ({ baseURL }) => {
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  const days = await daysOf(api, '650100-1');
  // The last day offered is at least five days away, so its reminder is not due yet.
  const date = days.at(-1)!.date;
  const slot = days.at(-1)!.slots.find((candidate) => candidate.left > 0)!;
  const { visit } = (await (await expectStatus(book(api, '650100-1', date, slot.from), 200)).json()) as { visit: Visit };
  type Inbox = { notices: { id: string; kind: string; date: string; amount: number | null; read: boolean; visit?: Visit }[]; unread: number };
  const reminder = async () => (await json<Inbox>(api, '/api/notices')).notices.find((notice) => notice.kind === 'counter_visit');

  expect(await reminder()).toBeUndefined();
  const dayBefore = addDays(date, -1);
  await advanceTo(api, instantOf(dayBefore, '00:00') - 60_000);
  expect(await reminder()).toBeUndefined();
  await advanceClock(api, 120);
  expect(await reminder()).toEqual({ id: `visit-${visit.reference}`, kind: 'counter_visit', date: dayBefore, amount: null, read: false, visit });

  await expectStatus(api.post(`/api/notices/visit-${visit.reference}/read`), 200);
  expect(await reminder()).toMatchObject({ read: true });
  await advanceClock(api, 2 * 24 * 60 * 60);
  await expectStatus(api.get('/api/help/visits'), 200, { visit: null });
  expect(await reminder()).toMatchObject({ id: `visit-${visit.reference}`, read: true });
});
