// The cohort aggregate: what a provider learns from many assessments at once, and what it may publish
// as a benchmark for firms to compare themselves with (benchmark.ts). Pure and deterministic: the same
// entries in any order give the same output, byte for byte (every figure comes from integer counts).
//
// Data flow: entries → filter → (with a matching key) one firm per key, its latest assessment counted
// and its first kept for the change → the whole cohort and each grouping's groups (size, sector, …, or
// combinations) → statistics per group → suppression. A group of fewer than `minGroupSize` firms is left
// out, and so is any statistic over fewer; within a grouping more groups are left out when the hidden
// ones together hold fewer than `minGroupSize` firms, so that no hidden group can be worked out by
// subtracting the shown ones from the whole.
import { ABOUT_QUESTIONS, type CohortEntry } from './entry.js';
import { Histogram, type Stats } from './stats.js';

export const AGGREGATE_FORMAT = 'sme-readiness/benchmark@1';
/** Below this no group is ever published, whatever `minGroupSize` asks for. */
export const MIN_GROUP_SIZE_FLOOR = 3;
export const DEFAULT_MIN_GROUP_SIZE = 5;

export type GroupField = 'size' | 'sector' | 'country' | 'profile' | 'stage';
export const GROUP_FIELDS: readonly GroupField[] = ['size', 'sector', 'country', 'profile', 'stage'];

/** What a filter keeps: each field's allowed values (absent or empty: any), and a date range (inclusive, `YYYY-MM-DD`). */
export interface CohortFilter {
  size?: string[];
  sector?: string[];
  country?: string[];
  profile?: string[];
  stage?: string[];
  from?: string;
  to?: string;
}

export interface AggregateOptions {
  /** Groupings: each a field or a combination of fields; a group per value (combination) found. */
  groupBy?: (GroupField | GroupField[])[];
  filter?: CohortFilter;
  /** Default 5; values below 3 are raised to 3. */
  minGroupSize?: number;
  /** Repeated assessments of one firm are matched by this key (and only the latest counts in the statistics). */
  matchBy?: 'company' | 'email' | null;
  /** The questionnaire to aggregate; default: the one most entries are for. Entries of others are skipped. */
  questionnaire?: string;
}

/** Score statistics plus how many fall in each level. */
export interface ScoreStats extends Stats {
  levels: Record<string, number>;
}

/** From a firm's first assessment to its latest. */
export interface ChangeStats {
  /** Firms with both scores. */
  n: number;
  /** Statistics of latest minus first. */
  change: Stats;
  first: { mean: number; median: number };
  latest: { mean: number; median: number };
  improved: number;
  unchanged: number;
  declined: number;
}

export interface CohortChange {
  /** Firms assessed more than once. */
  n: number;
  /** Median days from first to latest assessment. */
  medianDays: number;
  overall: ChangeStats | null;
  areas: Record<string, ChangeStats | null>;
  dimensions: Record<string, ChangeStats | null>;
}

export interface AggregateGroup {
  /** The group's values, e.g. `{ size: 'small', sector: 'C' }`; `{}` for the whole cohort. */
  key: Partial<Record<GroupField, string>>;
  /** Firms in the group. */
  n: number;
  overall: ScoreStats | null;
  areas: Record<string, ScoreStats | null>;
  dimensions: Record<string, ScoreStats | null>;
  /** Firms per profile and per stage (`none` where the result has none). */
  profiles: Record<string, number>;
  stages: Record<string, number>;
  /** Per index: the points' distribution and firms per level. */
  indices: Record<string, { points: Stats | null; levels: Record<string, number> }>;
  /** Next steps by how many firms were given them, most first (ties by id). */
  recommendations: { id: string; count: number }[];
  /** Share of visible questions answered, whole percent. */
  completeness: Stats | null;
  /** First to latest assessment, for firms matched more than once; null without a key or too few. */
  change: CohortChange | null;
}

export interface Grouping {
  by: GroupField[];
  groups: AggregateGroup[];
  /** Groups left out because of their size (or to protect another left out). */
  suppressed: number;
}

