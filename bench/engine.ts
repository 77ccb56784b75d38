// Engine figures for `npm run bench`: score() throughput and validateQuestionnaire() time on the default
// questionnaire with its English texts (like a provider's questionnaire in one language, and what these
// figures measured when English lived in src/questionnaires/default.json), and the size of the
// `sme-readiness/engine` entry (minified + gzip, zod included).
// Prints a small table and returns the figures for bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Answers, Questionnaire } from '../src/engine/index.js';
import { COUNTRY_CODES } from '../src/engine/model/countries.js';
import { readDefaultQuestionnaire } from '../scripts/default-questionnaire.js';

type Engine = typeof import('../src/engine/index.js');
type Cohort = typeof import('../src/engine/cohort/index.js');

/**
 * The engine entry as an app would bundle it: minified, zod/mini included. The speed figures run this
 * built code, not the TypeScript through a loader (tsx's name-keeping wrappers alone cost a third).
 */
async function buildEntry<T>(entry: string, name: string): Promise<{ engine: T; gzipKb: number }> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry, formats: ['es'], fileName: name },
      rolldownOptions: { output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
    'output' in result ? result.output : [],
  );
  const code = chunks.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
  mkdirSync('bench/.out', { recursive: true });
  const file = resolve(`bench/.out/${name}.mjs`);
  writeFileSync(file, code);
  const engine = (await import(pathToFileURL(file).href)) as T;
  return { engine, gzipKb: gzipSync(code, { level: 9 }).length / 1024 };
}

