// A real screen reader on this machine: Orca (Debian's orca 43) reading a headful Chromium on an
// Xvfb display of its own, over a D-Bus session bus and the AT-SPI bus, speaking through
// speech-dispatcher and espeak-ng into a PulseAudio null sink (without a sound server an utterance
// starts and never ends, so Orca would never hear that it was finished). Keys are pressed with
// xdotool (XTEST), so they reach Orca exactly as a person's do, browse-mode keys included.
//
// What Orca says comes from orca-customizations.py (next to this file), which logs every utterance
// with what became of it: ended (heard in full), cancelled (cut off by what came next) or neither.
// Each stack has its own HOME and XDG_RUNTIME_DIR, so its sound server, speech-dispatcher and
// Orca settings never meet another test's.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../helpers/chromium.node.js';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));

export interface Utterance {
  n: number;
  text: string;
  voice: string | null;
  /** 'ended': heard in full; 'cancelled': cut off (Orca stopped it for something newer). */
  fate: 'ended' | 'cancelled' | 'pending';
}

interface LogEntry {
  n?: number;
  t: number;
  event: 'loaded' | 'speak' | 'begin' | 'end' | 'cancel';
  text?: string;
  voice?: string | null;
}

export interface OrcaLanguage {
  /** Orca takes its own words (and the voice's language) from the locale, never from the page. */
  locale: 'en_US.UTF-8' | 'zh_CN.UTF-8';
  /** espeak-ng's voice by its speech-dispatcher name; the Pinyin one reads Han characters. */
  voice?: { name: string; lang: string };
}

export const ENGLISH: OrcaLanguage = { locale: 'en_US.UTF-8' };
export const MANDARIN: OrcaLanguage = { locale: 'zh_CN.UTF-8', voice: { name: 'Chinese (Mandarin, latin as Pinyin)', lang: 'cmn' } };

function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    xvfb.on('error', reject);
    xvfb.stdio[3]!.once('data', (data: Buffer) => resolve({ display: `:${data.toString().trim()}`, process: xvfb }));
  });
}

