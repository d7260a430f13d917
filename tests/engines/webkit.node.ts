// WebKitGTK (Debian's webkit2gtk-driver: MiniBrowser and WebKitWebDriver) over classic WebDriver
// with selenium-webdriver: the engine of every iPhone browser. WebKitGTK has no headless mode, so
// each worker starts its own Xvfb display and driver; each test gets a new browser session (fresh
// storage and service worker).
//
// Classic WebDriver has no console, network or offline switch, so:
// - the page is reached through a proxy of our own (offline-proxy.node.ts) that can drop the network;
// - CSP and Trusted Types violations come from the service's report address (server/csp-reports.ts);
// - errors thrown in the page are caught by a listener installed after every navigation.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:net';
import wd from 'selenium-webdriver';
import type { EnginePage, Key } from './engine.node.js';
import type { OpenedPage } from './firefox.node.js';
import { startOfflineProxy } from './offline-proxy.node.js';

const { Builder, Key: Keys } = wd;

export const miniBrowser = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const webKitDriver = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** The narrowest window WebKitGTK opens: asked for 320 px, it gives about 447. */
export const WEBKIT_VIEWPORT = { width: 320, height: 640 };

const KEYS: Record<Key, string> = { Tab: Keys.TAB, Enter: Keys.ENTER, ' ': ' ', ArrowDown: Keys.ARROW_DOWN, ArrowUp: Keys.ARROW_UP, Escape: Keys.ESCAPE };

/** WebKit names some roles its own way in its accessibility tree (a closed select is a pop-up button). */
const ROLE_ALIASES: Record<string, string[]> = { combobox: ['combobox', 'button', 'popupbutton'] };

export interface WebKitHost {
  driverUrl: string;
  display: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Xvfb on a display it picks itself (-displayfd), so workers and other runs never clash. */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    xvfb.on('error', reject);
    xvfb.stdio[3]!.once('data', (data: Buffer) => resolve({ display: `:${data.toString().trim()}`, process: xvfb }));
  });
}

async function waitForDriver(url: string): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('WebKitWebDriver did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function startWebKit(): Promise<WebKitHost> {
  const xvfb = await startXvfb();
  const port = await freePort();
  // LANG: without it WebKit reports navigator.languages as ["C"].
  const driver = spawn(webKitDriver, [`--port=${port}`], { env: { ...process.env, DISPLAY: xvfb.display, LANG: 'en_US.UTF-8' }, stdio: 'ignore' });
  const driverUrl = `http://127.0.0.1:${port}`;
  await waitForDriver(driverUrl);
  return {
    driverUrl,
    display: xvfb.display,
    stop: async () => {
      driver.kill();
      xvfb.process.kill();
    },
  };
}

/** Installed after every navigation: errors and rejections the page does not handle, and console.error. */
function watchProblems(): void {
  const w = window as unknown as { engineProblems?: string[] };
  if (w.engineProblems) return;
  const problems: string[] = (w.engineProblems = []);
  window.addEventListener('error', (event) => problems.push(`page error: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => problems.push(`policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  const error = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(`console error: ${args.map(String).join(' ')}`);
    error(...args);
  };
}

export async function openWebKitPage(host: WebKitHost, baseURL: string): Promise<OpenedPage> {
  const proxy = await startOfflineProxy(new URL(baseURL));
  const driver = await new Builder()
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: miniBrowser,
        // A fake camera for the face check and the card scan, with no permission prompt.
        args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'],
      },
    })
    .usingServer(host.driverUrl)
    .build();
  await driver.manage().window().setRect(WEBKIT_VIEWPORT);
  // Xvfb has no window manager: after the resize the window no longer has the keyboard focus, so
  // the document never matches :focus (nor shows a focus ring). A person's browser window has it.
  await promisify(execFile)('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'MiniBrowser', 'windowfocus', '--sync'], { env: { ...process.env, DISPLAY: host.display } });
  const problems: string[] = [];
  let reportsTaken = 0;
  const collect = async () => {
    const seen = (await driver.executeScript('return (window.engineProblems ?? []).splice(0);').catch(() => [])) as string[];
    problems.push(...seen);
  };
  const afterNavigation = () => driver.executeScript(watchProblems).then(() => undefined);
  const page: EnginePage = {
    engine: 'WebKit',
    url: (path) => new URL(path, proxy.origin).href,
    goto: async (url) => {
      await collect();
      await driver.get(url);
      await afterNavigation();
    },
    reload: async () => {
      await collect();
      await driver.navigate().refresh();
      await afterNavigation();
    },
    evaluate: (fn, ...args) => driver.executeScript(`return (${fn.toString()}).apply(null, arguments)`, ...args) as never,
    inject: async (source) => void (await driver.executeScript(`${source}\n;return true`)),
    press: (key) => driver.actions().sendKeys(KEYS[key]).perform(),
    type: (text) => driver.actions().sendKeys(text).perform(),
    selectAll: () => driver.actions().keyDown(Keys.CONTROL).sendKeys('a').keyUp(Keys.CONTROL).perform(),
    focusedIs: async (role, name) => {
      const focused = driver.switchTo().activeElement();
      const [actualRole, actualName] = await Promise.all([focused.getAriaRole(), focused.getAccessibleName()]).catch(() => ['', '']);
      return (ROLE_ALIASES[role] ?? [role]).includes(actualRole) && actualName.trim() === name;
    },
    setOffline: async (offline) => proxy.setOffline(offline),
    takeProblems: async () => {
      await collect();
      // The service keeps every report; this page's are those about its own (proxy) origin.
      const response = await fetch(new URL('/api/sandbox/csp-reports', baseURL));
      const { reports } = (await response.json()) as { reports: { 'document-uri'?: string; 'violated-directive'?: string; 'blocked-uri'?: string }[] };
      const ours = reports.filter((report) => report['document-uri']?.startsWith(proxy.origin));
      const fresh = ours.slice(reportsTaken);
      reportsTaken = ours.length;
      return [...problems.splice(0), ...fresh.map((report) => `policy violation: ${report['violated-directive']} ${report['blocked-uri']}`)];
    },
  };
  return {
    page,
    close: async () => {
      await driver.quit().catch(() => undefined);
      await proxy.close();
    },
  };
}
