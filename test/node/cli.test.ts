import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });

describe('sme-readiness validate', () => {
  it('prints a one-line summary and exits 0 for a valid questionnaire', () => {
    const run = cli('validate', 'test/fixtures/small.json');
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /valid questionnaire "small" 1\.0\.0: 2 areas, 3 dimensions, 8 questions/);
  });

  it("accepts the complete default questionnaire, a provider's usual starting point, in every language", () => {
    const run = cli('validate', 'generated/questionnaire/default.json');
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stdout,
      /valid questionnaire "sme-readiness-default" .* locales en, cs, da, de, es, fr, hu, it, pl, zh$/m,
    );
  });

  it('prints every problem with its path and code and exits 1 for an invalid one', () => {
    const broken = JSON.parse(readFileSync('test/fixtures/small.json', 'utf8'));
    broken.questions[2].options[1].score = 1.5;
    broken.questions[0].visibileIf = {};
    const file = join(mkdtempSync(join(tmpdir(), 'sme-cli-')), 'broken.json');
    writeFileSync(file, JSON.stringify(broken));
    const run = cli('validate', file);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /2 problem\(s\)/);
    assert.match(run.stderr, /questions\[2\]\.options\[1\]\.score {2}\[too_big\]/);
    assert.match(run.stderr, /questions\[0\]\.visibileIf {2}\[unknown_field\].*did you mean "visibleIf"/);
  });

  it('reports invalid JSON and unreadable files, and explains its usage', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sme-cli-')), 'bad.json');
    writeFileSync(file, '{ "id": ');
    assert.match(cli('validate', file).stderr, /\[invalid_json\]/);
    const missing = cli('validate', 'no/such/file.json');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /Cannot read no\/such\/file\.json/);
    const usage = cli('check');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /Usage: sme-readiness validate/);
  });
});
