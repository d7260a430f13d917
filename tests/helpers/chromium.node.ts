// The one Chromium every test launches: the system browser (Debian package `chromium`), never a
// downloaded one. CHROME_PATH points elsewhere on other systems.
export const chromiumExecutable = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // This machine's network is closed: background requests to Google hosts only fail noisily.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Camera steps get a fake camera that needs no permission prompt.
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
];
