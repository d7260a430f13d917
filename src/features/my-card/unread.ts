// Benefit alerts while the app is open: how many notices are unread, asked now and then, with
// their arrival said politely and, for people who chose it, shown as a system notification.
import { msg, str } from '@lit/localize';
import { api } from '../../api/client.js';
import { NoticesResponse } from '../../api/contract.js';
import { cue } from '../../modes/cues.js';

const ASK_EVERY_MS = 60_000;
const NOTIFY_KEY = 'ssc-notify';

let unread: number | null = null;
const listeners = new Set<(unread: number | null) => void>();
let timer: number | undefined;

export function unreadCount(): number | null {
  return unread;
}

export function onUnreadChange(listener: (unread: number | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Sets the count; a rise (not the first count) is news: said politely, and notified if chosen. */
export function setUnread(next: number | null): void {
  const before = unread;
  unread = next;
  for (const listener of listeners) listener(next);
  if (before === null || next === null || next <= before) return;
  const text = msg(str`您有 ${next} 条未读消息`);
  cue('success', text);
  if (wantsSystemNotifications()) new Notification(msg('社保卡消息'), { body: text, tag: 'ssc-notices' });
}

export async function askUnread(): Promise<NoticesResponse | null> {
  try {
    const inbox = await api.get('/api/notices', NoticesResponse);
    setUnread(inbox.unread);
    return inbox;
  } catch {
    return null;
  }
}

/** Asks now, then every minute, until stopped (the card unbound, the service turned off). */
export function followNotices(): () => void {
  void askUnread();
  window.clearInterval(timer);
  timer = window.setInterval(() => void askUnread(), ASK_EVERY_MS);
  return () => {
    window.clearInterval(timer);
    timer = undefined;
    setUnread(null);
  };
}

export function wantsSystemNotifications(): boolean {
  return 'Notification' in window && Notification.permission === 'granted' && localStorage.getItem(NOTIFY_KEY) === 'on';
}

/** Only after the person chose it: the browser asks for permission, and the choice is kept. */
export async function chooseSystemNotifications(on: boolean): Promise<boolean> {
  if (!on) {
    localStorage.removeItem(NOTIFY_KEY);
    return false;
  }
  if (!('Notification' in window)) return false;
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') return false;
  localStorage.setItem(NOTIFY_KEY, 'on');
  return true;
}