export interface Aggregate {
  format: typeof AGGREGATE_FORMAT;
  questionnaire: { id: string; versions: string[] };
  minGroupSize: number;
  filter: CohortFilter;
  matchBy: 'company' | 'email' | null;
  /** Firms counted, after the filter and matching. */
  n: number;
  /** Assessments in the input that were counted, and why others were not. */
  assessments: {
    counted: number;
    otherQuestionnaire: number;
    filteredOut: number;
    earlierOfSameFirm: number;
  };
  /** First and last month (`YYYY-MM`) of the counted assessments (months, not days, to identify no one); null when suppressed. */
  period: { from: string; to: string } | null;
  /** The whole cohort; null when it has fewer than `minGroupSize` firms. */
  all: AggregateGroup | null;
  groupings: Grouping[];
}

/** Keeps the newest and the oldest assessment per firm while entries stream in. */
interface Firm {
  first: CohortEntry;
  latest: CohortEntry;
  count: number;
}

/** Orders two assessments of one firm: by date, then by their whole content, so that ties never depend on input order. */
function later(a: CohortEntry, b: CohortEntry): boolean {
  if (a.completedAt !== b.completedAt) return a.completedAt > b.completedAt;
  return fingerprint(a) > fingerprint(b);
}

function fingerprint(entry: CohortEntry): string {
  return JSON.stringify(entry);
}

function matches(entry: CohortEntry, filter: CohortFilter): boolean {
  for (const field of GROUP_FIELDS) {
    const allowed = filter[field];
    if (allowed && allowed.length > 0 && !allowed.includes(entry[field] ?? 'none')) return false;
  }
  const day = entry.completedAt.slice(0, 10);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  return true;
}

export interface Accumulator {
  add(entry: CohortEntry): void;
  result(): Aggregate;
}

/** An aggregate over a stream: `add` each entry (any order), then `result`. */
export function createAccumulator(options: AggregateOptions = {}): Accumulator {
  const minGroupSize = Math.max(
    MIN_GROUP_SIZE_FLOOR,
    Math.floor(options.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE),
  );
  const filter = options.filter ?? {};
  const matchBy = options.matchBy ?? null;
  const groupings = (options.groupBy ?? []).map((by) => (Array.isArray(by) ? [...by] : [by]));
  const byQuestionnaire = new Map<
    string,
    { firms: Map<string, Firm>; unkeyed: CohortEntry[]; filtered: number; total: number }
  >();

  return {
    add(entry) {
      const id = entry.questionnaire.id;
      let bucket = byQuestionnaire.get(id);
      if (!bucket)
        byQuestionnaire.set(id, (bucket = { firms: new Map(), unkeyed: [], filtered: 0, total: 0 }));
      bucket.total += 1;
      if (!matches(entry, filter)) {
        bucket.filtered += 1;
        return;
      }
      const key = matchBy ? entry.keys[matchBy] : null;
      if (key === null) {
        bucket.unkeyed.push(entry);
        return;
      }
      const firm = bucket.firms.get(key);
      if (!firm) bucket.firms.set(key, { first: entry, latest: entry, count: 1 });
      else {
        firm.count += 1;
        if (later(entry, firm.latest)) firm.latest = entry;
        if (later(firm.first, entry)) firm.first = entry;
      }
    },

    result() {
      const chosen = options.questionnaire ?? mostCommon(byQuestionnaire);
      const bucket = byQuestionnaire.get(chosen) ?? {
        firms: new Map<string, Firm>(),
        unkeyed: [],
        filtered: 0,
        total: 0,
      };
      let otherQuestionnaire = 0;
      for (const [id, other] of byQuestionnaire) if (id !== chosen) otherQuestionnaire += other.total;
      const firms: Firm[] = [
        ...bucket.firms.values(),
        ...bucket.unkeyed.map((entry) => ({ first: entry, latest: entry, count: 1 })),
      ];
      const counted = firms.length;
      const earlier = bucket.total - bucket.filtered - counted;
      const publishable = counted >= minGroupSize;
      const columns = encode(publishable ? firms : []);
      const all = summarise(
        {},
        columns.firms.map((_, row) => row),
        columns,
        minGroupSize,
        matchBy !== null,
      );
      const versions = [...new Set(firms.map((firm) => firm.latest.questionnaire.version))].sort();
      let from = '';
      let to = '';
      for (const firm of firms)
        for (const entry of [firm.first, firm.latest]) {
          const month = entry.completedAt.slice(0, 7);
          if (from === '' || month < from) from = month;
          if (month > to) to = month;
        }
      return {
        format: AGGREGATE_FORMAT,
        questionnaire: { id: chosen, versions: publishable ? versions : [] },
        minGroupSize,
        filter: { ...filter },
        matchBy,
        n: publishable ? counted : 0,
        assessments: publishable
          ? {
              counted: bucket.total - bucket.filtered,
              otherQuestionnaire,
              filteredOut: bucket.filtered,
              earlierOfSameFirm: earlier,
            }
          : { counted: 0, otherQuestionnaire, filteredOut: bucket.filtered, earlierOfSameFirm: 0 },
        period: publishable && from ? { from, to } : null,
        all: publishable ? all : null,
        groupings: groupings.map((by) => group(by, columns, minGroupSize, matchBy !== null)),
      };
    },
  };
}

