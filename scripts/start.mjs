// `npm start`: the Vite demo (http://localhost:5173/, and the provider's page /provider.html) and,
// beside it, the collector on its embedded database (data in .sme-data/, gitignored, seeded with sample
// submissions on first start), which accepts results from the demo's origin and lets the provider page
// read them. The demo gets the collector's URL as VITE_SME_COLLECTOR_URL and its token as
// VITE_SME_COLLECTOR_TOKEN. Ctrl-C (or SIGTERM) stops both; if one of them exits
// on its own, the other is stopped too and its exit code is passed on.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COLLECTOR_PORT = process.env.SME_COLLECTOR_PORT ?? '8787';
const collectorUrl = `http://127.0.0.1:${COLLECTOR_PORT}`;

// The admin token, made here (as the collector would) so the provider page can be given it: the demo's
// cohort report on /provider.html reads the collector's submissions with it. Local demo only.
const TOKEN_FILE = join('.sme-data', 'admin-token');
if (!existsSync(TOKEN_FILE)) {
  mkdirSync('.sme-data', { recursive: true });
  writeFileSync(TOKEN_FILE, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
}
const token = readFileSync(TOKEN_FILE, 'utf8').trim();

const children = [
  spawn(
    process.execPath,
    [
      'collector/bin/sme-readiness-collector.js',
      '--data',
      '.sme-data',
      '--port',
      COLLECTOR_PORT,
      '--origin',
      'http://localhost:5173',
      '--origin',
      'http://127.0.0.1:5173',
      '--admin-origin',
      'http://localhost:5173',
      '--admin-origin',
      'http://127.0.0.1:5173',
      '--token-file',
      TOKEN_FILE,
      // On first start: 200 generated sample submissions, marked as such, for the cohort report.
      '--sample',
      '200',
    ],
    // Its JSON request log would bury Vite's output; its messages (URL, token file) go to stderr.
    { stdio: ['ignore', 'ignore', 'inherit'] },
  ),
  spawn(join('node_modules', '.bin', 'vite'), process.argv.slice(2), {
    stdio: 'inherit',
    env: { ...process.env, VITE_SME_COLLECTOR_URL: collectorUrl, VITE_SME_COLLECTOR_TOKEN: token },
  }),
];

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}
for (const child of children)
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(
        `\nnpm start: ${child === children[0] ? 'the collector' : 'Vite'} stopped (${signal ?? code}).`,
      );
      stopAll(code ?? 1);
    }
  });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));
