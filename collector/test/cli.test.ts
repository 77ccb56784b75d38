// The `sme-readiness-collector` command as a user meets it: --help, clear messages and exit code 2 for
// bad flags and values, settings from environment variables, a provider's questionnaire file, and the
// admin token made on first start.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultQuestionnaire } from 'sme-readiness/questionnaires/default';
import { BIN, startCollectorProcess } from './process.js';
import { freePort, post, submission } from './helpers.js';

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('sme-readiness-collector command', () => {
  it('prints every option and its environment variable with --help', () => {
    const { code, stdout } = run(['--help']);
    assert.equal(code, 0);
    for (const text of [
      '--data',
      '--port',
      '--host',
      '--origin',
      '--token-file',
      '--questionnaire',
      '--rate-limit',
      'SME_COLLECTOR_DATA',
      'SME_COLLECTOR_PORT',
      'SME_COLLECTOR_HOST',
      'SME_COLLECTOR_ORIGINS',
      'SME_COLLECTOR_TOKEN_FILE',
      'SME_COLLECTOR_QUESTIONNAIRES',
      'DATABASE_URL',
    ])
      assert.ok(stdout.includes(text), `--help mentions ${text}`);
  });

  it('exits 2 with a clear message for bad flags and values', () => {
    const cases: [string[], RegExp][] = [
      [['--prot', '80'], /Unknown option '--prot'/],
      [['--port'], /--port/],
      [['--port', 'eighty'], /--port must be a whole number from 0 to 65535, not "eighty"/],
      [['--port', '70000'], /--port must be a whole number/],
      [['--origin', 'cluster.example'], /--origin must be a page's origin/],
      [['--origin', 'https://cluster.example/page'], /no path/],
      [['--rate-limit=-1'], /--rate-limit must be a whole number/],
      [['stray'], /Unexpected argument 'stray'/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(args);
      assert.equal(code, 2, `${args.join(' ')} → ${code}: ${stderr}`);
      assert.match(stderr, message, args.join(' '));
      assert.match(stderr, /--help/);
    }
    const { code, stderr } = run([], { SME_COLLECTOR_PORT: 'x' });
    assert.equal(code, 2);
    assert.match(stderr, /not "x"/, 'a bad environment value is named too');
  });

  it('exits 1 with the reason when a questionnaire file is not valid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sme-collector-cli-'));
    try {
      writeFileSync(join(dir, 'broken.json'), '{"id": "x"}');
      const { code, stderr } = run(['--data', dir, '--questionnaire', join(dir, 'broken.json')]);
      assert.equal(code, 1);
      assert.match(stderr, /cannot start: .*not a valid questionnaire/);
      const missing = run(['--data', dir, '--questionnaire', join(dir, 'nope.json')]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /Cannot read the questionnaire/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes its settings from the environment, makes an admin token and accepts a registered questionnaire', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sme-collector-cli-'));
    try {
      const own = { ...defaultQuestionnaire, id: 'cluster-quick', version: '3' };
      writeFileSync(join(dir, 'own.json'), JSON.stringify(own));
      const port = await freePort();
      const tokenFile = join(dir, 'secrets', 'token');
      const running = await startCollectorProcess([], {
        SME_COLLECTOR_DATA: join(dir, 'data'),
        SME_COLLECTOR_PORT: String(port),
        SME_COLLECTOR_ORIGINS: 'https://a.example, https://b.example',
        SME_COLLECTOR_TOKEN_FILE: tokenFile,
        SME_COLLECTOR_QUESTIONNAIRES: join(dir, 'own.json'),
      }).catch((error: Error) => assert.fail(error.message));
      try {
        // startCollectorProcess passes --port 0 first; the env value must not override a flag, so the
        // port is any free one, and everything else comes from the environment.
        assert.match(running.stderr(), /Pages allowed to send: https:\/\/a\.example, https:\/\/b\.example/);
        assert.match(
          running.stderr(),
          new RegExp(`Made an admin token in ${tokenFile.replaceAll('/', '\\/')}`),
        );
        assert.ok(existsSync(join(dir, 'data', 'pgdata')), 'the data folder from SME_COLLECTOR_DATA');
        const token = readFileSync(tokenFile, 'utf8').trim();
        assert.ok(token.length >= 40);
        assert.equal(statSync(tokenFile).mode & 0o777, 0o600, 'only the owner may read the token');
        const body = submission();
        body.record.questionnaire = { id: own.id, version: own.version };
        body.record.result.questionnaire = { id: own.id, version: own.version };
        const answer = await post(running.url, body, { origin: 'https://b.example' });
        assert.equal(answer.status, 201, answer.text);
        const listed = await fetch(`${running.url}/v1/submissions`, {
          headers: { authorization: `Bearer ${token}` },
        });
        assert.equal(listed.status, 200);
        assert.match(await listed.text(), new RegExp(body.id));
      } finally {
        running.child.kill('SIGTERM');
        assert.equal((await running.exited).code, 0);
      }
      // The second start reads the same token instead of making a new one.
      const again = await startCollectorProcess(['--data', join(dir, 'data'), '--token-file', tokenFile]);
      again.child.kill('SIGTERM');
      await again.exited;
      assert.ok(!again.stderr().includes('Made an admin token'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a second collector on the same data folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sme-collector-cli-'));
    const first = await startCollectorProcess(['--data', dir]);
    try {
      const second = run(['--data', dir, '--port', '0']);
      assert.equal(second.code, 1);
      assert.match(second.stderr, /in use by another collector/);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
