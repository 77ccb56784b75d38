// Reading a benchmark file back (a provider's page gives it as `benchmark-src`): its shape checked with
// zod/mini, published as `sme-readiness/benchmark.schema.json`, and its promise checked too: a file
// that shows a group or a statistic smaller than its own `minGroupSize` (or below the floor of 3) is
// refused, since publishing it would break what the format stands for.
import * as z from 'zod/mini';
import { AGGREGATE_FORMAT, GROUP_FIELDS, MIN_GROUP_SIZE_FLOOR } from './aggregate.js';
import type { Benchmark } from './benchmark.js';
import type { Problem } from '../model/problems.js';

z.config({ jitless: true });

const Count = z.int().check(z.minimum(0));
const Figure = z.number();
const Counts = z.record(z.string(), Count);

const StatsSchema = z.object({
  n: Count,
  mean: Figure,
  median: Figure,
  q1: Figure,
  q3: Figure,
  min: Figure,
  max: Figure,
  deciles: z.array(Figure).check(z.length(9)),
});
const ScoreStatsSchema = z.extend(StatsSchema, { levels: Counts });
const ChangeStatsSchema = z.object({
  n: Count,
  change: StatsSchema,
  first: z.object({ mean: Figure, median: Figure }),
  latest: z.object({ mean: Figure, median: Figure }),
  improved: Count,
  unchanged: Count,
  declined: Count,
});
const Field = z.enum(GROUP_FIELDS as [string, ...string[]]);

const GroupSchema = z.object({
  key: z.partialRecord(Field, z.string()),
  n: Count,
  overall: z.nullable(ScoreStatsSchema),
  areas: z.record(z.string(), z.nullable(ScoreStatsSchema)),
  dimensions: z.record(z.string(), z.nullable(ScoreStatsSchema)),
  profiles: Counts,
  stages: Counts,
  indices: z.record(z.string(), z.object({ points: z.nullable(StatsSchema), levels: Counts })),
  recommendations: z.array(z.object({ id: z.string(), count: Count })),
  completeness: z.nullable(StatsSchema),
  change: z.nullable(
    z.object({
      n: Count,
      medianDays: Figure,
      overall: z.nullable(ChangeStatsSchema),
      areas: z.record(z.string(), z.nullable(ChangeStatsSchema)),
      dimensions: z.record(z.string(), z.nullable(ChangeStatsSchema)),
    }),
  ),
});

const Filter = z.object({
  size: z.optional(z.array(z.string())),
  sector: z.optional(z.array(z.string())),
  country: z.optional(z.array(z.string())),
  profile: z.optional(z.array(z.string())),
  stage: z.optional(z.array(z.string())),
  from: z.optional(z.string()),
  to: z.optional(z.string()),
});

export const BenchmarkSchema = z.object({
  $schema: z.optional(z.string()),
  format: z.literal(AGGREGATE_FORMAT),
  title: z.optional(z.string().check(z.maxLength(300))),
  createdAt: z.string().check(z.minLength(10), z.maxLength(40)),
  questionnaire: z.object({ id: z.string(), versions: z.array(z.string()) }),
  minGroupSize: z.int().check(z.minimum(MIN_GROUP_SIZE_FLOOR)),
  filter: Filter,
  matchBy: z.nullable(z.enum(['company', 'email'])),
  n: Count,
  assessments: z.object({
    counted: Count,
    otherQuestionnaire: Count,
    filteredOut: Count,
    earlierOfSameFirm: Count,
  }),
  period: z.nullable(z.object({ from: z.string(), to: z.string() })),
  all: z.nullable(GroupSchema),
  groupings: z.array(z.object({ by: z.array(Field), groups: z.array(GroupSchema), suppressed: Count })),
});

export type BenchmarkReading = { ok: true; value: Benchmark } | { ok: false; problems: Problem[] };

/** Reads a benchmark file (its text or the parsed object). */
export function readBenchmark(input: unknown): BenchmarkReading {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return fail('', 'not_json', `Not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== AGGREGATE_FORMAT)
    return fail('format', 'not_benchmark', `Expected "format": "${AGGREGATE_FORMAT}".`);
  const parsed = z.safeParse(BenchmarkSchema, data);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: issue.code,
        message: issue.message,
      })),
    };
  const benchmark = parsed.data as Benchmark;
  const small = smallestShown(benchmark);
  if (small && small.n < benchmark.minGroupSize)
    return fail(
      small.path,
      'small_group',
      `Shows a figure over ${small.n} firms, fewer than the file's own minimum of ${benchmark.minGroupSize}.`,
    );
  return { ok: true, value: benchmark };
}

/** The smallest group or statistic a benchmark shows, and where. */
export function smallestShown(benchmark: Benchmark): { n: number; path: string } | null {
  let smallest: { n: number; path: string } | null = null;
  const see = (n: number, path: string) => {
    if (!smallest || n < smallest.n) smallest = { n, path };
  };
  const visit = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${path}.${index}`));
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.n === 'number' && path !== '') see(record.n, path);
      for (const [key, inner] of Object.entries(record))
        if (key !== 'levels' && key !== 'profiles' && key !== 'stages')
          visit(inner, path ? `${path}.${key}` : key);
    }
  };
  visit({ all: benchmark.all, groupings: benchmark.groupings }, '');
  return smallest;
}

function fail(path: string, code: string, message: string): BenchmarkReading {
  return { ok: false, problems: [{ path, code, message }] };
}
