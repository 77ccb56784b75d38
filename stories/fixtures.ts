// What the stories show: the default questionnaire with every text loaded, and two firms' results.
import { score } from '../src/engine/scoring/score.js';
import type { Questionnaire } from '../src/engine/model/schema.js';
import { defaultQuestionnaire } from '../src/questionnaires/default.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../test/fixtures/default-answers.js';

export const questionnaire: Questionnaire = defaultQuestionnaire;
export const firstTimeAnswers = FIRST_TIME_WEAK_DIGITAL;
export const experiencedAnswers = EXPERIENCED_STRONG_ECOMMERCE;
export const firstTimeResult = score(questionnaire, firstTimeAnswers);
export const experiencedResult = score(questionnaire, experiencedAnswers);
export const question = (id: string) => questionnaire.questions.find((each) => each.id === id)!;
