// The admin CSV export's columns and cells. Rows come from store.exportSubmissions page by page; this
// module turns each into one CSV line, so the route can stream any number of them.
//
// Cells are written for spreadsheets, the tool a provider opens the file in: RFC 4180 quoting, CRLF line
// ends, and any text starting with = + - @ tab or CR prefixed with ' so it is never run as a formula
// (an SME types its own company name; "=HYPERLINK(…)" must stay text).
import type { Questionnaire } from 'sme-readiness/engine';
import type { ExportedSubmission } from './store.js';

export const BOM = '\uFEFF';

const FIXED = [
  'submission_id',
  'received_at',
  'questionnaire',
  'questionnaire_version',
  'locale',
  'provider',
  'profile',
  'stage',
  'overall',
] as const;
const CONTACT = ['name', 'company', 'email', 'phone', 'contact_me'] as const;

/** What the cohort report groups and counts by (sme-readiness/cohort reads these columns back). */
const COHORT = ['completed_at', 'size', 'sector', 'country', 'completeness', 'recommendations'] as const;

export interface CsvLayout {
  header: string;
  areas: string[];
  dimensions: string[];
  indices: string[];
}

/**
 * Columns for the questionnaires a file may hold: every area (`area:<id>`) and dimension
 * (`dimension:<id>`) of each, once, in the questionnaires' own order. A submission leaves the columns
 * of other questionnaires empty.
 */
export function csvLayout(questionnaires: Questionnaire[]): CsvLayout {
  const areas = unique(questionnaires.flatMap((q) => q.areas.map((area) => area.id)));
  const dimensions = unique(questionnaires.flatMap((q) => q.dimensions.map((dimension) => dimension.id)));
  const indices = unique(questionnaires.flatMap((q) => (q.indices ?? []).map((index) => index.id)));
  const columns = [
    ...FIXED,
    ...areas.map((id) => `area:${id}`),
    ...dimensions.map((id) => `dimension:${id}`),
    ...indices.map((id) => `index:${id}`),
    ...COHORT,
    'result_mismatch',
    ...CONTACT,
  ];
  return { header: line(columns), areas, dimensions, indices };
}

export function csvRow(layout: CsvLayout, row: ExportedSubmission): string {
  const contact = row.contact ? (JSON.parse(row.contact) as Record<string, unknown>) : null;
  return line([
    row.id,
    row.received_at,
    row.questionnaire_id,
    row.questionnaire_version,
    row.locale,
    row.provider,
    row.profile,
    row.stage,
    row.scores.overall,
    ...layout.areas.map((id) => row.scores.areas[id]),
    ...layout.dimensions.map((id) => row.scores.dimensions[id]),
    ...layout.indices.map((id) => row.details.indices[id]),
    row.completed_at,
    row.size,
    row.sector,
    row.country,
    row.details.completeness,
    row.details.recommendations.join(' '),
    row.result_mismatch,
    ...(contact
      ? [contact.name, contact.company, contact.email, contact.phone, contact.contactMe]
      : CONTACT.map(() => null)),
  ]);
}

function line(cells: unknown[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

/** One cell: numbers and booleans as they are, text defused and quoted when it must be. */
export function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}