/** A deterministic pseudo-random generator, so every run scores the same answer sets. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function completeRandomAnswers(questionnaire: Questionnaire, next: () => number): Answers {
  const answers: Answers = {};
  for (const question of questionnaire.questions) {
    if (question.type === 'country') {
      // A country question has no options: one of the codes it offers.
      const codes = question.countries ?? COUNTRY_CODES;
      answers[question.id] = codes[Math.floor(next() * codes.length)]!;
      continue;
    }
    const options = question.options ?? [];
    const pick = () => options[Math.floor(next() * options.length)]!.id;
    if (question.type === 'number') {
      const min = question.min ?? 0;
      const max = question.max ?? 100;
      answers[question.id] =
        options.length > 0 && next() < 0.1 ? pick() : Math.round(min + next() * (max - min));
    } else if (question.type === 'multi') {
      const chosen = options.filter((option) => !option.exclusive && next() < 0.5).map((option) => option.id);
      answers[question.id] = chosen.length > 0 ? chosen : [pick()];
    } else {
      answers[question.id] = pick();
    }
  }
  return answers;
}

export async function engineBench(
  text = JSON.stringify(readDefaultQuestionnaire(['en'])),
): Promise<Record<string, number>> {
  const { engine, gzipKb: engineGzipKb } = await buildEntry<Engine>('src/engine/index.ts', 'engine');
  const { engine: cohort, gzipKb: cohortGzipKb } = await buildEntry<Cohort>(
    'src/engine/cohort/index.ts',
    'cohort',
  );
  const { score, validateQuestionnaire } = engine;
  const validation = validateQuestionnaire(text);
  if (!validation.ok)
    throw new Error(`The default questionnaire is invalid: ${JSON.stringify(validation.problems)}`);
  const questionnaire = validation.value;

  // score(): many different complete answer sets, a warm-up, then as many calls as fit in ~1.5 s.
  const next = random(42);
  const answerSets = Array.from({ length: 1000 }, () => completeRandomAnswers(questionnaire, next));
  for (let index = 0; index < 20_000; index += 1) score(questionnaire, answerSets[index % 1000]!);
  let calls = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < 1500) {
    for (let index = 0; index < 1000; index += 1) score(questionnaire, answerSets[index]!);
    calls += 1000;
    elapsed = performance.now() - started;
  }
  const scoresPerSecond = Math.round((calls / elapsed) * 1000);

  // validateQuestionnaire(): parsed object in, median of 200 runs after a warm-up, then the mean over a
  // 500 ms loop, which counts the garbage collection the median leaves out.
  const parsed: unknown = JSON.parse(text);
  for (let index = 0; index < 50; index += 1) validateQuestionnaire(parsed);
  const times: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    const start = performance.now();
    validateQuestionnaire(parsed);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const validateMedianMs = times[100]!;
  let validations = 0;
  const loopStarted = performance.now();
  let loopElapsed = 0;
  while (loopElapsed < 500) {
    validateQuestionnaire(parsed);
    validations += 1;
    loopElapsed = performance.now() - loopStarted;
  }
  const validateLoopMeanMs = loopElapsed / validations;

  // aggregate(): 100,000 assessment records (1,000 scored answer sets, each firm with its own size,
  // sector, country, date and e-mail, one in five assessed twice) turned into entries and aggregated
  // with the benchmark's groupings and matching by e-mail. Median of 5 runs after a warm-up.
  const { createRecord } = engine;
  const { aggregate, entryFromRecord, BENCHMARK_GROUPINGS } = cohort;
  const base = answerSets.map((answers) => createRecord(questionnaire, answers, { locale: 'en' }));
  const sizes = ['micro', 'small', 'medium', 'large'];
  const sectors = ['C', 'F', 'G', 'H', 'I', 'J', 'M', 'N'];
  const countries = ['DE', 'AT', 'DK', 'FR', 'PL', 'CZ', 'IT', 'ES'];
  const records = Array.from({ length: 100_000 }, (_, index) => {
    const firm = index % 80_000;
    const record = base[index % 1000]!;
    return {
      record: {
        ...record,
        answers: {
          ...record.answers,
          about_size: sizes[firm % 4]!,
          about_sector: sectors[firm % 8]!,
          about_country: countries[(firm >> 3) % 8]!,
        },
        completedAt: new Date(Date.UTC(2026, 0, 1) + (index % 300) * 86_400_000).toISOString(),
      },
      email: `firm${firm}@example.invalid`,
    };
  });
  const aggregateOnce = () =>
    aggregate(
      records.map(({ record, email }) => entryFromRecord(record, { email })),
      { groupBy: BENCHMARK_GROUPINGS, matchBy: 'email' },
    );
  aggregateOnce();
  const aggregateTimes: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const start = performance.now();
    aggregateOnce();
    aggregateTimes.push(performance.now() - start);
  }
  aggregateTimes.sort((a, b) => a - b);
  const aggregate100kMs = aggregateTimes[2]!;

  console.log('\nEngine (Node, one core):');
  console.log(
    `  score(), default questionnaire, complete random answers   ${scoresPerSecond.toLocaleString('en')} /s   (target ≥ 200,000)`,
  );
  console.log(
    `  validateQuestionnaire(), default questionnaire, median    ${validateMedianMs.toFixed(2)} ms   (target ≤ 2 ms)`,
  );
  console.log(
    `  validateQuestionnaire(), mean over a 500 ms loop (GC in)  ${validateLoopMeanMs.toFixed(2)} ms   (target ≤ 3 ms)`,
  );
  console.log(
    `  aggregate(), 100,000 records to entries to aggregate, median ${aggregate100kMs.toFixed(0)} ms   (target < 1,000 ms)`,
  );
  console.log(
    `  sme-readiness/engine, minified + gzip, zod/mini included   ${engineGzipKb.toFixed(1)} KB   (target ≤ 20 KB)`,
  );
  console.log(`  sme-readiness/cohort, minified + gzip, zod/mini included   ${cohortGzipKb.toFixed(1)} KB`);
  return {
    scoresPerSecond,
    validateMedianMs,
    validateLoopMeanMs,
    aggregate100kMs,
    engineGzipKb,
    cohortGzipKb,
  };
}