/** The aggregate of `entries`; the same as adding them one by one to an accumulator. */
export function aggregate(entries: Iterable<CohortEntry>, options: AggregateOptions = {}): Aggregate {
  const accumulator = createAccumulator(options);
  for (const entry of entries) accumulator.add(entry);
  return accumulator.result();
}

function mostCommon(buckets: Map<string, { total: number }>): string {
  let best = '';
  let most = -1;
  for (const [id, { total }] of buckets)
    if (total > most || (total === most && id < best)) {
      best = id;
      most = total;
    }
  return best;
}

// ---- Statistics over columns ---------------------------------------------------------------------
// Entries are turned once into flat typed arrays (a score and a level number per firm and measure),
// so that every group is summed by counting into one table: no objects, no strings, per firm.

const BINS = 101;

interface Columns {
  firms: Firm[];
  /** Measures in output order: `overall`, then areas, dimensions and index points, each sorted by id. */
  measures: { kind: 'overall' | 'area' | 'dimension' | 'index'; id: string }[];
  /** score (0–100, −1 none) and level number (−1 none) per firm × measure, of the latest assessment. */
  latest: Int16Array;
  latestLevel: Int16Array;
  /** The first assessment's scores, for the change (same layout). */
  first: Int16Array;
  levels: string[];
  profile: Int32Array;
  stage: Int32Array;
  names: string[];
  /** Next steps per firm: offsets into `steps`. */
  stepStart: Int32Array;
  steps: Int32Array;
  stepNames: string[];
  completeness: Int16Array;
  days: Int32Array;
}

function dictionary(): { names: string[]; id(name: string): number } {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  return {
    names,
    id(name) {
      let number = numbers.get(name);
      if (number === undefined) {
        number = names.length;
        numbers.set(name, number);
        names.push(name);
      }
      return number;
    },
  };
}

