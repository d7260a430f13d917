// Time as one session sees it. The sandbox can move a session's clock forward (an offset stored on
// the session) so tests of resend waits, code expiry and lockouts run without waiting and without
// affecting other sessions. Outside the sandbox the offset is always 0.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

export interface HasClock {
  clockOffsetMs: number;
}

/** Milliseconds since the epoch on this session's clock. */
export function sessionNow(session: HasClock | undefined): number {
  return Date.now() + (session?.clockOffsetMs ?? 0);
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Whole seconds from `now` until `later`, never negative, rounded up so a wait is never too short. */
export function secondsUntil(later: number, now: number): number {
  return Math.max(0, Math.ceil((later - now) / SECOND));
}

/** "12月3日 09:05", Beijing time: how a text message to the person says when something happened. */
export function beijingClock(ms: number): string {
  const local = new Date(ms + 8 * 60 * MINUTE);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${local.getUTCMonth() + 1}月${local.getUTCDate()}日 ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}
