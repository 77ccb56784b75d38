// sme-readiness/engine: the pure scoring engine. No DOM, no lit, no i18next, no chart.js; runs the same
// in Node and in browsers, and registers nothing. Its folders are its layers:
//   model/       the questionnaire as data (zod schemas, types), its compiled form, conditions, texts;
//   answers/     the one answer model: what a valid answer is (normalise.ts) and reading raw answers;
//   validation/  validateQuestionnaire(): input → shape → rules across fields;
//   scoring/     score(): visibility, profile, scores, indices, recommendations; the Result type;
//   formats/     what leaves or enters the browser: the assessment record, share links, CSV, comparison,
//                and the submission a provider receives with "Send my results";
//   provider/    the embedding provider's profile: validateProvider(), checkProviderAgainst(), and
//                matchServices(), which picks the provider's services that fit a result;
// The cohort tools (many results at once, for a provider) are their own entry, sme-readiness/cohort
// (cohort/index.ts), so that scoring alone stays small.
export {
  validateQuestionnaire,
  isSafeUrl,
  lookupText,
  textKeys,
  type ValidationResult,
} from './validation/validate.js';
export { parseAnswers, type ParsedAnswers } from './answers/parse.js';
export {
  normaliseAnswer,
  toggleOption,
  parseNumberEntry,
  numberProblem,
  selectAnswer,
  chooseCountryAt,
  type NumberEntry,
} from './answers/normalise.js';
export {
  COUNTRY_CODES,
  EEA_COUNTRY_CODES,
  EU_COUNTRY_CODES,
  inCountryGroup,
  isCountryCode,
} from './model/countries.js';
export {
  score,
  compileScorer,
  answerState,
  answerScore,
  type AnswerState,
  type Scorer,
} from './scoring/score.js';
export {
  ResultSchema,
  type Result,
  type DimensionResult,
  type AreaResult,
  type IndexResult,
  type RecommendationResult,
} from './scoring/result.js';
export { visiblePages, visibleQuestions, CONTEXT_PAGE, type Page } from './scoring/pages.js';
export { evaluate, MAX_CONDITION_DEPTH } from './model/conditions.js';
export { compile, levelOf, type CompiledQuestionnaire, type CompiledQuestion } from './model/compile.js';
export type { Problem } from './model/problems.js';
export { QuestionnaireSchema } from './model/schema.js';
export type * from './model/schema.js';
export { createRecord, RECORD_FORMAT, type AssessmentRecord } from './formats/assessment.js';
export { readRecord, AssessmentRecordSchema, type RecordReading } from './formats/record.js';
export {
  encodeShare,
  decodeShare,
  shareUrl,
  sharePayload,
  SHARE_PARAMETER,
  type ShareDecoding,
} from './formats/share.js';
export {
  compareResults,
  resultsCsv,
  CSV_COLUMNS,
  type ScoreChange,
  type CsvLabels,
} from './formats/report.js';
export {
  ProviderSchema,
  ServiceSchema,
  ServiceKind,
  type Provider,
  type Service,
  type ServiceKindName,
  type ServiceTarget,
  type ProviderContact,
  type ProviderPrivacy,
} from './provider/schema.js';
export { validateProvider, type ProviderValidation } from './provider/validate.js';
export { checkProviderAgainst } from './provider/check.js';
export { providerTextKeys } from './provider/texts.js';
export { matchServices, type MatchOptions, type ServiceMatch } from './provider/match.js';
export {
  createSubmission,
  noticeDigest,
  isSendableUrl,
  SUBMISSION_FORMAT,
  RECEIPT_FORMAT,
  type Submission,
  type SubmissionContact,
  type SubmissionDetails,
  type Consent,
  type Receipt,
  type SubmissionError,
} from './formats/submission.js';
export { SubmissionSchema, ReceiptSchema, SubmissionErrorSchema } from './formats/submission-schema.js';