function encode(firms: Firm[]): Columns {
  const ids = { area: new Set<string>(), dimension: new Set<string>(), index: new Set<string>() };
  for (const { latest } of firms) {
    for (const id in latest.areas) ids.area.add(id);
    for (const id in latest.dimensions) ids.dimension.add(id);
    for (const id in latest.indices) ids.index.add(id);
  }
  const measures: Columns['measures'] = [{ kind: 'overall', id: '' }];
  for (const kind of ['area', 'dimension', 'index'] as const)
    for (const id of [...ids[kind]].sort()) measures.push({ kind, id });
  const width = measures.length;
  const latest = new Int16Array(firms.length * width).fill(-1);
  const latestLevel = new Int16Array(firms.length * width).fill(-1);
  const first = new Int16Array(firms.length * width).fill(-1);
  const levels = dictionary();
  const names = dictionary();
  const stepNames = dictionary();
  const profile = new Int32Array(firms.length);
  const stage = new Int32Array(firms.length);
  const completeness = new Int16Array(firms.length).fill(-1);
  const days = new Int32Array(firms.length).fill(-1);
  const stepStart = new Int32Array(firms.length + 1);
  const steps: number[] = [];
  const read = (entry: CohortEntry, measure: Columns['measures'][number]) => {
    if (measure.kind === 'overall') return entry.overall;
    if (measure.kind === 'index') {
      const index = entry.indices[measure.id];
      return index ? { score: index.points, level: index.level } : undefined;
    }
    return (measure.kind === 'area' ? entry.areas : entry.dimensions)[measure.id];
  };
  const valid = (score: number | null | undefined): score is number =>
    typeof score === 'number' && Number.isInteger(score) && score >= 0 && score < BINS;
  firms.forEach((firm, row) => {
    measures.forEach((measure, column) => {
      const cell = row * width + column;
      const now = read(firm.latest, measure);
      if (now && valid(now.score)) {
        latest[cell] = now.score;
        if (now.level) latestLevel[cell] = levels.id(now.level);
      }
      if (firm.first !== firm.latest && measure.kind !== 'index') {
        const then = read(firm.first, measure);
        if (then && valid(then.score)) first[cell] = then.score;
      }
    });
    profile[row] = names.id(firm.latest.profile ?? 'none');
    stage[row] = names.id(firm.latest.stage ?? 'none');
    const share = firm.latest.completeness;
    if (valid(share)) completeness[row] = share;
    for (const step of new Set(firm.latest.recommendations)) steps.push(stepNames.id(step));
    stepStart[row + 1] = steps.length;
    if (firm.first !== firm.latest)
      days[row] = Math.max(
        0,
        Math.round((Date.parse(firm.latest.completedAt) - Date.parse(firm.first.completedAt)) / 86_400_000),
      );
  });
  return {
    firms,
    measures,
    latest,
    latestLevel,
    first,
    levels: levels.names,
    profile,
    stage,
    names: names.names,
    stepStart,
    steps: Int32Array.from(steps),
    stepNames: stepNames.names,
    completeness,
    days,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function group(by: GroupField[], columns: Columns, minGroupSize: number, keyed: boolean): Grouping {
  const members = new Map<string, { key: Partial<Record<GroupField, string>>; rows: number[] }>();
  columns.firms.forEach(({ latest }, row) => {
    let id = '';
    for (const field of by) {
      const value = latest[field];
      if (value === null) return;
      id += `${value}\u0000`;
    }
    let entry = members.get(id);
    if (!entry) {
      const key: Partial<Record<GroupField, string>> = {};
      for (const field of by) key[field] = latest[field]!;
      members.set(id, (entry = { key, rows: [] }));
    }
    entry.rows.push(row);
  });
  // Ascending by size, ties by key, so that hiding "the smallest next" is deterministic.
  const candidates = [...members.entries()].sort(
    ([a, x], [b, y]) => x.rows.length - y.rows.length || compare(a, b),
  );
  let hidden = 0;
  let hiddenFirms = 0;
  for (const [, candidate] of candidates) {
    if (candidate.rows.length >= minGroupSize) break;
    hidden += 1;
    hiddenFirms += candidate.rows.length;
  }
  // Secondary suppression: hidden groups holding, together, fewer than minGroupSize firms could be
  // told apart by subtraction; hide the next smallest until they hold enough (or all are hidden).
  while (hiddenFirms > 0 && hiddenFirms < minGroupSize && hidden < candidates.length) {
    hiddenFirms += candidates[hidden]![1].rows.length;
    hidden += 1;
  }
  const shown = candidates
    .slice(hidden)
    .sort(([a], [b]) => compare(a, b))
    .map(([, { key, rows }]) => summarise(key, rows, columns, minGroupSize, keyed));
  return { by: [...by], groups: shown, suppressed: hidden };
}

/** Counts by name, names sorted, zeros left out. */
function named(counts: Uint32Array, names: readonly string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [number, name] of [...names.entries()].sort(([, a], [, b]) => compare(a, b)))
    if (counts[number]! > 0) result[name] = counts[number]!;
  return result;
}

function summarise(
  key: Partial<Record<GroupField, string>>,
  rows: readonly number[],
  columns: Columns,
  minGroupSize: number,
  keyed: boolean,
): AggregateGroup {
  const { measures, latest, latestLevel, levels } = columns;
  const width = measures.length;
  const scores = new Uint32Array(width * BINS);
  const levelCounts = new Uint32Array(width * Math.max(1, levels.length));
  const nameCounts = {
    profile: new Uint32Array(columns.names.length),
    stage: new Uint32Array(columns.names.length),
  };
  const stepCounts = new Uint32Array(columns.stepNames.length);
  const completeness = new Uint32Array(BINS);
  for (const row of rows) {
    const base = row * width;
    for (let column = 0; column < width; column += 1) {
      const score = latest[base + column]!;
      if (score < 0) continue;
      scores[column * BINS + score]! += 1;
      const level = latestLevel[base + column]!;
      if (level >= 0) levelCounts[column * levels.length + level]! += 1;
    }
    nameCounts.profile[columns.profile[row]!]! += 1;
    nameCounts.stage[columns.stage[row]!]! += 1;
    for (let step = columns.stepStart[row]!; step < columns.stepStart[row + 1]!; step += 1)
      stepCounts[columns.steps[step]!]! += 1;
    const share = columns.completeness[row]!;
    if (share >= 0) completeness[share]! += 1;
  }
  const statsOf = (column: number): Stats | null => {
    const stats = new Histogram(0, BINS - 1, scores.subarray(column * BINS, (column + 1) * BINS)).stats();
    return stats && stats.n >= minGroupSize ? stats : null;
  };
  const levelsOf = (column: number) =>
    named(levelCounts.subarray(column * levels.length, (column + 1) * levels.length), levels);
  const scoreStats = (column: number): ScoreStats | null => {
    const stats = statsOf(column);
    return stats ? { ...stats, levels: levelsOf(column) } : null;
  };
  const byKind = <V>(kind: Columns['measures'][number]['kind'], make: (column: number) => V) =>
    Object.fromEntries(
      measures.flatMap((measure, column) => (measure.kind === kind ? [[measure.id, make(column)]] : [])),
    ) as Record<string, V>;
  const completenessStats = new Histogram(0, BINS - 1, completeness).stats();
  return {
    key: { ...key },
    n: rows.length,
    overall: scoreStats(0),
    areas: byKind('area', scoreStats),
    dimensions: byKind('dimension', scoreStats),
    profiles: named(nameCounts.profile, columns.names),
    stages: named(nameCounts.stage, columns.names),
    indices: byKind('index', (column) => ({ points: statsOf(column), levels: levelsOf(column) })),
    recommendations: columns.stepNames
      .map((id, number) => ({ id, count: stepCounts[number]! }))
      .filter(({ count }) => count > 0)
      .sort((a, b) => b.count - a.count || compare(a.id, b.id)),
    completeness: completenessStats && completenessStats.n >= minGroupSize ? completenessStats : null,
    change: keyed ? change(rows, columns, minGroupSize) : null,
  };
}

function change(rows: readonly number[], columns: Columns, minGroupSize: number): CohortChange | null {
  const repeated = rows.filter((row) => columns.days[row]! >= 0);
  if (repeated.length < minGroupSize) return null;
  const { measures, latest, first } = columns;
  const width = measures.length;
  const span = 2 * (BINS - 1) + 1;
  const deltas = new Uint32Array(width * span);
  const firsts = new Uint32Array(width * BINS);
  const latests = new Uint32Array(width * BINS);
  const trend = new Uint32Array(width * 3);
  const days = new Histogram(0, 36_600);
  for (const row of repeated) {
    days.add(columns.days[row]!);
    const base = row * width;
    for (let column = 0; column < width; column += 1) {
      const then = first[base + column]!;
      const now = latest[base + column]!;
      if (then < 0 || now < 0 || measures[column]!.kind === 'index') continue;
      deltas[column * span + now - then + BINS - 1]! += 1;
      firsts[column * BINS + then]! += 1;
      latests[column * BINS + now]! += 1;
      trend[column * 3 + (now > then ? 0 : now === then ? 1 : 2)]! += 1;
    }
  }
  const changeOf = (column: number): ChangeStats | null => {
    const delta = new Histogram(
      -(BINS - 1),
      BINS - 1,
      deltas.subarray(column * span, (column + 1) * span),
    ).stats();
    if (!delta || delta.n < minGroupSize) return null;
    const then = new Histogram(0, BINS - 1, firsts.subarray(column * BINS, (column + 1) * BINS)).stats()!;
    const now = new Histogram(0, BINS - 1, latests.subarray(column * BINS, (column + 1) * BINS)).stats()!;
    return {
      n: delta.n,
      change: delta,
      first: { mean: then.mean, median: then.median },
      latest: { mean: now.mean, median: now.median },
      improved: trend[column * 3]!,
      unchanged: trend[column * 3 + 1]!,
      declined: trend[column * 3 + 2]!,
    };
  };
  const byKind = (kind: 'area' | 'dimension') =>
    Object.fromEntries(
      measures.flatMap((measure, column) => (measure.kind === kind ? [[measure.id, changeOf(column)]] : [])),
    ) as Record<string, ChangeStats | null>;
  return {
    n: repeated.length,
    medianDays: days.quantile(0.5),
    overall: changeOf(0),
    areas: byKind('area'),
    dimensions: byKind('dimension'),
  };
}

export { ABOUT_QUESTIONS };
