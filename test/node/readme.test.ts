import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The README's code blocks of one language, in order. */
function codeBlocks(language: string): string[] {
  const readme = readFileSync('README.md', 'utf8');
  return [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(
    (match) => match[1]!,
  );
}

describe('README', () => {
  it('has an Engine example that runs in Node as written (package imports mapped to the sources)', () => {
    const snippet = codeBlocks('js').find((block) => block.includes("from 'sme-readiness/engine'"));
    assert.ok(snippet, 'the Engine section has a js block importing sme-readiness/engine');
    const runnable = snippet
      .replace("'sme-readiness/engine'", `'${resolve('src/engine/index.ts')}'`)
      .replace(
        "'sme-readiness/questionnaires/default'",
        `'${resolve('generated/questionnaire/default.json')}'`,
      );
    mkdirSync('.test-results', { recursive: true });
    const file = resolve('.test-results/readme-engine.mts');
    writeFileSync(file, runnable);
    const run = spawnSync(process.execPath, ['--import', 'tsx', file], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /score: \d+/);
    assert.match(run.stdout, /first_time|experienced/);
  });

  it('states the two set-up commands', () => {
    const shell = codeBlocks('sh').join('\n');
    assert.match(shell, /npm ci && npm start/);
    assert.match(shell, /npm ci && npm test/);
  });
});
