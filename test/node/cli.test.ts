import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mini } from '../fixtures/mini-questionnaire.js';
import { miniProvider } from '../fixtures/mini-provider.js';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { encoding: 'utf8' });
/** `value` as JSON in a fresh temporary file. */
const fileOf = (name: string, value: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'sme-cli-')), name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

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
    assert.match(usage.stderr, /has "services" is read as a provider profile/);
    for (const args of [
      ['validate'],
      ['validate', 'a.json', 'b.json'],
      ['validate', 'a.json', '--questionnaire'],
    ])
      assert.equal(cli(...args).status, 2, args.join(' '));
  });
});

describe('sme-readiness validate, with a provider profile', () => {
  const questionnaireFile = fileOf('mini.json', mini());

  it('tells a provider profile by its services and checks it against the questionnaire given', () => {
    const run = cli(
      'validate',
      fileOf('provider.json', miniProvider()),
      '--questionnaire',
      questionnaireFile,
    );
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(
      lines[0]!,
      /valid provider profile "mini-provider" 1\.0\.0: 7 services, locales en, de; its references fit questionnaire "mini" 1\.0\.0$/,
    );
    assert.equal(
      cli('validate', `--questionnaire=${questionnaireFile}`, fileOf('p.json', miniProvider())).status,
      0,
    );
  });

  it('checks against the default questionnaire unless told otherwise', () => {
    // The mini profile names the mini questionnaire's ids (d1, r2, …), which the default one lacks.
    const run = cli('validate', fileOf('provider.json', miniProvider()));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /against questionnaire "sme-readiness-default" 1\.1\.0: \d+ problem\(s\)/);
    assert.match(run.stderr, /services\[2\]\.for\.dimensions\[0\] {2}\[unknown_dimension\]/);
    assert.match(run.stderr, /services\[4\]\.for\.recommendations\[0\] {2}\[unknown_recommendation\]/);
  });

  it('prints the problems of the profile, and of a broken questionnaire to check against', () => {
    const broken = miniProvider();
    broken.contact.email = 'nobody';
    broken.submitUrl = 'http://collector.example.org/';
    const run = cli('validate', fileOf('provider.json', broken), '--questionnaire', questionnaireFile);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /provider\.json: 2 problem\(s\)/);
    assert.match(run.stderr, /contact\.email {2}\[invalid_email\]/);
    assert.match(run.stderr, /submitUrl {2}\[unsafe_url\]/);
    const badQuestionnaire = fileOf('q.json', { ...mini(), levels: [] });
    const against = cli(
      'validate',
      fileOf('provider.json', miniProvider()),
      '--questionnaire',
      badQuestionnaire,
    );
    assert.equal(against.status, 1);
    assert.match(against.stderr, /q\.json \(the questionnaire to check against\): 1 problem\(s\)/);
  });

  it('refuses --questionnaire with a questionnaire file', () => {
    const run = cli('validate', 'test/fixtures/small.json', '--questionnaire', questionnaireFile);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /is a questionnaire \(it has no "services"\)/);
  });
});
