// parseAnswers(): unknown input (saved progress, a share link, an opened file, a submission) → the
// valid answers in normal form (normalise.ts), plus a problem for each answer or item dropped. Valid
// answers are always kept, so a questionnaire that changed since the answers were saved loses only what
// no longer fits. score() reads raw answers with the same rules, so scoring the input and scoring what
// this returns give the same result.
import { compile } from '../model/compile.js';
import { describeValue, formatPath, type Problem } from '../model/problems.js';
import type { Answers, Questionnaire } from '../model/schema.js';
import { normaliseAnswer } from './normalise.js';

export interface ParsedAnswers {
  answers: Answers;
  problems: Problem[];
}

export function parseAnswers(questionnaire: Questionnaire, input: unknown): ParsedAnswers {
  const answers: Answers = {};
  const problems: Problem[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.push({
      path: '',
      code: 'invalid_type',
      message: `Expected an object of answers, got ${describeValue(input)}.`,
    });
    return { answers, problems };
  }
  const compiled = compile(questionnaire);
  for (const [id, value] of Object.entries(input)) {
    const question = compiled.byId.get(id);
    if (!question) {
      problems.push({
        path: formatPath([id]),
        code: 'unknown_question',
        message: `There is no question "${id}".`,
      });
      continue;
    }
    const answer = normaliseAnswer(question, value, (code, message, at) =>
      problems.push({ path: formatPath(at === undefined ? [id] : [id, at]), code, message }),
    );
    if (answer !== undefined) answers[id] = answer;
  }
  return { answers, problems };
}
