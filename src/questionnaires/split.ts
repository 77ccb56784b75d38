// How the default questionnaire is cut for the browser: its structure once, and each language's texts in
// three parts loaded as needed: `base` (everything the intro and the first page show), `questions` (the
// scored questions' texts, fetched right after) and `results` (recommendations, levels, profiles,
// stages and indices: what only the results screen shows).
// Used by scripts/generate.ts to write generated/questionnaire/, and by the test that checks those files
// give back their sources.
import type { Questionnaire, TextResource } from '../engine/model/schema.js';

export type TextPart = 'base' | 'questions' | 'results';
export const TEXT_PARTS: readonly TextPart[] = ['base', 'questions', 'results'];

/** Top-level text keys that only the results screen shows. */
const RESULT_KEYS = new Set(['recommendations', 'levels', 'profiles', 'stages', 'indices']);

export function splitTexts(
  questionnaire: Questionnaire,
  texts: TextResource,
): Record<TextPart, TextResource> {
  const contextQuestions = new Set(
    questionnaire.questions
      .filter((question) => question.dimension === undefined)
      .map((question) => question.id),
  );
  const base: TextResource = {};
  const questions: TextResource = {};
  const results: TextResource = {};
  for (const [key, value] of Object.entries(texts)) {
    if (RESULT_KEYS.has(key)) results[key] = value;
    else if (key === 'questions' && typeof value === 'object') {
      const context: TextResource = {};
      const scored: TextResource = {};
      for (const [id, text] of Object.entries(value))
        (contextQuestions.has(id) ? context : scored)[id] = text;
      base.questions = context;
      questions.questions = scored;
    } else base[key] = value;
  }
  return { base, questions, results };
}

/** The questionnaire without its texts, declaring the languages whose texts are shipped separately. */
export function structureOf(questionnaire: Questionnaire, locales: readonly string[]): Questionnaire {
  const { texts: _texts, $schema: _schema, ...rest } = questionnaire;
  return { ...rest, locales: [...locales], texts: {} };
}
