// Reading an assessment record back (assessment.ts makes one): a file from "Open a saved assessment",
// an earlier assessment kept for comparison, or a submission arriving at a provider's server. The shape
// is checked with zod (published as `sme-readiness/assessment.schema.json`), the answers through the one
// answer model, and the result recomputed: a stored result is never taken on trust.
import * as z from 'zod/mini';
import { parseAnswers } from '../answers/parse.js';
import type { Problem } from '../model/problems.js';
import { RECORD_FORMAT, type AssessmentRecord } from './assessment.js';
import { ResultSchema } from '../scoring/result.js';
import { score } from '../scoring/score.js';
import type { Questionnaire } from '../model/schema.js';

const Timestamp = z.string().check(z.minLength(10), z.maxLength(40));

export const AssessmentRecordSchema = z.object({
  format: z.literal(RECORD_FORMAT),
  questionnaire: z.object({ id: z.string(), version: z.string() }),
  /** The language the assessment was taken in (BCP 47). */
  locale: z.string(),
  /** Answers by question id: an option id, option ids (multi) or a number. */
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string()), z.number()])),
  result: ResultSchema,
  /** ISO 8601 timestamps. */
  startedAt: z.nullable(Timestamp),
  completedAt: Timestamp,
});

export type RecordReading =
  | { ok: true; record: AssessmentRecord }
  | {
      ok: false;
      /** `not_assessment`: not this format; `other_questionnaire`: for another questionnaire id; `tampered`: answers or result do not hold up. */
      reason: 'not_assessment' | 'other_questionnaire' | 'tampered';
      problems: Problem[];
    };

/**
 * Reads a saved assessment (a parsed object or the file's text) for this questionnaire. The answers are
 * checked one by one and the result is recomputed: a file whose stored result does not match its answers
 * was changed by hand and is refused. A file from an older version of the same questionnaire keeps the
 * answers that still fit and gets a fresh result.
 */
export function readRecord(questionnaire: Questionnaire, input: unknown): RecordReading {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (error) {
      return notAssessment(`The file is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== RECORD_FORMAT) return notAssessment(`Expected "format": "${RECORD_FORMAT}".`);
  const parsed = z.safeParse(AssessmentRecordSchema, data);
  if (!parsed.success)
    return {
      ok: false,
      reason: 'tampered',
      problems: parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        code: issue.code,
        message: issue.message,
      })),
    };
  const record = parsed.data;
  if (record.questionnaire.id !== questionnaire.id)
    return {
      ok: false,
      reason: 'other_questionnaire',
      problems: [
        {
          path: 'questionnaire.id',
          code: 'other_questionnaire',
          message: `Saved from questionnaire "${record.questionnaire.id}", not "${questionnaire.id}".`,
        },
      ],
    };
  const sameVersion = record.questionnaire.version === questionnaire.version;
  const { answers, problems } = parseAnswers(questionnaire, record.answers);
  const result = score(questionnaire, answers);
  if (sameVersion) {
    if (problems.length > 0) return { ok: false, reason: 'tampered', problems };
    if (JSON.stringify(result) !== JSON.stringify(record.result))
      return {
        ok: false,
        reason: 'tampered',
        problems: [
          {
            path: 'result',
            code: 'result_mismatch',
            message: 'The stored result does not follow from the answers.',
          },
        ],
      };
  }
  return {
    ok: true,
    record: {
      format: RECORD_FORMAT,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      locale: record.locale,
      answers,
      result,
      startedAt: record.startedAt,
      completedAt: record.completedAt,
    },
  };
}

function notAssessment(message: string): RecordReading {
  return { ok: false, reason: 'not_assessment', problems: [{ path: '', code: 'not_assessment', message }] };
}
