// sme-readiness/engine: the pure scoring engine. No DOM, no lit, no i18next, no chart.js; runs the same
// in Node and in browsers, and registers nothing.
export { validateQuestionnaire, isSafeUrl, lookupText, textKeys, type ValidationResult } from './validate.js';
export { parseAnswers, type ParsedAnswers } from './answers.js';
export {
  score,
  answerState,
  answerScore,
  type Result,
  type DimensionResult,
  type AreaResult,
  type IndexResult,
  type RecommendationResult,
  type AnswerState,
} from './score.js';
export { visiblePages, visibleQuestions, CONTEXT_PAGE, type Page } from './pages.js';
export { evaluate, MAX_CONDITION_DEPTH } from './conditions.js';
export { levelOf } from './compile.js';
export type { Problem } from './problems.js';
export { QuestionnaireSchema } from './schema.js';
export type * from './schema.js';
export { createRecord, RECORD_FORMAT, type AssessmentRecord } from './assessment.js';
export { readRecord, AssessmentRecordSchema, type RecordReading } from './record.js';
export {
  encodeShare,
  decodeShare,
  shareUrl,
  sharePayload,
  SHARE_PARAMETER,
  type ShareDecoding,
} from './share.js';
export { compareResults, resultsCsv, CSV_COLUMNS, type ScoreChange, type CsvLabels } from './report.js';
