// A reference service a test starts for itself: for a real limit the suite's shared service
// raises, a build the test changes, or a service the test kills. Each gets its own port (an
// offset from the suite's, so two suites on one machine never meet) and its own data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SUITE_PORT = Number(process.env.E2E_PORT ?? 8181);

/** The offsets in use, one per spec file that starts its own service. */
export const OWN_SERVICE_OFFSET = { updates: 50, apiRestart: 51, clientLimit: 52, flowRestart: 53, sessionMaxAge: 54, retention: 55, helpRetention: 56 } as const;

export interface OwnService {
  readonly origin: string;
  /** Starts the service (again, on the same data) and waits until it answers. */
  start(): Promise<void>;
  /** Kills the whole process tree at once, as a crash or power cut would. */
  stopHard(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

export function ownService(offset: number, env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'ssc-service-'))): OwnService {
  const port = SUITE_PORT + offset;
  const origin = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const healthy = () => fetch(`${origin}/api/health`).then((response) => response.ok, () => false);

  const stopHard = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    // Its own process group (detached), so the service goes too, not only the launcher.
    process.kill(-running.pid!, 'SIGKILL');
    await exited;
  };

  return {
    origin,
    async start() {
      // A service left on this port would answer for us with other data.
      if (await healthy()) throw new Error(`port ${port} is already in use`);
      child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
        env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SANDBOX: '1', ...env },
        stdio: 'ignore',
        detached: true,
      });
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        if (await healthy()) return;
        if (child.exitCode !== null) throw new Error(`the service on port ${port} exited with ${child.exitCode}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the service on port ${port} did not start`);
    },
    stopHard,
    async dispose() {
      await stopHard();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
