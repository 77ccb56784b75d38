// The real collector for the browser tests: `executeServerCommand('collector', { action, origin })`
// starts the `sme-readiness-collector` command (collector/bin, on its embedded database in a temporary
// folder, allowing the test page's origin), stops it (SIGTERM, as an operator would), starts it again on
// the same port and data, and lists what it stored (through its admin API, from Node: the page has no
// token). So the widget's outbox is tested end to end against the server that providers run. With
// `{ admin: true, sample: N }` on the first start, the test page may read the admin routes too (it is
// an `--admin-origin`, and gets the test token), over N sample submissions: the cohort report's tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'collector', 'bin', 'sme-readiness-collector.js');
const TOKEN = 'wtr-collector-token-0123456789abcdef';

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function collectorCommand() {
  let child = null;
  let folder = null;
  let port = null;
  let origin = null;
  let extra = [];

  const start = () =>
    new Promise((resolve, reject) => {
      const process_ = spawn(
        process.execPath,
        [BIN, '--data', join(folder, 'data'), '--port', String(port), '--origin', origin, ...extra],
        { env: { ...process.env, SME_COLLECTOR_TOKEN: TOKEN }, stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      const timer = setTimeout(() => reject(new Error(`collector did not start:\n${stderr}`)), 60_000);
      process_.stderr.on('data', (chunk) => {
        stderr += String(chunk);
        if (/listening on http/.test(stderr)) {
          clearTimeout(timer);
          child = process_;
          resolve();
        }
      });
      process_.once('exit', (code) => {
        clearTimeout(timer);
        if (child === process_) child = null;
        else reject(new Error(`collector exited (${code}) before listening:\n${stderr}`));
      });
    });

  const stop = async () => {
    if (!child) return;
    const running = child;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
    child = null;
  };

  const url = () => `http://127.0.0.1:${port}/v1/submissions`;

  return {
    name: 'collector',
    async executeCommand({ command, payload }) {
      if (command !== 'collector') return undefined;
      const action = payload?.action;
      if (action === 'start') {
        if (!folder) {
          folder = mkdtempSync(join(tmpdir(), 'sme-wtr-collector-'));
          port = await freePort();
          origin = payload.origin;
          extra = [
            ...(payload.admin ? ['--admin-origin', origin] : []),
            ...(payload.sample ? ['--sample', String(payload.sample)] : []),
          ];
        }
        if (!child) await start();
        return { url: url(), ...(extra.includes('--admin-origin') ? { token: TOKEN } : {}) };
      }
      if (action === 'stop') {
        await stop();
        return { url: url() };
      }
      if (action === 'stored') {
        const response = await fetch(url(), { headers: { Authorization: `Bearer ${TOKEN}` } });
        const text = await response.text();
        return {
          status: response.status,
          ids: text
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line).id),
        };
      }
      if (action === 'dispose') {
        await stop();
        if (folder) rmSync(folder, { recursive: true, force: true });
        folder = null;
        return {};
      }
      throw new Error(`collector: unknown action ${action}`);
    },
    async serverStop() {
      await stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