function startDbus(env: NodeJS.ProcessEnv): Promise<{ address: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const dbus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    dbus.on('error', reject);
    dbus.stdout!.once('data', (data: Buffer) => resolve({ address: data.toString().trim().split('\n')[0]!, process: dbus }));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeout = 30_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

export class OrcaStack {
  private readonly processes: ChildProcess[] = [];
  private orca: ChildProcess | undefined;
  private browser: Browser | undefined;
  private chromiumProcess: ChildProcess | undefined;
  private readonly logFile: string;
  env: NodeJS.ProcessEnv = {};

  private constructor(private readonly root: string) {
    this.logFile = join(root, 'speech.jsonl');
  }

  static async start(): Promise<OrcaStack> {
    const stack = new OrcaStack(mkdtempSync(join(tmpdir(), 'ssc-orca-')));
    try {
      await stack.startDesktop();
    } catch (error) {
      await stack.stop();
      throw error;
    }
    return stack;
  }

  /** Xvfb, D-Bus, the AT-SPI bus and a sound server: what a Linux desktop gives a screen reader. */
  private async startDesktop(): Promise<void> {
    const home = join(this.root, 'home');
    const runtime = join(this.root, 'run');
    mkdirSync(join(home, '.local/share/orca'), { recursive: true });
    mkdirSync(runtime, { recursive: true, mode: 0o700 });
    const xvfb = await startXvfb();
    this.processes.push(xvfb.process);
    const base: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: home,
      XDG_RUNTIME_DIR: runtime,
      XDG_DATA_HOME: join(home, '.local/share'),
      XDG_CONFIG_HOME: join(home, '.config'),
      DISPLAY: xvfb.display,
      // Chromium and GTK talk to the accessibility bus only when asked to.
      GTK_A11Y: 'atspi',
      NO_AT_BRIDGE: '0',
    };
    const dbus = await startDbus(base);
    this.processes.push(dbus.process);
    this.env = { ...base, DBUS_SESSION_BUS_ADDRESS: dbus.address };
    const atspi = spawn('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately'], { env: this.env, stdio: 'ignore' });
    this.processes.push(atspi);
    // PulseAudio in this stack's runtime folder: a null sink when there is no sound card.
    await run('pulseaudio', ['--start', '--exit-idle-time=-1'], { env: this.env, timeout: 20_000 });
    await until('PulseAudio', async () => ((await run('pactl', ['info'], { env: this.env }).catch(() => undefined)) ? true : undefined), 20_000);
    copyFileSync(join(here, 'orca-customizations.py'), join(home, '.local/share/orca/orca-customizations.py'));
  }

  /** Orca, speaking `language`; a fresh log. Waits until it has said it is on, in full. */
  async startOrca(language: OrcaLanguage): Promise<void> {
    // The last walk's Chromium goes first: a new Orca read that window as it was closing (the
    // old page's words, cut off) before the new page was there.
    await this.closeChromium();
    await this.stopOrca();
    writeFileSync(this.logFile, '');
    const env: NodeJS.ProcessEnv = { ...this.env, LANG: language.locale, LANGUAGE: '', LC_ALL: language.locale, ORCA_SPEECH_LOG: this.logFile };
    if (language.voice) Object.assign(env, { ORCA_VOICE: language.voice.name, ORCA_VOICE_LANG: language.voice.lang });
    // ORCA_DEBUG_FILE: Orca's own debug log (complete once Orca has stopped), to see which event it spoke for.
    const debug = process.env.ORCA_DEBUG_FILE ? [`--debug-file=${process.env.ORCA_DEBUG_FILE}`] : [];
    this.orca = spawn('orca', ['--replace', ...debug], { env, stdio: 'ignore' });
    await until('Orca to say it is on', () => (this.utterances().some((u) => u.fate === 'ended') ? true : undefined), 60_000);
  }

  private async stopOrca(): Promise<void> {
    if (!this.orca) return;
    this.orca.kill();
    this.orca = undefined;
    // Orca's speech-dispatcher lives in this stack's runtime folder; the next Orca starts its own.
    await run('pkill', ['-f', `speech-dispatcher.*${this.env.XDG_RUNTIME_DIR}`]).catch(() => undefined);
    await sleep(500);
  }

  /** A headful Chromium (headless has no accessibility tree for Orca) opened on `url`, with the keyboard. */
  async openChromium(url: string, locale: OrcaLanguage['locale']): Promise<Page> {
    await this.closeChromium();
    const profile = mkdtempSync(join(this.root, 'chromium-'));
    const log = openSync(join(profile, 'chromium.log'), 'a');
    // Chromium's own words are English here (no Chinese language pack), so on a Chinese page it
    // offered to translate, at a moment of its choosing: an alert Orca read between the page's
    // words, and one more window that could take the keyboard. Off, as a person can set it.
    mkdirSync(join(profile, 'Default'));
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
    const chromiumProcess = spawn(
      chromiumExecutable,
      [
        // The suite's flags, but no fake camera: the walk hears how the face check says there is none.
        ...chromiumArgs.filter((arg) => !arg.includes('media-stream')),
        '--force-renderer-accessibility',
        `--user-data-dir=${profile}`,
        '--window-position=0,0',
        '--window-size=1000,800',
        // A port of Chromium's choosing, written to DevToolsActivePort in the profile: a port
        // picked beforehand can be taken by the time Chromium asks for it.
        '--remote-debugging-port=0',
        // Started on the page itself: started on about:blank, focus stays in the address bar.
        url,
      ],
      // No input method: under zh_CN GTK's XIM input method dropped typed Han characters.
      { env: { ...this.env, LANG: locale, XMODIFIERS: '@im=none', GTK_IM_MODULE: 'gtk-im-context-simple' }, stdio: ['ignore', log, log] },
    );
    this.chromiumProcess = chromiumProcess;
    const portFile = join(profile, 'DevToolsActivePort');
    const port = await until(
      'Chromium to listen for DevTools',
      () => (existsSync(portFile) ? readFileSync(portFile, 'utf8').split('\n')[0] || undefined : undefined),
      60_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; Chromium said: ${readFileSync(join(profile, 'chromium.log'), 'utf8').slice(-2000)}`);
    });
    // The test reads the page only to wait for it and for the sandbox's text messages; it never
    // presses, types or focuses through it.
    // Each try bounded, the whole wait as long as the port's: once a try waited 30 s on a loaded
    // machine, and the walk failed with Chromium up.
    this.browser = await until(
      'Chromium to take a DevTools connection',
      () => chromium.connectOverCDP(`http://127.0.0.1:${port}`, { timeout: 10_000 }).catch(() => undefined),
      60_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; Chromium said: ${readFileSync(join(profile, 'chromium.log'), 'utf8').slice(-2000)}`);
    });
    const page = await until('the page', () => this.browser!.contexts()[0]?.pages().find((p) => p.url().startsWith(new URL(url).origin)));
    await page.waitForLoadState('load');
    // Xvfb has no window manager: the window gets the keyboard once clicked, as a person's would
    // be, here in its empty bottom corner.
    await run('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chromium', 'windowfocus', '--sync'], { env: this.env });
    await run('xdotool', ['mousemove', '990', '790', 'click', '1'], { env: this.env });
    return page;
  }

  private async closeChromium(): Promise<void> {
    await this.browser?.close().catch(() => undefined);
    this.browser = undefined;
    const running = this.chromiumProcess;
    this.chromiumProcess = undefined;
    if (!running || running.exitCode !== null) return;
    // Gone before the next starts: two Chromiums on one display and bus would share the keyboard.
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill();
    await Promise.race([exited, sleep(10_000)]);
  }

  /** Everything Orca has sent to speech since it started, and what became of each. */
  utterances(): Utterance[] {
    if (!existsSync(this.logFile)) return [];
    const said = new Map<number, Utterance>();
    for (const line of readFileSync(this.logFile, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let entry: LogEntry;
      try {
        entry = JSON.parse(line) as LogEntry;
      } catch {
        continue; // a line still being written
      }
      if (entry.n === undefined) continue;
      if (entry.event === 'speak') said.set(entry.n, { n: entry.n, text: entry.text ?? '', voice: entry.voice ?? null, fate: 'pending' });
      const utterance = said.get(entry.n);
      if (!utterance) continue;
      if (entry.event === 'end') utterance.fate = 'ended';
      if (entry.event === 'cancel') utterance.fate = 'cancelled';
    }
    return [...said.values()];
  }

  /**
   * Waits until Orca is done talking: nothing new for `quietMs` and everything said has ended or
   * been cut off. Returns what was said after utterance number `after`. With `speaks`, the quiet
   * only counts once Orca has begun (up to `firstWithin`): on a busy machine Orca once took longer
   * than the quiet to answer a Tab, its words went to the next key, and the walk tabbed past the
   * field it listened for.
   */
  async settle(after: number, { quietMs = 1500, timeout = 45_000, speaks = false, firstWithin = 15_000 } = {}): Promise<Utterance[]> {
    const start = Date.now();
    const end = start + timeout;
    let count = -1;
    let quietSince = start;
    for (;;) {
      const said = this.utterances().filter((u) => u.n > after);
      const waitingForFirst = speaks && said.length === 0 && Date.now() - start < firstWithin;
      if (said.length !== count) {
        count = said.length;
        quietSince = Date.now();
      } else if (!waitingForFirst && Date.now() - quietSince >= quietMs && said.every((u) => u.fate !== 'pending')) {
        return said;
      }
      if (Date.now() > end) return said;
      await sleep(100);
    }
  }

  /** The number of the last utterance so far. */
  last(): number {
    return this.utterances().at(-1)?.n ?? 0;
  }

  /**
   * Presses a key (xdotool names: Tab, Return, space, h, ctrl+a) and returns what Orca said after.
   * `speaks`: the key always makes Orca say something (a move, a page), so its words are waited for.
   */
  async press(key: string, { speaks = true } = {}): Promise<Utterance[]> {
    const after = this.last();
    await run('xdotool', ['key', '--clearmodifiers', key], { env: this.env });
    return this.settle(after, { speaks });
  }

  /** Types text as key presses (Orca echoes none of it: key echo is off). */
  async type(text: string): Promise<Utterance[]> {
    const after = this.last();
    // xdotool reads the text in the locale's encoding: Chinese names need a UTF-8 one.
    await run('xdotool', ['type', '--delay', '60', text], { env: { ...this.env, LC_ALL: 'C.UTF-8' } });
    return this.settle(after);
  }

  async stop(): Promise<void> {
    await this.closeChromium();
    await this.stopOrca();
    await run('pulseaudio', ['--kill'], { env: this.env }).catch(() => undefined);
    for (const child of this.processes.reverse()) child.kill();
    rmSync(this.root, { recursive: true, force: true });
  }
}
