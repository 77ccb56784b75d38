// The cohort aggregate, the benchmark file and reading dropped files: figures worked out by hand on
// small sets, suppression of small groups in every output, order independence and first-to-latest
// matching as properties over generated cohorts, and files with a bad one among them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRecord } from '../../src/engine/index.js';
import {
  aggregate,
  createAccumulator,
  diiAtLeastBasic,
  entriesFromCsv,
  parseCsv,
  peerGroup,
  positionIn,
  readBenchmark,
  readCohortFile,
  smallestShown,
  toBenchmark,
  type Aggregate,
  type CohortEntry,
  type GroupField,
} from '../../src/engine/cohort/index.js';
import { Histogram } from '../../src/engine/cohort/stats.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';

const LEVELS: [string, number][] = [
  ['basic', 0],
  ['developing', 30],
  ['established', 55],
  ['advanced', 80],
];
const levelOf = (score: number) => LEVELS.filter(([, min]) => score >= min).at(-1)![0];

interface Spec {
  overall: number | null;
  digital?: number | null;
  size?: string | null;
  sector?: string | null;
  country?: string | null;
  profile?: string | null;
  day?: string;
  email?: string | null;
  recommendations?: string[];
  dii?: number;
}

function entry(spec: Spec): CohortEntry {
  const scoreLevel = (score: number | null | undefined) =>
    score === null || score === undefined ? { score: null, level: null } : { score, level: levelOf(score) };
  return {
    questionnaire: { id: 'q', version: '1.0.0' },
    completedAt: `${spec.day ?? '2026-05-01'}T10:00:00.000Z`,
    size: spec.size ?? null,
    sector: spec.sector ?? null,
    country: spec.country ?? null,
    profile: spec.profile ?? null,
    stage: null,
    overall: scoreLevel(spec.overall),
    areas: { digital: scoreLevel(spec.digital !== undefined ? spec.digital : spec.overall) },
    dimensions: { strategy: scoreLevel(spec.digital !== undefined ? spec.digital : spec.overall) },
    indices:
      spec.dii === undefined ? {} : { dii: { points: spec.dii, level: spec.dii >= 4 ? 'low' : 'very_low' } },
    recommendations: spec.recommendations ?? [],
    completeness: 100,
    keys: { company: null, email: spec.email ?? null },
    source: 'record',
  };
}

test('statistics worked out by hand: 0, 10, 20, 40, 80, 100', () => {
  const histogram = new Histogram(0, 100);
  for (const value of [80, 0, 40, 100, 10, 20]) histogram.add(value);
  const stats = histogram.stats()!;
  // mean 250 / 6 = 41.67; median halfway between 20 and 40; quartiles at ranks 1.25 and 3.75.
  assert.deepEqual(
    {
      n: stats.n,
      mean: stats.mean,
      median: stats.median,
      q1: stats.q1,
      q3: stats.q3,
      min: stats.min,
      max: stats.max,
    },
    { n: 6, mean: 41.7, median: 30, q1: 12.5, q3: 70, min: 0, max: 100 },
  );
  // 10th percentile at rank 0.5 (between 0 and 10), 90th at rank 4.5 (between 80 and 100).
  assert.equal(stats.deciles[0], 5);
  assert.equal(stats.deciles[8], 90);
  assert.equal(histogram.add(3.5), false, 'a value that is not whole is refused');
  assert.equal(histogram.add(101), false, 'a value off the range is refused');
  assert.equal(new Histogram(0, 100).stats(), null);
});

