// A code that lasts a minute (the payment code, the card's QR): its countdown by this phone's
// clock, a new one by itself when it runs out, while online, and at most one automatic word a
// minute. One place for what the pay and show-card screens both do.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isOnline, onNetworkChange } from '../../offline/network.js';
import { cue } from '../../modes/cues.js';

/** Automatic news about the code (a new one, the time left) is said at most this often. */
export const ANNOUNCE_AT_MOST_EVERY_MS = 60_000;

export interface MinuteCodeOptions {
  /** Ask for a new code, not asked for by the person. */
  renew(): void;
  /** A code is on screen and counting down (not replaced by a receipt, say). */
  counting(): boolean;
  /** Nothing new comes by itself while this holds (a receipt is shown). */
  paused?(): boolean;
  /** The screen is not already asking the service. */
  idle(): boolean;
}

export class MinuteCode implements ReactiveController {
  secondsLeft = 0;
  online = isOnline();
  /** A new code on the minute failed: none by itself again (never a request a second) until asked. */
  stalled = false;
  private expiresAt = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private stopNetwork: (() => void) | undefined;
  private lastAnnouncedAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MinuteCodeOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = isOnline();
    this.stopNetwork = onNetworkChange((online) => {
      this.online = online;
      this.host.requestUpdate();
      if (online && !this.stalled && this.secondsLeft === 0 && !this.options.paused?.()) this.options.renew();
    });
    this.ticker = setInterval(() => this.tick(), 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.ticker);
    this.stopNetwork?.();
  }

  private tick(): void {
    if (!this.options.counting()) return;
    const left = Math.max(0, Math.ceil((this.expiresAt - Date.now()) / 1000));
    if (left !== this.secondsLeft) {
      this.secondsLeft = left;
      this.host.requestUpdate();
    }
    if (left === 0 && this.online && !this.stalled && this.options.idle()) this.options.renew();
  }

  /** Whether a new code can be asked for now; offline, the screen is told so instead. */
  canAsk(): boolean {
    if (isOnline()) return true;
    this.online = false;
    this.host.requestUpdate();
    return false;
  }

  /**
   * A new code arrived: its minute is counted from when it was asked for by this phone's clock,
   * with the service's lifetime, so a phone whose clock is wrong still counts a true minute.
   */
  started(askedAt: number, lifetimeSeconds: number): void {
    this.stalled = false;
    this.expiresAt = askedAt + lifetimeSeconds * 1000;
    this.secondsLeft = lifetimeSeconds;
    this.host.requestUpdate();
  }

  failed(): void {
    this.stalled = true;
    this.host.requestUpdate();
  }

  /** Says `text` politely, unless something was said less than a minute ago and the person did not ask. */
  tell(text: string, asked: boolean): void {
    const now = Date.now();
    if (!asked && now - this.lastAnnouncedAt < ANNOUNCE_AT_MOST_EVERY_MS) return;
    this.lastAnnouncedAt = now;
    cue('waiting', text);
  }
}
