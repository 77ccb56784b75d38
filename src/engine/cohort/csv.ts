// Reading CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF line ends, a leading BOM), as the
// collector's `/v1/export.csv` writes it, and turning its rows into cohort entries. The export carries
// scores, not levels: levels are worked out from the questionnaire's bands when it is known.
import { levelOf } from '../model/compile.js';
import type { Questionnaire } from '../model/schema.js';
import type { CohortEntry, ScoreLevel } from './entry.js';

/** Rows of cells; throws a SyntaxError with the line number on an unterminated quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
      start = line;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      line += 1;
    } else cell += char;
  }
  if (quoted) throw new SyntaxError(`A quoted cell opened on line ${start} is never closed.`);
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}

/** Cells the export defused against formulas (a leading `'` before = + - @) are read back as written. */
function undefuse(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

export interface CsvReading {
  entries: CohortEntry[];
  /** Rows that could not be used: 1-based line of the row in the file and why. */
  problems: { row: number; message: string }[];
}

const REQUIRED = ['received_at', 'questionnaire', 'questionnaire_version', 'overall'] as const;

/** Entries from the collector's CSV export; `questionnaires` give the level bands (by id). */
export function entriesFromCsv(text: string, questionnaires: readonly Questionnaire[] = []): CsvReading {
  const rows = parseCsv(text);
  const header = rows[0]?.map((name) => name.trim()) ?? [];
  const missing = REQUIRED.filter((name) => !header.includes(name));
  if (missing.length > 0)
    return {
      entries: [],
      problems: [
        {
          row: 1,
          message: `Not the collector's CSV export: no column ${missing.map((name) => `"${name}"`).join(', ')}.`,
        },
      ],
    };
  const column = new Map(header.map((name, index) => [name, index]));
  const entries: CohortEntry[] = [];
  const problems: CsvReading['problems'] = [];
  for (let index = 1; index < rows.length; index += 1) {
    const cells = rows[index]!;
    const get = (name: string): string => undefuse(cells[column.get(name) ?? -1]?.trim() ?? '');
    const questionnaire = questionnaires.find((candidate) => candidate.id === get('questionnaire'));
    const levels = questionnaire?.levels ?? [];
    const scoreOf = (value: string): ScoreLevel | 'bad' => {
      if (value === '') return { score: null, level: null };
      const score = Number(value);
      if (!Number.isInteger(score) || score < 0 || score > 100) return 'bad';
      return { score, level: levelOf(levels, score) };
    };
    const completedAt = get('completed_at') || get('received_at');
    const overall = scoreOf(get('overall'));
    if (overall === 'bad' || Number.isNaN(Date.parse(completedAt)) || get('questionnaire') === '') {
      problems.push({
        row: index + 1,
        message: 'The questionnaire, the date or the overall score is missing or not valid.',
      });
      continue;
    }
    const scores = (prefix: string): Record<string, ScoreLevel> | null => {
      const found: Record<string, ScoreLevel> = {};
      for (const [name] of column) {
        if (!name.startsWith(prefix)) continue;
        const value = get(name);
        if (value === '') continue;
        const score = scoreOf(value);
        if (score === 'bad') return null;
        found[name.slice(prefix.length)] = score;
      }
      return found;
    };
    const areas = scores('area:');
    const dimensions = scores('dimension:');
    if (!areas || !dimensions) {
      problems.push({ row: index + 1, message: 'A score is not a whole number from 0 to 100.' });
      continue;
    }
    const indices: CohortEntry['indices'] = {};
    for (const [name] of column) {
      if (!name.startsWith('index:') || get(name) === '') continue;
      const id = name.slice('index:'.length);
      const points = Number(get(name));
      if (!Number.isInteger(points) || points < 0) continue;
      const bands = questionnaire?.indices?.find((index) => index.id === id)?.levels ?? [];
      indices[id] = {
        points,
        level: bands.find((band) => points >= band.min && points <= band.max)?.id ?? null,
      };
    }
    const optional = (name: string) => get(name) || null;
    const completeness = get('completeness') === '' ? null : Number(get('completeness'));
    entries.push({
      questionnaire: { id: get('questionnaire'), version: get('questionnaire_version') },
      completedAt,
      size: optional('size'),
      sector: optional('sector'),
      country: optional('country')?.toUpperCase() ?? null,
      profile: optional('profile'),
      stage: optional('stage'),
      overall,
      areas,
      dimensions,
      indices,
      recommendations: get('recommendations').split(/\s+/).filter(Boolean),
      completeness: completeness !== null && Number.isInteger(completeness) ? completeness : null,
      keys: {
        company: optional('company')?.toLowerCase() ?? null,
        email: optional('email')?.toLowerCase() ?? null,
      },
      source: 'csv',
    });
  }
  return { entries, problems };
}