test('an aggregate worked out by hand: levels, profiles, next steps and completeness', () => {
  const cohort = [
    entry({ overall: 10, profile: 'first_time', recommendations: ['a', 'b'], dii: 2 }),
    entry({ overall: 35, profile: 'first_time', recommendations: ['a'], dii: 5 }),
    entry({ overall: 60, profile: 'experienced', recommendations: ['a', 'c'], dii: 6 }),
    entry({ overall: 60, profile: 'experienced', recommendations: ['c'], dii: 8 }),
    entry({ overall: 85, profile: null, recommendations: [], dii: 11 }),
  ];
  const result = aggregate(cohort);
  assert.equal(result.n, 5);
  const all = result.all!;
  assert.deepEqual(
    {
      n: all.overall!.n,
      mean: all.overall!.mean,
      median: all.overall!.median,
      q1: all.overall!.q1,
      q3: all.overall!.q3,
    },
    { n: 5, mean: 50, median: 60, q1: 35, q3: 60 },
  );
  assert.deepEqual(all.overall!.levels, { advanced: 1, basic: 1, developing: 1, established: 2 });
  assert.deepEqual(all.profiles, { experienced: 2, first_time: 2, none: 1 });
  assert.deepEqual(all.recommendations, [
    { id: 'a', count: 3 },
    { id: 'c', count: 2 },
    { id: 'b', count: 1 },
  ]);
  assert.deepEqual(all.indices.dii!.levels, { low: 4, very_low: 1 });
  assert.equal(all.indices.dii!.points!.median, 6);
  assert.equal(all.completeness!.median, 100);
  assert.deepEqual(result.period, { from: '2026-05', to: '2026-05' });
  assert.equal(all.change, null, 'no key to match by: no change');
});

test('small groups are suppressed, and a second one hidden so that none can be found by subtraction', () => {
  const cohort = [
    ...Array.from({ length: 6 }, (_, i) => entry({ overall: 40 + i, size: 'micro' })),
    ...Array.from({ length: 5 }, (_, i) => entry({ overall: 60 + i, size: 'small' })),
    ...Array.from({ length: 2 }, (_, i) => entry({ overall: 90 + i, size: 'medium' })),
    entry({ overall: 50, size: null }),
  ];
  const result = aggregate(cohort, { groupBy: ['size'] });
  const grouping = result.groupings[0]!;
  // medium (2 firms) is too small; alone it could be worked out from the whole cohort minus the
  // others, so the next smallest (small, 5) is hidden too.
  assert.deepEqual(
    grouping.groups.map((group) => [group.key.size, group.n]),
    [['micro', 6]],
  );
  assert.equal(grouping.suppressed, 2);
  assert.equal(result.all!.n, 14);
  // Two tiny groups that together hold at least the minimum hide nothing more.
  const relaxed = aggregate([...cohort, ...[70, 71].map((overall) => entry({ overall, size: 'large' }))], {
    groupBy: ['size'],
    minGroupSize: 2,
  });
  assert.equal(relaxed.minGroupSize, 3, 'never below 3');
  assert.deepEqual(
    relaxed.groupings[0]!.groups.map((group) => group.key.size),
    ['micro', 'small'],
  );
  assert.equal(relaxed.groupings[0]!.suppressed, 2);
});

test('a cohort smaller than the minimum publishes nothing', () => {
  const result = aggregate(
    [10, 20, 30, 40].map((overall) => entry({ overall, size: 'micro' })),
    { groupBy: ['size'] },
  );
  assert.equal(result.all, null);
  assert.equal(result.n, 0);
  assert.equal(result.period, null);
  assert.deepEqual(result.groupings[0]!.groups, []);
});

test('a statistic over fewer firms than the minimum is null even in a large enough group', () => {
  const cohort = [
    ...[10, 20, 30].map((overall) => entry({ overall, digital: overall })),
    ...[40, 50].map((overall) => entry({ overall, digital: null })),
  ];
  const all = aggregate(cohort).all!;
  assert.equal(all.overall!.n, 5);
  assert.equal(all.dimensions.strategy, null, 'three scores of five firms');
});

