// The examples in examples/ are what the README points authors to: the questionnaire and the provider
// profile must validate with the CLI, carry both their languages completely, and behave as their
// authors meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import {
  checkProviderAgainst,
  matchServices,
  score,
  validateProvider,
  validateQuestionnaire,
} from '../../src/engine/index.js';
import { peerGroup, readBenchmark } from '../../src/engine/cohort/index.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';

const FILE = 'examples/cluster-quick-check.json';
const PROVIDER_FILE = 'examples/provider-example-cluster.json';
/** Mid-January 2027, passed to matching explicitly: the example's dates must not age with the clock. */
const NOW = Date.parse('2027-01-15T09:00:00Z');

test('the example questionnaire passes `sme-readiness validate`', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'validate', FILE], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(
    run.stdout,
    /valid questionnaire "cluster-quick-check" 1\.0\.0: 2 areas, 4 dimensions, 7 questions/,
  );
});

test('the example scores as its author meant: a firm with a shop site and a budgeted plan is ready', () => {
  const checked = validateQuestionnaire(readFileSync(FILE, 'utf8'));
  assert.ok(checked.ok);
  const strong = score(checked.value, {
    exports: 'yes',
    website: 'shop',
    channels: ['social', 'marketplace', 'newsletter'],
    backup: 'automatic',
    plan: 'budgeted',
    export_share: 30,
    market_research: 'visited',
  });
  assert.deepEqual(
    [strong.overall.score, strong.overall.level, strong.profile],
    [100, 'ready', 'experienced'],
  );
  assert.deepEqual(strong.recommendations, []);
  const weak = score(checked.value, {
    exports: 'no',
    website: 'none',
    backup: 'never',
    plan: 'no',
    export_share: 50,
  });
  assert.equal(weak.profile, 'first_time');
  assert.equal(
    weak.dimensions.find((dimension) => dimension.id === 'plan')!.visible,
    1,
    'export share is asked of exporters only',
  );
  assert.deepEqual(
    weak.recommendations.map((item) => item.id),
    ['website-languages', 'backup-first', 'plan-first-time'],
  );
});

test('the example provider profile passes `sme-readiness validate` against the default questionnaire', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'validate', PROVIDER_FILE], {
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stdout + run.stderr);
  assert.match(
    run.stdout,
    /valid provider profile "example-cluster-musterstadt" 2027\.1: 10 services, locales de, en; its references fit questionnaire "sme-readiness-default"/,
  );
  const checked = validateProvider(readFileSync(PROVIDER_FILE, 'utf8'));
  assert.ok(checked.ok);
  assert.deepEqual(checkProviderAgainst(checked.value, defaultQuestionnaire), []);
  assert.equal(
    JSON.parse(readFileSync(PROVIDER_FILE, 'utf8')).$schema,
    'https://unpkg.com/sme-readiness/dist/provider.schema.json',
  );
});

test('the example profile offers a first-time and an experienced exporter different services', () => {
  const checked = validateProvider(readFileSync(PROVIDER_FILE, 'utf8'));
  assert.ok(checked.ok);
  const offered = (answers: typeof FIRST_TIME_WEAK_DIGITAL, now = NOW) =>
    matchServices(score(defaultQuestionnaire, answers), defaultQuestionnaire, checked.value, {
      now,
      answers,
    }).map((match) => match.id);
  // First-timer, weak digital basics (18 in the digital area, DII 1): matchmaking serves its 2nd
  // recommendation (networks), the Export Day its 3rd (market knowledge), the voucher its 7th (finance);
  // then the webinars (dated) and, undated, coaching (overall level basic) and the EDIH assessment.
  assert.deepEqual(offered(FIRST_TIME_WEAK_DIGITAL), [
    'b2b-matchmaking-2027-03',
    'export-day-2027',
    'export-voucher-musterland',
    'going-global-webinars-2027',
    'export-coaching-first-time',
    'digital-maturity-assessment-edih',
  ]);
  // Established exporter (stage committed): the market-entry programme serves its 1st recommendation
  // (market knowledge), matchmaking its 2nd, investor pitching its 3rd (finance); then, by date, the
  // webinars and the USA trade mission. The China mission of May 2026 is over.
  assert.deepEqual(offered(EXPERIENCED_STRONG_ECOMMERCE), [
    'market-entry-china-usa-2027',
    'b2b-matchmaking-2027-03',
    'investor-pitch-day-2027-06',
    'going-global-webinars-2027',
    'trade-mission-usa-2027-10',
  ]);
  // Before it took place, the China mission was offered to the same firm.
  assert.ok(
    offered(EXPERIENCED_STRONG_ECOMMERCE, Date.parse('2026-05-01T08:00:00Z')).includes(
      'trade-mission-china-2026-05',
    ),
  );
});

test("the demo's benchmark file is valid, for the current default questionnaire, and says it is sample data", () => {
  const reading = readBenchmark(readFileSync('examples/benchmark-example.json', 'utf8'));
  assert.ok(reading.ok, JSON.stringify(!reading.ok && reading.problems));
  const benchmark = reading.value;
  assert.equal(benchmark.questionnaire.id, defaultQuestionnaire.id);
  assert.deepEqual(
    benchmark.questionnaire.versions,
    [defaultQuestionnaire.version],
    'run `npm run example-benchmark`',
  );
  assert.match(benchmark.title ?? '', /not real data/);
  // Firms of the demo's first-time example (small, manufacturing) find their own group.
  const peers = peerGroup(benchmark, { size: 'small', sector: 'C' });
  assert.equal(peers?.basis, 'size-and-sector');
  assert.ok(peers.group.n >= benchmark.minGroupSize);
});
