// score(): questionnaire + answers → a plain result of keys and numbers. Pure and deterministic.
//
// Flow: visibility in asking order (a question's `visibleIf` sees only earlier, visible answers and the
// profile) → the profile and stage → question scores → dimension scores (weighted mean of visible,
// answered, counted questions) → area and overall scores (weighted means) → indices → recommendations.
// Answers to hidden questions are kept by the caller but never read here; raw input is read through
// the one answer model (answers/normalise.ts), so score(q, input) equals score(q, parseAnswers(q, input).answers).
// The work is done by the questionnaire's compiled scorer (scorer.ts), built on first use and cached.
import type { Answers, Questionnaire } from '../model/schema.js';
import type { Result } from './result.js';
import { compileScorer } from './scorer.js';

export type { AreaResult, DimensionResult, IndexResult, RecommendationResult, Result } from './result.js';
export { answerState, type AnswerState } from './state.js';
export { answerScore, compileScorer, type Scorer } from './scorer.js';

/** Scores the answers against the questionnaire. Answers may be raw input: invalid ones are ignored. */
export function score(
  questionnaire: Questionnaire,
  answers: Answers | Readonly<Record<string, unknown>>,
): Result {
  return compileScorer(questionnaire)(answers);
}
