// Real sound for the voice tests: Chromium started with --enable-speech-dispatcher speaks through
// speech-dispatcher and espeak-ng into PulseAudio. Without a sound server an utterance starts and
// never ends, so one is started here when none answers (a null sink where there is no sound card),
// and what it plays is recorded from the default sink's monitor and measured.
import { execFileSync, spawn } from 'node:child_process';

function answers(): boolean {
  try {
    execFileSync('pactl', ['info'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

/** A PulseAudio server with a default sink, started (and left running, idle) when missing. */
export async function ensureSoundServer(): Promise<void> {
  if (!answers()) {
    // As root PulseAudio warns that it is meant for a user session, and runs.
    execFileSync('pulseaudio', ['--start', '--exit-idle-time=-1'], { stdio: 'ignore', timeout: 15_000 });
    for (let i = 0; i < 50 && !answers(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    if (!answers()) throw new Error('PulseAudio did not start (apt install pulseaudio pulseaudio-utils)');
  }
  const sinks = execFileSync('pactl', ['list', 'short', 'sinks'], { encoding: 'utf8' });
  // PulseAudio loads its own null sink ("auto_null") when there is no sound card; one more if not.
  if (sinks.trim() === '') execFileSync('pactl', ['load-module', 'module-null-sink', 'sink_name=ssc_null']);
}

export interface Sound {
  /** From the first to the last sample above the noise floor. */
  span: number;
  /** Time spent above the noise floor. */
  audible: number;
}

const RATE = 16_000;

/** Records the default sink's output until the returned function is called, which measures it. */
export async function recordSound(): Promise<() => Promise<Sound>> {
  const recorder = spawn('parec', ['-d', '@DEFAULT_MONITOR@', '--format=s16le', '--channels=1', `--rate=${RATE}`, '--raw']);
  const chunks: Buffer[] = [];
  recorder.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  // parec needs a moment to connect; sound before that would be lost.
  await new Promise((resolve) => setTimeout(resolve, 300));
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    recorder.kill();
    const samples = Buffer.concat(chunks);
    let first = -1;
    let last = -1;
    let loud = 0;
    for (let i = 0; i + 1 < samples.length; i += 2) {
      if (Math.abs(samples.readInt16LE(i)) <= 300) continue;
      if (first < 0) first = i / 2;
      last = i / 2;
      loud += 1;
    }
    return { span: first < 0 ? 0 : (last - first) / RATE, audible: loud / RATE };
  };
}
