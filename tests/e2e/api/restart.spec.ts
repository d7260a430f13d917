// A restart of the service loses nothing it has confirmed: sessions live in SQLite (WAL).
// This test runs its own service process on its own port and data folder, and kills it hard.
import { expect, test, type APIRequestContext } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confirmIdentity, expectStatus, startSession } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';

const PORT = 8399;
const ORIGIN = `http://127.0.0.1:${PORT}`;

function startService(dataDir: string): ChildProcess {
  // Its own process group, so the whole tree (npx → tsx → node) can be stopped by its id.
  return spawn('npx', ['tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir, SANDBOX: '1' },
    stdio: 'ignore',
    detached: true,
  });
}

async function waitUntilUp(request: APIRequestContext): Promise<void> {
  await expect
    .poll(async () => (await request.get('/api/health').catch(() => null))?.status() ?? 0, { timeout: 30_000, intervals: [200] })
    .toBe(200);
}

async function stopHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid!, 'SIGKILL');
  await exited;
}

test('after a hard restart the same cookie still shows the confirmed identity', async ({ playwright }) => {
  test.setTimeout(90_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'ssc-restart-'));
  const request = await playwright.request.newContext({ baseURL: ORIGIN });
  let service = startService(dataDir);
  try {
    await waitUntilUp(request);
    const person = newPerson();
    const api = await startSession(request, ORIGIN);
    await confirmIdentity(api, person, 'sms');

    await stopHard(service);
    service = startService(dataDir);
    await waitUntilUp(request);

    const session = (await (await expectStatus(request.get('/api/session'), 200)).json()) as {
      csrfToken: string;
      progress: { identity: { name: string; idNumberMasked: string } | null; identityVerifiedBy: string | null };
    };
    expect(session.csrfToken).toBe(api.session.csrfToken);
    expect(session.progress.identity).toMatchObject({ name: person.name, idNumberMasked: `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}` });
    expect(session.progress.identityVerifiedBy).toBe('sms');
    // And the session carries on where it was.
    await expectStatus(api.post('/api/card', { cardNumber: 'B12345670' }), 200, { holderName: person.name });
  } finally {
    await stopHard(service).catch(() => undefined);
    await request.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
