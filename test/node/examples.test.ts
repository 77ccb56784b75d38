// The example questionnaire in examples/ is what the README points authors to: it must validate with
// the CLI, carry both its languages completely, and score as its author meant.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { score, validateQuestionnaire } from '../../src/engine/index.js';

const FILE = 'examples/cluster-quick-check.json';

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