test('first to latest: matched by e-mail, latest counted, change per firm', () => {
  const pairs: [string, number, number][] = [
    ['a@x.eu', 40, 60],
    ['B@x.eu ', 50, 50],
    ['c@x.eu', 30, 20],
    ['d@x.eu', 10, 40],
    ['e@x.eu', 70, 80],
  ];
  const cohort = pairs.flatMap(([email, first, latest]) => [
    entry({ overall: latest, email, day: '2026-09-01' }),
    entry({ overall: first, email: email.trim().toLowerCase(), day: '2026-03-01' }),
  ]);
  // The normalised key in real entries comes from entryFromRecord; here two spellings of B must match.
  for (const item of cohort) item.keys.email = item.keys.email!.trim().toLowerCase();
  const result = aggregate(cohort, { matchBy: 'email' });
  assert.equal(result.n, 5, 'five firms, not ten assessments');
  assert.equal(result.assessments.earlierOfSameFirm, 5);
  assert.equal(result.all!.overall!.median, 50, 'latest scores 60, 50, 20, 40, 80');
  const change = result.all!.change!;
  assert.equal(change.n, 5);
  assert.equal(change.medianDays, 184);
  const overall = change.overall!;
  assert.deepEqual(
    { improved: overall.improved, unchanged: overall.unchanged, declined: overall.declined },
    { improved: 3, unchanged: 1, declined: 1 },
  );
  assert.equal(overall.change.mean, 10);
  assert.equal(overall.change.median, 10);
  assert.deepEqual(overall.first, { mean: 40, median: 40 });
  assert.deepEqual(overall.latest, { mean: 50, median: 50 });
  // Without a key every assessment is its own firm, and there is no change.
  const unmatched = aggregate(cohort);
  assert.equal(unmatched.n, 10);
  assert.equal(unmatched.all!.change, null);
});

test('filters by field and date range', () => {
  const cohort = [
    ...Array.from({ length: 5 }, (_, i) =>
      entry({ overall: 20 + i, sector: 'C', day: '2026-02-0' + (i + 1) }),
    ),
    ...Array.from({ length: 5 }, (_, i) =>
      entry({ overall: 70 + i, sector: 'J', day: '2026-06-0' + (i + 1) }),
    ),
  ];
  assert.equal(aggregate(cohort, { filter: { sector: ['J'] } }).all!.overall!.min, 70);
  const spring = aggregate(cohort, { filter: { from: '2026-02-02', to: '2026-06-01' } });
  assert.equal(spring.n, 5);
  assert.equal(spring.assessments.filteredOut, 5);
  assert.equal(aggregate(cohort, { filter: { sector: ['none'] } }).all, null);
});

// ---- Properties over generated cohorts -------------------------------------------------------------

const arbitraryEntry = fc
  .record({
    overall: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 8 }),
    digital: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null, freq: 5 }),
    size: fc.option(fc.constantFrom('micro', 'small', 'medium', 'large'), { nil: null, freq: 6 }),
    sector: fc.option(fc.constantFrom('C', 'G', 'J', 'M'), { nil: null, freq: 6 }),
    country: fc.option(fc.constantFrom('DE', 'DK', 'PL'), { nil: null, freq: 6 }),
    profile: fc.option(fc.constantFrom('first_time', 'experienced'), { nil: null, freq: 6 }),
    day: fc.constantFrom('2026-01-10', '2026-04-02', '2026-04-02', '2026-11-30'),
    email: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), {
      nil: null,
      freq: 3,
    }),
    recommendations: fc.subarray(['r1', 'r2', 'r3', 'r4']),
    dii: fc.integer({ min: 0, max: 12 }),
  })
  .map((spec) => entry(spec));
const arbitraryGroupBy = fc.subarray<GroupField | GroupField[]>(
  ['size', 'sector', 'country', 'profile', ['size', 'sector'], ['sector', 'country']],
  { minLength: 1 },
);

