// The minute-long code's clock, shared by the payment code and "show my card": it counts down by
// this phone's clock from when the code was asked for, asks for a new one once when it runs out,
// never while the screen is already asking, after a failed renewal or offline, asks again when
// the network is back, and says a new code at most once a minute unless the person asked.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MinuteCode, type MinuteCodeOptions } from '../../src/features/my-card/minute-code.js';
import { announcedText, installAnnouncer, resetAnnouncer, ANNOUNCE_HOLD_MS } from '../../src/modes/announcer.js';
import { initSettings } from '../../src/modes/settings.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function fakeHost(): ReactiveControllerHost & { connect(): void; disconnect(): void } {
  const controllers: ReactiveController[] = [];
  return {
    addController: (controller) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
    connect: () => controllers.forEach((controller) => controller.hostConnected?.()),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
}

/** A code whose renewals are counted; each one "arrives" at once with `lifetime` seconds, as the screens' refresh does. */
function minuteCode(options: Partial<MinuteCodeOptions> = {}, lifetime = 60) {
  const host = fakeHost();
  const renewals = { count: 0 };
  const code: MinuteCode = new MinuteCode(host, {
    renew: () => {
      renewals.count++;
      code.started(Date.now(), lifetime);
    },
    counting: () => true,
    idle: () => true,
    ...options,
  });
  host.connect();
  return { code, host, renewals };
}

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

describe('a code that lasts a minute', () => {
  afterEach(() => setOnline(true));

  it('counts down from when it was asked for, by this phone’s clock, and asks for a new one once when it runs out', async () => {
    const { code, host, renewals } = minuteCode();
    // Asked for 1.5 s ago with a 2 s lifetime: half a second is left, whatever the service's clock says.
    code.started(Date.now() - 1500, 2);
    await waitUntil(() => renewals.count > 0, 'renewed', { timeout: 3000 });
    expect(code.secondsLeft).to.equal(60);
    await wait(1500);
    expect(renewals.count).to.equal(1);
    host.disconnect();
  });

  it('asks for nothing while the screen is already asking, while nothing counts down, or after a renewal failed', async () => {
    const busy = minuteCode({ idle: () => false });
    const paused = minuteCode({ counting: () => false });
    const stalled = minuteCode();
    for (const { code } of [busy, paused, stalled]) code.started(Date.now(), 1);
    stalled.code.failed();
    await wait(2200);
    expect([busy, paused, stalled].map(({ renewals }) => renewals.count)).to.deep.equal([0, 0, 0]);
    expect(busy.code.secondsLeft).to.equal(0);
    for (const { host } of [busy, paused, stalled]) host.disconnect();
  });

  it('offline: says it cannot ask, asks for nothing by itself, and asks once the network is back', async () => {
    const { code, host, renewals } = minuteCode();
    code.started(Date.now(), 1);
    setOnline(false);
    expect(code.online).to.equal(false);
    expect(code.canAsk()).to.equal(false);
    await wait(2200);
    expect(renewals.count).to.equal(0);
    setOnline(true);
    expect(code.online).to.equal(true);
    expect(renewals.count).to.equal(1);
    host.disconnect();
  });

  it('a renewal waits while a receipt is shown, even when the network comes back', async () => {
    const { code, host, renewals } = minuteCode({ counting: () => false, paused: () => true });
    setOnline(false);
    setOnline(true);
    expect(renewals.count).to.equal(0);
    expect(code.secondsLeft).to.equal(0);
    host.disconnect();
  });

  it('says news at most once a minute, unless the person asked', async () => {
    installAnnouncer();
    await initSettings();
    resetAnnouncer();
    const { code, host } = minuteCode();
    code.tell('A new code, by itself.', false);
    await waitUntil(() => announcedText('polite').includes('A new code, by itself.'), 'said', { timeout: 3000 });
    code.tell('Another, by itself.', false);
    code.tell('One the person asked for.', true);
    await waitUntil(() => announcedText('polite').includes('One the person asked for.'), 'said when asked', { timeout: 3000 });
    await wait(ANNOUNCE_HOLD_MS + 200);
    expect(announcedText('polite')).not.to.contain('Another, by itself.');
    host.disconnect();
  });
});
