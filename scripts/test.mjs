// `npm test`: writes generated/ (scripts/generate.ts; tsc, the tests and the CDN build import from it),
// then type-check, lint, the Node suites (engine, content, locales, CLI), the collector's suites
// (collector/test) and the component suites in headless Chromium. Every step runs even when an earlier
// one failed, so one run shows everything;
// the last line adds all steps up as `N passed, N failed` and the exit code is non-zero on any failure.
// Generation, tsc and ESLint count as one test each, so a failure there shows in that line too.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChrome, NO_CHROME_MESSAGE } from './chrome.mjs';

const RESULTS = '.test-results';
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, args, env = {}) {
  console.log(`\n> ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: false,
  });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

function check(name, ok) {
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

function addCounts(name, file, ok) {
  if (!existsSync(file)) {
    // The runner died before it could report: count the whole suite as one failure.
    check(name, false);
    return;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (counts.failed > 0 || !ok) failures.push(name);
  if (!ok && counts.failed === 0) totals.failed += 1;
}

function listTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((entry) => join(dir, String(entry)))
    .filter((path) => path.endsWith('.test.ts') && statSync(path).isFile())
    .sort();
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const bin = (name) => join('node_modules', '.bin', name);

check('generate', run(process.execPath, ['--import', 'tsx', 'scripts/generate.ts']));
check(
  'type-check',
  run(bin('tsc'), ['-p', 'tsconfig.json']) &&
    run(bin('tsc'), ['-p', 'tsconfig.engine.json']) &&
    run(bin('tsc'), ['-p', 'collector/tsconfig.json']),
);
check(
  'lint',
  run(bin('eslint'), ['--max-warnings=0', '.']) && run(bin('prettier'), ['--check', '--log-level=warn', '.']),
);

const nodeTests = listTests('test/node');
const nodeCountFile = join(RESULTS, 'node.json');
const nodeOk = run(process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-count-reporter.mjs',
  `--test-reporter-destination=${nodeCountFile}`,
  ...nodeTests,
]);
addCounts('node tests', nodeCountFile, nodeOk);

// The collector (collector/): a real server on PGlite and on a throw-away PostgreSQL. Its tsx hook
// reads collector/tsconfig.json, whose paths point `sme-readiness/engine` at the sources.
const collectorCountFile = join(RESULTS, 'collector.json');
const collectorOk = run(process.execPath, [
  '--import',
  './collector/scripts/tsx.mjs',
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/node-count-reporter.mjs',
  `--test-reporter-destination=${collectorCountFile}`,
  ...listTests('collector/test'),
]);
addCounts('collector tests', collectorCountFile, collectorOk);

if (!findChrome()) {
  console.error(`\n${NO_CHROME_MESSAGE}`);
  check('browser tests', false);
} else {
  // The embed as providers get it (minified, code-split), for the test that runs the shipped bundle:
  // bundling can drop code the sources keep (it once dropped every element registration).
  check(
    'CDN bundle build',
    run(bin('vite'), ['build', '--mode', 'cdn', '--outDir', join(RESULTS, 'cdn'), '--logLevel', 'warn']),
  );
  const browserCountFile = join(RESULTS, 'browser.json');
  const browserOk = run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs'], {
    WTR_COUNT_FILE: browserCountFile,
  });
  addCounts('browser tests', browserCountFile, browserOk);
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