function firmsOf(cohort: CohortEntry[], matchBy: 'email' | null): CohortEntry[] {
  if (!matchBy) return cohort;
  const latest = new Map<string, CohortEntry>();
  const unkeyed: CohortEntry[] = [];
  for (const item of cohort) {
    const key = item.keys.email;
    if (key === null) unkeyed.push(item);
    else {
      const known = latest.get(key);
      const newer =
        !known ||
        item.completedAt > known.completedAt ||
        (item.completedAt === known.completedAt && JSON.stringify(item) > JSON.stringify(known));
      if (newer) latest.set(key, item);
    }
  }
  return [...latest.values(), ...unkeyed];
}

test('property: no output shows a group or a statistic over fewer firms than minGroupSize', () => {
  fc.assert(
    fc.property(
      fc.array(arbitraryEntry, { maxLength: 80 }),
      arbitraryGroupBy,
      fc.integer({ min: 0, max: 9 }),
      fc.constantFrom<'email' | null>('email', null),
      (cohort, groupBy, minGroupSize, matchBy) => {
        const result = aggregate(cohort, { groupBy, minGroupSize, matchBy });
        const floor = Math.max(3, minGroupSize);
        const smallest = smallestShown(toBenchmark(result, { createdAt: '2026-12-01T00:00:00Z' }));
        if (smallest) assert.ok(smallest.n >= floor, `${smallest.path} shows ${smallest.n} < ${floor}`);
        // Hidden groups of a grouping hold, together, none or at least minGroupSize firms (or all of
        // the grouping is hidden: then nothing published tells how many firms it held).
        const firms = result.all ? firmsOf(cohort, matchBy) : [];
        for (const grouping of result.groupings) {
          const grouped = firms.filter((firm) => grouping.by.every((field) => firm[field] !== null)).length;
          const shown = grouping.groups.reduce((sum, group) => sum + group.n, 0);
          const hidden = grouped - shown;
          assert.ok(
            hidden === 0 || hidden >= floor || grouping.groups.length === 0,
            `grouping ${grouping.by.join('+')} hides ${hidden}`,
          );
        }
        // And the file passes its own check.
        assert.equal(readBenchmark(JSON.stringify(toBenchmark(result))).ok, true);
      },
    ),
    { numRuns: 300 },
  );
});

test('property: the aggregate does not depend on the order of the entries, streamed or not', () => {
  fc.assert(
    fc.property(
      fc.array(arbitraryEntry, { maxLength: 60 }),
      arbitraryGroupBy,
      fc.constantFrom<'email' | null>('email', null),
      fc.infiniteStream(fc.nat()),
      (cohort, groupBy, matchBy, seeds) => {
        const options = { groupBy, matchBy, minGroupSize: 3 };
        const expected = JSON.stringify(aggregate(cohort, options));
        const shuffled = cohort
          .map((item) => ({ item, order: seeds.next().value as number }))
          .sort((a, b) => a.order - b.order)
          .map(({ item }) => item);
        const accumulator = createAccumulator(options);
        for (const item of shuffled) accumulator.add(item);
        assert.equal(JSON.stringify(accumulator.result()), expected);
      },
    ),
    { numRuns: 200 },
  );
});

test('property: first-to-latest change counts each repeated firm once, with latest minus first', () => {
  fc.assert(
    fc.property(fc.array(arbitraryEntry, { maxLength: 60 }), (cohort) => {
      const result = aggregate(cohort, { matchBy: 'email', minGroupSize: 3 });
      const byKey = new Map<string, CohortEntry[]>();
      for (const item of cohort)
        if (item.keys.email) byKey.set(item.keys.email, [...(byKey.get(item.keys.email) ?? []), item]);
      const repeated = [...byKey.values()].filter((items) => items.length > 1);
      const change = result.all?.change ?? null;
      if (!result.all || repeated.length < 3) return assert.equal(change, null);
      assert.equal(change!.n, repeated.length);
      const overall = change!.overall;
      if (overall) assert.equal(overall.improved + overall.unchanged + overall.declined, overall.n);
    }),
    { numRuns: 200 },
  );
});

