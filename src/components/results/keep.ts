// Keeping results: the file names, downloads (the assessment record as JSON, the scores as CSV) and
// reading a downloaded assessment back. Plain functions for <sme-results>; the engine does the formats
// (formats/assessment.ts, record.ts, report.ts), this module only moves text in and out of the browser.
import type { AssessmentRecord } from '../../engine/formats/assessment.js';
import { resultsCsv } from '../../engine/formats/report.js';
import { compile } from '../../engine/model/compile.js';
import type { Questionnaire } from '../../engine/model/schema.js';
import type { Result } from '../../engine/scoring/result.js';

/** `<questionnaire id>-<date of the assessment>.<extension>`. */
export function fileName(
  questionnaire: Questionnaire,
  record: AssessmentRecord | null,
  extension: string,
): string {
  const date = (record?.completedAt ?? new Date().toISOString()).slice(0, 10);
  return `${questionnaire.id}-${date}.${extension}`;
}

/** Offers `text` as a file download (a link clicked inside `root`, so it works in a shadow root). */
export function download(root: ParentNode & Node, text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The record as it is downloaded: pretty-printed JSON. */
export function recordJson(record: AssessmentRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** The scores as CSV in the SME's words, with a byte order mark so spreadsheet programs read UTF-8. */
export function scoresCsv(
  questionnaire: Questionnaire,
  result: Result,
  words: { overall: string; q: (key: string | undefined) => string },
  previous?: Result,
): string {
  const definitions = compile(questionnaire);
  const csv = resultsCsv(
    result,
    {
      name: (kind, id) =>
        kind === 'overall'
          ? words.overall
          : words.q((kind === 'area' ? definitions.area(id) : definitions.dimension(id))?.title),
      level: (id) => words.q(definitions.level(id)?.label),
    },
    previous,
  );
  return `\ufeff${csv}`;
}

/** Why a file could not be opened: a key of the results' UI strings with its values, or the browser's words. */
export type OpenRefusal =
  | {
      key: 'report.otherQuestionnaire' | 'report.tampered' | 'report.notAssessment';
      values?: Record<string, string>;
    }
  | { key: null; detail: string };

/** Reads a downloaded assessment for `questionnaire`: the answers re-checked and the result recomputed. */
export async function openAssessmentFile(
  questionnaire: Questionnaire,
  file: File,
): Promise<{ ok: true; record: AssessmentRecord } | { ok: false; refusal: OpenRefusal }> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, refusal: { key: null, detail: String(error) } };
  }
  const { readRecord } = await import('../../engine/formats/record.js');
  const reading = readRecord(questionnaire, text);
  if (reading.ok) return reading;
  if (reading.reason === 'other_questionnaire') {
    const id = (JSON.parse(text) as AssessmentRecord).questionnaire.id;
    return { ok: false, refusal: { key: 'report.otherQuestionnaire', values: { id } } };
  }
  return {
    ok: false,
    refusal: { key: reading.reason === 'tampered' ? 'report.tampered' : 'report.notAssessment' },
  };
}
