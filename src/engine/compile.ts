// A validated questionnaire turned into lookup tables, once per questionnaire object (cached in a
// WeakMap), so that scoring does no searching: asking order, pages, option positions and scores, and
// each dimension's questions. Everything here is derived; the questionnaire object is never changed.
import type { Dimension, Level, Option, Question, Questionnaire } from './schema.js';

export interface CompiledOption {
  readonly option: Option;
  /** Position in the question's options, used by `atLeast` / `atMost` on ordered choices. */
  readonly position: number;
  /** `null` when the answer is left out of the score. */
  readonly score: number | null;
}

export interface CompiledQuestion {
  readonly question: Question;
  /** Position in asking order. */
  readonly order: number;
  readonly weight: number;
  readonly options: ReadonlyMap<string, CompiledOption>;
}

export interface Page {
  /** `context` for the profile questions, otherwise the dimension's id. */
  readonly id: string;
  readonly dimension: Dimension | null;
  readonly questions: readonly Question[];
}

export interface CompiledQuestionnaire {
  readonly questionnaire: Questionnaire;
  readonly questions: readonly CompiledQuestion[];
  readonly byId: ReadonlyMap<string, CompiledQuestion>;
  readonly pages: readonly Page[];
  readonly dimensionQuestions: ReadonlyMap<string, readonly CompiledQuestion[]>;
  readonly levels: readonly Level[];
}

/** The id of the page that holds the questions without a dimension. */
export const CONTEXT_PAGE = 'context';

const cache = new WeakMap<Questionnaire, CompiledQuestionnaire>();

/** Asking order: context questions first, then each dimension's questions in the dimensions' order. */
export function askingOrder(questionnaire: Questionnaire): { pages: Page[]; questions: Question[] } {
  const pages: Page[] = [];
  const context = questionnaire.questions.filter((question) => question.dimension === undefined);
  if (context.length > 0) pages.push({ id: CONTEXT_PAGE, dimension: null, questions: context });
  for (const dimension of questionnaire.dimensions) {
    const questions = questionnaire.questions.filter((question) => question.dimension === dimension.id);
    if (questions.length > 0) pages.push({ id: dimension.id, dimension, questions });
  }
  return { pages, questions: pages.flatMap((page) => page.questions) };
}

export function compile(questionnaire: Questionnaire): CompiledQuestionnaire {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const { pages, questions } = askingOrder(questionnaire);
  const compiledQuestions = questions.map((question, order): CompiledQuestion => {
    const options = new Map<string, CompiledOption>();
    (question.options ?? []).forEach((option, position) => {
      options.set(option.id, { option, position, score: option.score ?? null });
    });
    return { question, order, weight: question.weight ?? 1, options };
  });
  const byId = new Map(compiledQuestions.map((compiled) => [compiled.question.id, compiled]));
  const dimensionQuestions = new Map<string, CompiledQuestion[]>();
  for (const dimension of questionnaire.dimensions) dimensionQuestions.set(dimension.id, []);
  for (const compiled of compiledQuestions) {
    const dimension = compiled.question.dimension;
    if (dimension !== undefined) dimensionQuestions.get(dimension)?.push(compiled);
  }
  const levels = [...questionnaire.levels].sort((a, b) => a.min - b.min);
  const result: CompiledQuestionnaire = {
    questionnaire,
    questions: compiledQuestions,
    byId,
    pages,
    dimensionQuestions,
    levels,
  };
  cache.set(questionnaire, result);
  return result;
}

/** The level whose band holds a 0–100 score (min inclusive, max exclusive; 100 falls in the top band). */
export function levelOf(levels: readonly Level[], score: number | null): string | null {
  if (score === null) return null;
  let top: Level | undefined;
  for (const level of levels) {
    if (score >= level.min && score < level.max) return level.id;
    if (level.max === 100) top = level;
  }
  return score === 100 && top ? top.id : null;
}
