// One firm's assessment as the cohort aggregate sees it: who (size band, sector, country), when, and
// the scores, levels, profile, stage, index points and next steps of its result. Made from an
// assessment record (a saved file, `sme-complete`), from a line of the collector's NDJSON export, or
// from a row of its CSV export (cohort/csv.ts). Answers other than the about-the-firm ones are not
// kept: an aggregate needs none of them.
import type { AssessmentRecord } from '../formats/assessment.js';
import type { Answers } from '../model/schema.js';

/** The about-the-firm questions of the default questionnaire that the cohort groups by. */
export const ABOUT_QUESTIONS = {
  size: 'about_size',
  sector: 'about_sector',
  country: 'about_country',
} as const;

export interface ScoreLevel {
  score: number | null;
  level: string | null;
}

export interface CohortEntry {
  questionnaire: { id: string; version: string };
  /** ISO 8601. */
  completedAt: string;
  /** Size band (`micro`, `small`, `medium`, `large`), NACE section (`A`–`U`), ISO 3166 country; null when not answered. */
  size: string | null;
  sector: string | null;
  country: string | null;
  profile: string | null;
  stage: string | null;
  overall: ScoreLevel;
  areas: Record<string, ScoreLevel>;
  dimensions: Record<string, ScoreLevel>;
  /** Points and level per index (the Digital Intensity Index: `dii`). */
  indices: Record<string, { points: number; level: string | null }>;
  /** Ids of the next steps the firm was given. */
  recommendations: string[];
  /** Share of visible questions answered, 0–100 whole percent; null when unknown (a CSV row). */
  completeness: number | null;
  /**
   * What a provider may match repeated assessments of one firm by: a company identifier or an
   * e-mail address, normalised (trimmed, lower case). Used only in memory; no aggregate output holds it.
   */
  keys: { company: string | null; email: string | null };
  /** Where it came from, for reports: `record`, `ndjson`, `csv`. */
  source: 'record' | 'ndjson' | 'csv';
}

function text(answers: Answers, id: string): string | null {
  const answer = answers[id];
  return typeof answer === 'string' && answer !== '' ? answer : null;
}

function normalisedKey(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const key = value.trim().toLowerCase();
  return key === '' ? null : key;
}

export interface EntryContact {
  company?: unknown;
  email?: unknown;
  /** A provider's own company id, if its page sends one; preferred over the company name. */
  companyId?: unknown;
}

/** The entry for an assessment record; `contact` is what came with it when it was sent, if anything. */
export function entryFromRecord(
  record: AssessmentRecord,
  contact: EntryContact | null = null,
  source: CohortEntry['source'] = 'record',
): CohortEntry {
  const { result, answers } = record;
  const { answered, visible } = result.completeness;
  // Plain loops: a provider's report turns 100,000 records into entries (see `npm run bench`).
  const indices: CohortEntry['indices'] = {};
  for (const index of result.indices) indices[index.id] = { points: index.points, level: index.level };
  const recommendations: string[] = [];
  for (const recommendation of result.recommendations)
    if (!recommendations.includes(recommendation.id)) recommendations.push(recommendation.id);
  return {
    questionnaire: { id: record.questionnaire.id, version: record.questionnaire.version },
    completedAt: record.completedAt,
    size: text(answers, ABOUT_QUESTIONS.size),
    sector: text(answers, ABOUT_QUESTIONS.sector),
    country: text(answers, ABOUT_QUESTIONS.country)?.toUpperCase() ?? null,
    profile: result.profile,
    stage: result.stage,
    overall: { score: result.overall.score, level: result.overall.level },
    areas: scoresById(result.areas),
    dimensions: scoresById(result.dimensions),
    indices,
    recommendations,
    completeness: visible > 0 ? Math.round((answered / visible) * 100) : null,
    keys: {
      company: normalisedKey(contact?.companyId) ?? normalisedKey(contact?.company),
      email: normalisedKey(contact?.email),
    },
    source,
  };
}

function scoresById(items: readonly { id: string; score: number | null; level: string | null }[]) {
  const scores: Record<string, ScoreLevel> = {};
  for (const item of items) scores[item.id] = { score: item.score, level: item.level };
  return scores;
}

/**
 * The entry for one line of the collector's NDJSON export (`GET /v1/submissions`): `{ id, receivedAt,
 * record, contact, … }`. The collector stored the engine's own result, so it is taken as it is. Returns
 * null for lines that are not a submission (the export's last line may be a `{ "cursor": … }`).
 */
export function entryFromExportLine(line: unknown): CohortEntry | null {
  if (typeof line !== 'object' || line === null || !('record' in line)) return null;
  const { record, contact } = line as { record: AssessmentRecord; contact?: EntryContact | null };
  return entryFromRecord(record, contact ?? null, 'ndjson');
}
