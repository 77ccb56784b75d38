// What the results screen offers besides itself: the change since an earlier assessment, and the
// dimension scores as CSV for spreadsheets. Keys and numbers in, text out only where the caller gives it.
import type { Result } from '../scoring/score.js';

export interface ScoreChange {
  /** `overall`, an area id or a dimension id. */
  id: string;
  kind: 'overall' | 'area' | 'dimension';
  score: number | null;
  previous: number | null;
  /** score − previous, or null when either is not scored. */
  change: number | null;
}

/** Each score's change from `previous` to `current` (+12, −3), overall first, then areas, then dimensions. */
export function compareResults(current: Result, previous: Result): ScoreChange[] {
  const entry = (kind: ScoreChange['kind'], id: string, score: number | null, before: number | null) => ({
    id,
    kind,
    score,
    previous: before,
    change: score === null || before === null ? null : score - before,
  });
  const find = <T extends { id: string; score: number | null }>(list: T[], id: string) =>
    list.find((item) => item.id === id)?.score ?? null;
  return [
    entry('overall', 'overall', current.overall.score, previous.overall.score),
    ...current.areas.map((area) => entry('area', area.id, area.score, find(previous.areas, area.id))),
    ...current.dimensions.map((dimension) =>
      entry('dimension', dimension.id, dimension.score, find(previous.dimensions, dimension.id)),
    ),
  ];
}

/** How names appear in the CSV: pass the translated texts; ids are used where a name is missing. */
export interface CsvLabels {
  name?(kind: 'overall' | 'area' | 'dimension', id: string): string;
  level?(id: string): string;
}

export const CSV_COLUMNS = [
  'kind',
  'id',
  'name',
  'area',
  'score',
  'level',
  'answered',
  'visible',
  'previous',
  'change',
] as const;

/**
 * The scores as CSV (RFC 4180, comma-separated, CRLF line ends): one row per dimension, then per area,
 * then overall. `previous` and `change` are filled when an earlier result is given.
 */
export function resultsCsv(result: Result, labels: CsvLabels = {}, previous?: Result): string {
  const changes = previous ? compareResults(result, previous) : [];
  const changeOf = (kind: string, id: string) => changes.find((item) => item.kind === kind && item.id === id);
  const name = (kind: 'overall' | 'area' | 'dimension', id: string) => labels.name?.(kind, id) ?? id;
  const level = (id: string | null) => (id === null ? '' : (labels.level?.(id) ?? id));
  const rows: (string | number | null)[][] = [[...CSV_COLUMNS]];
  const push = (
    kind: 'overall' | 'area' | 'dimension',
    id: string,
    area: string,
    score: number | null,
    levelId: string | null,
    answered: number | null,
    visible: number | null,
  ) => {
    const change = changeOf(kind, id);
    rows.push([
      kind,
      id,
      name(kind, id),
      area,
      score,
      level(levelId),
      answered,
      visible,
      change?.previous ?? null,
      change?.change ?? null,
    ]);
  };
  for (const dimension of result.dimensions)
    push(
      'dimension',
      dimension.id,
      dimension.area,
      dimension.score,
      dimension.level,
      dimension.answered,
      dimension.visible,
    );
  for (const area of result.areas) push('area', area.id, area.id, area.score, area.level, null, null);
  push(
    'overall',
    'overall',
    '',
    result.overall.score,
    result.overall.level,
    result.completeness.answered,
    result.completeness.visible,
  );
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // Quote what needs it, and defuse spreadsheet formulas (a name starting with = + - @).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
