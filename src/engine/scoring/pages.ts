// Which pages and questions an SME is asked, given the answers so far. Pages follow asking order
// (the context page first, then one page per dimension); a page with no visible question is skipped.
import { CONTEXT_PAGE, type Page } from '../model/compile.js';
import { answerState } from './score.js';
import type { Answers, Question, Questionnaire } from '../model/schema.js';

export { CONTEXT_PAGE, type Page };

/** The pages to show, each with only its visible questions. */
export function visiblePages(questionnaire: Questionnaire, answers: Answers): Page[] {
  const state = answerState(questionnaire, answers);
  const pages: Page[] = [];
  for (const page of state.compiled.pages) {
    const questions = page.questions.filter(
      (question) => state.visible[state.compiled.byId.get(question.id)!.order],
    );
    if (questions.length > 0) pages.push({ ...page, questions });
  }
  return pages;
}

/** The visible questions in asking order. */
export function visibleQuestions(questionnaire: Questionnaire, answers: Answers): Question[] {
  return visiblePages(questionnaire, answers).flatMap((page) => page.questions);
}
