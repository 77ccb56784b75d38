// The assessment record: what "Download my answers" saves, what `sme-complete` carries to a provider's
// back end, and what "Open a saved assessment" reads back (record.ts). A documented, versioned JSON shape
// (`format`), published as a JSON Schema (`sme-readiness/assessment.schema.json`). No zod here, so the
// questionnaire can build a record without loading the validator.
import { score, type Result } from '../scoring/score.js';
import type { Answers, Questionnaire } from '../model/schema.js';

export const RECORD_FORMAT = 'sme-readiness/assessment@1';

/** One completed assessment. */
export interface AssessmentRecord {
  format: typeof RECORD_FORMAT;
  questionnaire: { id: string; version: string };
  locale: string;
  answers: Answers;
  result: Result;
  startedAt: string | null;
  completedAt: string;
}

export function createRecord(
  questionnaire: Questionnaire,
  answers: Answers,
  details: { locale: string; startedAt?: string | null; completedAt?: string },
): AssessmentRecord {
  return {
    format: RECORD_FORMAT,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    locale: details.locale,
    answers: JSON.parse(JSON.stringify(answers)) as Answers,
    result: score(questionnaire, answers),
    startedAt: details.startedAt ?? null,
    completedAt: details.completedAt ?? new Date().toISOString(),
  };
}