// ---- The benchmark file ----------------------------------------------------------------------------

const sample = (): Aggregate =>
  aggregate(
    [
      ...Array.from({ length: 8 }, (_, i) => entry({ overall: 30 + i * 5, size: 'small', sector: 'C' })),
      ...Array.from({ length: 6 }, (_, i) => entry({ overall: 50 + i * 5, size: 'small', sector: 'J' })),
      ...Array.from({ length: 7 }, (_, i) => entry({ overall: 20 + i * 3, size: 'micro', sector: 'J' })),
    ],
    { groupBy: [['size', 'sector'], 'size', 'sector', 'country'] },
  );

test('peer group: same size and sector, else size, else sector, else everyone', () => {
  const benchmark = toBenchmark(sample(), { title: 'Test cluster', createdAt: '2026-12-01T00:00:00Z' });
  const pick = (size: string | null, sector: string | null) => {
    const found = peerGroup(benchmark, { size, sector })!;
    return [found.basis, found.group.n];
  };
  assert.deepEqual(pick('small', 'C'), ['size-and-sector', 8]);
  assert.deepEqual(pick('micro', 'C'), ['size', 7], 'no micro firm in C: the micro firms');
  assert.deepEqual(pick('large', 'J'), ['sector', 13]);
  assert.deepEqual(pick(null, null), ['all', 21]);
  // 8 firms in small+C score 30, 35, … 65: deciles 33.5, 37, 40.5, 44, 47.5, 51, …; 48 is above five.
  const group = peerGroup(benchmark, { size: 'small', sector: 'C' })!.group;
  assert.equal(positionIn(group.overall!, 48).below, 5);
  assert.equal(positionIn(group.overall!, 0).below, 0);
  assert.equal(positionIn(group.overall!, 100).below, 9);
});

test('a benchmark file reads back, and a malformed or unsafe one is refused with a reason', () => {
  const benchmark = toBenchmark(sample(), { createdAt: '2026-12-01T00:00:00Z' });
  const back = readBenchmark(JSON.stringify(benchmark));
  assert.ok(back.ok);
  assert.deepEqual(back.value, benchmark);
  const notJson = readBenchmark('{ nope');
  assert.ok(!notJson.ok && /Not JSON/.test(notJson.problems[0]!.message));
  const other = readBenchmark({ format: 'something-else' });
  assert.ok(!other.ok && other.problems[0]!.code === 'not_benchmark');
  const broken = JSON.parse(JSON.stringify(benchmark));
  broken.all.overall.deciles = [1, 2];
  const shape = readBenchmark(broken);
  assert.ok(!shape.ok && shape.problems.some((problem) => problem.path === 'all.overall.deciles'));
  const small = JSON.parse(JSON.stringify(benchmark));
  small.groupings[0].groups[0].n = 2;
  const unsafe = readBenchmark(small);
  assert.ok(!unsafe.ok && unsafe.problems[0]!.code === 'small_group', 'a group under its own minimum');
});

// ---- Eurostat --------------------------------------------------------------------------------------

