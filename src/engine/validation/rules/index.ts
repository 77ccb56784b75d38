// The rules that span fields, in groups; each reports every problem it finds into one list.
import type { Problem } from '../../model/problems.js';
import type { Questionnaire } from '../../model/schema.js';
import { checkBands } from './bands.js';
import { checkAskingConditions } from './conditions.js';
import { ruleContext } from './context.js';
import { checkQuestions } from './questions.js';
import { checkResults } from './results.js';
import { checkStructure } from './structure.js';
import { checkTexts } from './texts.js';

export function ruleProblems(questionnaire: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const ctx = ruleContext(questionnaire, problems);
  checkStructure(ctx);
  checkQuestions(ctx);
  checkAskingConditions(ctx);
  checkResults(ctx);
  checkBands(questionnaire.levels, 0, 100, ['levels'], ctx.report, (value) => value);
  checkTexts(ctx);
  return problems;
}
