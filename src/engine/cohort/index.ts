// sme-readiness/cohort: many results at once, for a provider. Pure like the engine (no DOM, runs in
// Node and browsers):
//   aggregate() / createAccumulator(): statistics per dimension, area and overall by group (size band,
//     sector, country, profile, stage), the mix of levels, profiles and stages, the Digital Intensity
//     Index, the next steps given, completeness and the change from first to latest assessment, with
//     groups smaller than `minGroupSize` suppressed everywhere;
//   the benchmark file firms compare with (toBenchmark, readBenchmark, peerGroup, positionIn);
//   reading the files a provider drops (saved assessments, the collector's NDJSON and CSV exports);
//   Eurostat's national Digital Intensity Index figures (diiAtLeastBasic).
export {
  aggregate,
  createAccumulator,
  AGGREGATE_FORMAT,
  DEFAULT_MIN_GROUP_SIZE,
  MIN_GROUP_SIZE_FLOOR,
  GROUP_FIELDS,
  type Accumulator,
  type Aggregate,
  type AggregateGroup,
  type AggregateOptions,
  type ChangeStats,
  type CohortChange,
  type CohortFilter,
  type GroupField,
  type Grouping,
  type ScoreStats,
} from './aggregate.js';
export type { Stats } from './stats.js';
export { entryFromRecord, entryFromExportLine, ABOUT_QUESTIONS, type CohortEntry } from './entry.js';
export { parseCsv, entriesFromCsv } from './csv.js';
export { readCohortFile, type FileReading, type FileProblem } from './read.js';
export {
  toBenchmark,
  peerGroup,
  positionIn,
  BENCHMARK_GROUPINGS,
  type Benchmark,
  type PeerBasis,
} from './benchmark.js';
export { readBenchmark, BenchmarkSchema, smallestShown, type BenchmarkReading } from './benchmark-schema.js';
export { diiAtLeastBasic, EUROSTAT_DII, EUROSTAT_DII_SOURCE, type DiiComparison } from './eurostat.js';
