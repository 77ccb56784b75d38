// The benchmark file: a cohort aggregate (aggregate.ts) a provider publishes so that firms can see where
// they stand among firms like them (`benchmark-src` on <sme-readiness>). It is the aggregate itself, with
// a title and a date: it holds no answers and no group smaller than its `minGroupSize`. Reading one
// back is benchmark-schema.ts (zod), kept apart so that comparing with a benchmark does not load zod.
import type { Aggregate, AggregateGroup, GroupField, ScoreStats } from './aggregate.js';
import { tenthsBelow } from './stats.js';

export interface Benchmark extends Aggregate {
  /** Who published it and for whom, in words, e.g. "Members of the Example Cluster, 2026". */
  title?: string;
  /** ISO 8601. */
  createdAt: string;
}

/** The groupings a published benchmark carries, most specific first (what peerGroup looks for). */
export const BENCHMARK_GROUPINGS: GroupField[][] = [['size', 'sector'], ['size'], ['sector'], ['country']];

export function toBenchmark(
  aggregate: Aggregate,
  details: { title?: string; createdAt?: string } = {},
): Benchmark {
  return {
    ...aggregate,
    ...(details.title ? { title: details.title } : {}),
    createdAt: details.createdAt ?? new Date().toISOString(),
  };
}

export type PeerBasis = 'size-and-sector' | 'size' | 'sector' | 'all';

/**
 * The published group most like the firm: same size band and sector, else same size band, else same
 * sector, else the whole cohort; null when the benchmark publishes none of these.
 */
export function peerGroup(
  benchmark: Pick<Aggregate, 'all' | 'groupings'>,
  firm: { size: string | null; sector: string | null },
): { group: AggregateGroup; basis: PeerBasis } | null {
  const find = (by: GroupField[]) => {
    const grouping = benchmark.groupings.find(
      (candidate) => candidate.by.length === by.length && by.every((field) => candidate.by.includes(field)),
    );
    return grouping?.groups.find((group) =>
      by.every((field) => group.key[field] === firm[field as 'size' | 'sector']),
    );
  };
  const tries: [GroupField[], PeerBasis, boolean][] = [
    [['size', 'sector'], 'size-and-sector', firm.size !== null && firm.sector !== null],
    [['size'], 'size', firm.size !== null],
    [['sector'], 'sector', firm.sector !== null],
  ];
  for (const [by, basis, possible] of tries) {
    const group = possible ? find(by) : undefined;
    if (group?.overall) return { group, basis };
  }
  return benchmark.all ? { group: benchmark.all, basis: 'all' } : null;
}

/** Where a score falls among a group: above how many in ten of its firms (0–9, from the deciles). */
export function positionIn(stats: Pick<ScoreStats, 'deciles'>, score: number): { below: number } {
  return { below: tenthsBelow(stats, score) };
}
