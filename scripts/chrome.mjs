// Finds a Chromium or Chrome already on this machine, for the browser tests, the benchmark and the
// screenshot script. Nothing here downloads a browser: the project never does.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const KNOWN_PATHS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    `${process.env.PROGRAMFILES ?? 'C:\\Program Files'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)'}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env.LOCALAPPDATA ?? ''}\\Google\\Chrome\\Application\\chrome.exe`,
  ],
};

const COMMAND_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const NO_CHROME_MESSAGE =
  'No Chromium or Chrome was found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) ' +
  'or set CHROME_PATH to its executable.';

/** Flags that let headless Chromium run as root on a closed network without flooding refused connections. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
];

/** @returns {string | undefined} the path of a Chromium or Chrome executable, `CHROME_PATH` first. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  for (const candidate of KNOWN_PATHS[process.platform] ?? []) {
    if (existsSync(candidate)) return candidate;
  }
  if (process.platform !== 'win32') {
    for (const name of COMMAND_NAMES) {
      try {
        const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
        if (found) return found;
      } catch {
        // not on PATH: try the next name
      }
    }
  }
  return undefined;
}

/** Like findChrome, but stops the process with one clear sentence when there is none. */
export function requireChrome() {
  const found = findChrome();
  if (!found) {
    const hint = process.env.CHROME_PATH ? ` (CHROME_PATH=${process.env.CHROME_PATH} does not exist)` : '';
    console.error(NO_CHROME_MESSAGE + hint);
    process.exit(1);
  }
  return found;
}
