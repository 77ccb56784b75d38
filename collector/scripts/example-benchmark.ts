// `npm run example-benchmark` (from the repository's root): writes examples/benchmark-example.json, the benchmark file the demo
// widget compares with ("How you compare"). It is the aggregate of 600 generated sample firms (the
// collector's sample generator, ../src/sample.ts), grouped as a published benchmark is, with the
// default minimum group size, and titled as sample data so nobody mistakes it for real figures.
// Written on one line (259 KB, 37 KB gzipped): the widget fetches it; .prettierignore keeps it so.
import { writeFileSync } from 'node:fs';
import { aggregate, BENCHMARK_GROUPINGS, entryFromRecord, toBenchmark } from 'sme-readiness/cohort';
import { createRecord } from 'sme-readiness/engine';
import { defaultQuestionnaire } from 'sme-readiness/questionnaires/default';
import { sampleAnswers } from '../src/sample.js';

const FIRMS = 600;
let state = 20261202;
const next = () => {
  state = (state * 1103515245 + 12345) % 2147483648;
  return state / 2147483648;
};
const entries = Array.from({ length: FIRMS }, (_, index) => {
  const answers = sampleAnswers(defaultQuestionnaire, (next() + next()) / 2, next);
  const completedAt = new Date(Date.UTC(2026, 0, 1) + index * 12 * 3600 * 1000).toISOString();
  return entryFromRecord(createRecord(defaultQuestionnaire, answers, { locale: 'en', completedAt }));
});
const benchmark = toBenchmark(aggregate(entries, { groupBy: BENCHMARK_GROUPINGS }), {
  title: 'Sample figures: 600 generated firms (not real data)',
  createdAt: '2026-12-02T00:00:00.000Z',
});
writeFileSync('examples/benchmark-example.json', `${JSON.stringify(benchmark)}\n`);
const groups = benchmark.groupings.reduce((sum, grouping) => sum + grouping.groups.length, 0);
console.log(`Wrote examples/benchmark-example.json: ${benchmark.n} firms, ${groups} groups.`);