test("Eurostat's latest figure per country and size class, none for a country without one", () => {
  const denmark = diiAtLeastBasic('dk', 'small')!;
  assert.deepEqual(
    { value: denmark.value, year: denmark.year, sizeClass: denmark.sizeClass },
    { value: 91.48, year: 2025, sizeClass: '10-49' },
  );
  assert.equal(diiAtLeastBasic('DK', 'micro')!.sizeClass, '10-249', 'micro firms: all SMEs, said so');
  assert.ok(diiAtLeastBasic('GR'), 'Greece is EL at Eurostat, GR in ISO 3166');
  assert.equal(diiAtLeastBasic('NO'), null, 'no figure for Norway in the data: none, not the EU one');
  assert.match(denmark.source.url, /^https:\/\/ec\.europa\.eu\/eurostat\//);
});

// ---- Reading dropped files -------------------------------------------------------------------------

const record = (answers = FIRST_TIME_WEAK_DIGITAL) =>
  createRecord(defaultQuestionnaire, answers, { locale: 'en', completedAt: '2026-10-01T09:00:00.000Z' });

test('files: a saved assessment, an array, a submission, NDJSON with a broken line, and a bad file', () => {
  const questionnaires = [defaultQuestionnaire];
  const one = readCohortFile('a.json', JSON.stringify(record()), questionnaires);
  assert.equal(one.entries.length, 1);
  assert.equal(one.entries[0]!.overall.score, record().result.overall.score);
  const list = readCohortFile(
    'b.json',
    JSON.stringify([record(), record(EXPERIENCED_STRONG_ECOMMERCE)]),
    questionnaires,
  );
  assert.equal(list.entries.length, 2);
  const submission = {
    format: 'sme-readiness/submission@1',
    record: record(),
    contact: { email: ' Anna@Firm.eu ' },
  };
  assert.equal(
    readCohortFile('c.json', JSON.stringify(submission), questionnaires).entries[0]!.keys.email,
    'anna@firm.eu',
  );
  const tampered = record();
  tampered.result.overall.score = 99;
  const lines = [
    JSON.stringify({ id: '1', record: record(), contact: null }),
    '{ broken',
    JSON.stringify({ id: '2', record: tampered, contact: null }),
    JSON.stringify({ cursor: 'abc' }),
  ].join('\n');
  const ndjson = readCohortFile('export.ndjson', lines, questionnaires);
  assert.equal(ndjson.entries.length, 1);
  assert.deepEqual(
    ndjson.problems.map((problem) => problem.line),
    [2, 3],
  );
  assert.match(ndjson.problems[1]!.message, /does not follow from the answers/);
  const bad = readCohortFile('notes.json', 'hello', questionnaires);
  assert.equal(bad.entries.length, 0);
  assert.match(bad.problems[0]!.message, /not JSON, NDJSON or CSV/);
  assert.match(readCohortFile('empty.json', '', questionnaires).problems[0]!.message, /empty/);
  assert.match(
    readCohortFile('x.json', '{"format":"x"}', questionnaires).problems[0]!.message,
    /Not an assessment/,
  );
});

test('CSV: quoted cells, defused formulas, levels from the questionnaire, bad rows listed', () => {
  assert.deepEqual(parseCsv('\uFEFFa,"b ""q"", c"\r\n1,"line\nbreak"\n'), [
    ['a', 'b "q", c'],
    ['1', 'line\nbreak'],
  ]);
  assert.throws(() => parseCsv('a,"open\n'), /never closed/);
  const csv = [
    'submission_id,received_at,questionnaire,questionnaire_version,locale,provider,profile,stage,overall,dimension:ds,size,company,recommendations',
    `1,2026-05-01T10:00:00Z,${defaultQuestionnaire.id},1.0.0,en,,first_time,,42,30,small,'=Firm,a b`,
    `2,2026-05-02T10:00:00Z,${defaultQuestionnaire.id},1.0.0,en,,,,abc,,,,`,
  ].join('\r\n');
  const reading = entriesFromCsv(csv, [defaultQuestionnaire]);
  assert.equal(reading.entries.length, 1);
  const [first] = reading.entries;
  assert.equal(first!.overall.score, 42);
  assert.equal(
    first!.overall.level,
    defaultQuestionnaire.levels.find((level) => 42 >= level.min && 42 < level.max)!.id,
  );
  assert.equal(first!.keys.company, '=firm');
  assert.deepEqual(first!.recommendations, ['a', 'b']);
  assert.deepEqual(reading.problems, [
    { row: 3, message: 'The questionnaire, the date or the overall score is missing or not valid.' },
  ]);
  assert.match(entriesFromCsv('x,y\n1,2').problems[0]!.message, /Not the collector's CSV export/);
});
