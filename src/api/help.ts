// "Having trouble?": the ways round a check that cannot work on this phone (a face check with no
// camera or a face that is not matched, a code that never arrives, a lock, a frozen binding),
// none of which needs a camera, small print or hearing: a visit booked at a service counter, and
// a call back from 12333 (which does need hearing, so it is never the only way). Part of the one
// contract (contract.ts re-exports it).
import * as z from 'zod/mini';
import { DOCUMENT_TYPES } from '../domain/document-types.js';

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const clock = z.string().check(z.regex(/^\d{2}:\d{2}$/));

/** A service counter (社保经办网点) in a city: its Chinese name and address as the register has them. */
export const Counter = z.object({
  id: z.string(),
  /** The city's GB/T 2260 code (GET /api/regions lists provinces and their cities). */
  city: z.string().check(z.regex(/^\d{6}$/)),
  name: z.string(),
  address: z.string(),
  /** Opening hours, Monday to Friday, Beijing time. */
  opens: clock,
  closes: clock,
  /** Step-free from the street, with a lowered desk. */
  stepFree: z.boolean(),
});
export type Counter = z.infer<typeof Counter>;

/** GET /api/help/counters?city=<code>: the counters in that city, nearest the city centre first. */
export const CountersResponse = z.object({ counters: z.array(Counter) });
export type CountersResponse = z.infer<typeof CountersResponse>;

/** An hour at a counter on a day, and how many places are still free (0: full). */
export const VisitSlot = z.object({ from: clock, to: clock, left: z.int().check(z.minimum(0)) });
export type VisitSlot = z.infer<typeof VisitSlot>;

/** GET /api/help/counters/<id>/days: the next working days the counter takes bookings, each with its hours. */
export const VisitDaysResponse = z.object({ days: z.array(z.object({ date: day, slots: z.array(VisitSlot) })) });
export type VisitDaysResponse = z.infer<typeof VisitDaysResponse>;

/** POST /api/help/visits: book an hour at a counter. A second booking replaces the first. */
export const VisitRequest = z.object({
  counter: z.string().check(z.maxLength(40)),
  date: z.string().check(z.maxLength(10)),
  from: z.string().check(z.maxLength(5)),
});
export type VisitRequest = z.infer<typeof VisitRequest>;

/** What the person brings: the document they gave, and their card when they still have it. */
export const ToBring = z.enum([...DOCUMENT_TYPES, 'ssc_card']);
export type ToBring = z.infer<typeof ToBring>;

export const Visit = z.object({
  reference: z.string(),
  counter: Counter,
  date: day,
  from: clock,
  to: clock,
  bring: z.array(ToBring),
});
export type Visit = z.infer<typeof Visit>;

/** GET /api/help/visits (the person's booking, or null) and the answer to POST /api/help/visits. */
export const VisitResponse = z.object({ visit: z.nullable(Visit) });
export type VisitResponse = z.infer<typeof VisitResponse>;

/** A time 12333 calls back in, Beijing time. */
export const CallbackWindow = z.object({ date: day, from: clock, to: clock });
export type CallbackWindow = z.infer<typeof CallbackWindow>;

/** GET /api/help/callback-windows: the next windows with room in them, soonest first. */
export const CallbackWindowsResponse = z.object({ windows: z.array(CallbackWindow) });
export type CallbackWindowsResponse = z.infer<typeof CallbackWindowsResponse>;

/** POST /api/help/callbacks: the number to call (national digits, or with its +code) and a window. */
export const CallbackRequest = z.object({
  phone: z.string().check(z.maxLength(30)),
  phoneCountry: z.string().check(z.maxLength(2)),
  date: z.string().check(z.maxLength(10)),
  from: z.string().check(z.maxLength(5)),
});
export type CallbackRequest = z.infer<typeof CallbackRequest>;

export const Callback = z.object({
  reference: z.string(),
  /** The number 12333 will call, masked (the person typed it: they know it). */
  phoneMasked: z.string(),
  window: CallbackWindow,
});
export type Callback = z.infer<typeof Callback>;

/** GET /api/help/callbacks (the person's call back, or null) and the answer to POST /api/help/callbacks. */
export const CallbackResponse = z.object({ callback: z.nullable(Callback) });
export type CallbackResponse = z.infer<typeof CallbackResponse>;

/** Sandbox only: GET /api/sandbox/callbacks, the call backs 12333 has on its list, newest first, each number masked. */
export const SandboxCallbacksResponse = z.object({ callbacks: z.array(z.object({ ...Callback.shape, createdAt: z.string() })) });
export type SandboxCallbacksResponse = z.infer<typeof SandboxCallbacksResponse>;
