// Reading the files a provider drops on the cohort report: saved assessments (`Download my answers`,
// one JSON record each, or a JSON array of them), submissions as the widget sends them, the collector's
// NDJSON export (one submission per line) and its CSV export. Each file gives the entries it holds and
// the problems it has, never an exception: one bad file (or line) is listed with its reason and the
// rest are used. A record for a questionnaire given in `questionnaires` is read with readRecord, so its
// result is recomputed from its answers; others are checked for shape and taken as they are.
import * as z from 'zod/mini';
import { RECORD_FORMAT, type AssessmentRecord } from '../formats/assessment.js';
import { AssessmentRecordSchema, readRecord } from '../formats/record.js';
import type { Questionnaire } from '../model/schema.js';
import { entriesFromCsv } from './csv.js';
import { entryFromRecord, type CohortEntry, type EntryContact } from './entry.js';

export interface FileProblem {
  file: string;
  /** 1-based line (NDJSON, CSV) or item (a JSON array); absent for the whole file. */
  line?: number;
  message: string;
}

export interface FileReading {
  entries: CohortEntry[];
  problems: FileProblem[];
}

/** Entries and problems of one file, told apart by its name and content. */
export function readCohortFile(
  name: string,
  text: string,
  questionnaires: readonly Questionnaire[] = [],
): FileReading {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (/\.csv$/i.test(name) || /^"?submission_id"?,/.test(trimmed)) {
    try {
      const { entries, problems } = entriesFromCsv(text, questionnaires);
      return {
        entries,
        problems: problems.map((problem) => ({ file: name, line: problem.row, message: problem.message })),
      };
    } catch (error) {
      return fail(name, error instanceof Error ? error.message : String(error));
    }
  }
  if (trimmed === '') return fail(name, 'The file is empty.');
  let whole: unknown;
  let wholeError: unknown = null;
  try {
    whole = JSON.parse(trimmed);
  } catch (error) {
    wholeError = error;
  }
  if (wholeError === null) {
    if (Array.isArray(whole)) {
      const reading: FileReading = { entries: [], problems: [] };
      whole.forEach((item, index) => collect(reading, name, index + 1, item, questionnaires));
      if (whole.length === 0) reading.problems.push({ file: name, message: 'The file holds an empty list.' });
      return reading;
    }
    const reading: FileReading = { entries: [], problems: [] };
    collect(reading, name, undefined, whole, questionnaires);
    return reading;
  }
  // Not one JSON value: one per line (the collector's NDJSON export)?
  const lines = trimmed.split(/\r?\n/);
  if (lines.length < 2 || !lines[0]!.trim().startsWith('{'))
    return fail(name, `The file is not JSON, NDJSON or CSV (${messageOf(wholeError)}).`);
  const reading: FileReading = { entries: [], problems: [] };
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      reading.problems.push({ file: name, line: index + 1, message: `Not JSON: ${messageOf(error)}` });
      return;
    }
    // The export's last line may be where a limited listing goes on; it holds no submission.
    if (typeof value === 'object' && value !== null && 'cursor' in value && !('record' in value)) return;
    collect(reading, name, index + 1, value, questionnaires);
  });
  return reading;
}

/** One JSON value: an assessment record, a submission (`record` inside), or an export line. */
function collect(
  reading: FileReading,
  file: string,
  line: number | undefined,
  value: unknown,
  questionnaires: readonly Questionnaire[],
): void {
  const problem = (message: string): void => {
    reading.problems.push({ file, ...(line !== undefined ? { line } : {}), message });
  };
  if (typeof value !== 'object' || value === null) return problem('Not an assessment: not a JSON object.');
  const wrapped = (value as { record?: unknown }).record;
  const record = wrapped !== undefined ? wrapped : value;
  const contact =
    wrapped !== undefined ? ((value as { contact?: EntryContact | null }).contact ?? null) : null;
  const format = (record as { format?: unknown } | null)?.format;
  if (format !== RECORD_FORMAT) return problem(`Not an assessment: expected "format": "${RECORD_FORMAT}".`);
  const id = (record as { questionnaire?: { id?: unknown } }).questionnaire?.id;
  const questionnaire = questionnaires.find((candidate) => candidate.id === id);
  let checked: AssessmentRecord;
  if (questionnaire) {
    const result = readRecord(questionnaire, record);
    if (!result.ok) return problem(describe(result.problems));
    checked = result.record;
    // readRecord gives the record under the current version; the cohort keeps the version it was taken with.
    checked = { ...checked, questionnaire: (record as AssessmentRecord).questionnaire };
  } else {
    const parsed = z.safeParse(AssessmentRecordSchema, record);
    if (!parsed.success)
      return problem(
        describe(
          parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
        ),
      );
    checked = parsed.data as AssessmentRecord;
  }
  reading.entries.push(
    entryFromRecord(checked, contact, line !== undefined && wrapped !== undefined ? 'ndjson' : 'record'),
  );
}

function describe(problems: { path: string; message: string }[]): string {
  const shown = problems
    .slice(0, 2)
    .map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message));
  return problems.length > 2 ? `${shown.join('; ')} (and ${problems.length - 2} more)` : shown.join('; ');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function fail(file: string, message: string): FileReading {
  return { entries: [], problems: [{ file, message }] };
}
