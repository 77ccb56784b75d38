// parseAnswers(): unknown input (saved state, a share link, a file) → the valid answers, plus a problem
// for each answer dropped. Valid answers are always kept, so a questionnaire that changed since the
// answers were saved loses only what no longer fits.
import { compile } from './compile.js';
import { describeValue, formatPath, type Problem } from './problems.js';
import type { Answers, Questionnaire } from './schema.js';

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
  const drop = (id: string, code: string, message: string, ...rest: (string | number)[]) =>
    problems.push({ path: formatPath([id, ...rest]), code, message });

  for (const [id, value] of Object.entries(input)) {
    const question = compiled.byId.get(id);
    if (!question) {
      drop(id, 'unknown_question', `There is no question "${id}".`);
      continue;
    }
    const { type, min, max } = question.question;
    if (typeof value === 'string') {
      if (question.options.has(value) && type !== 'multi') answers[id] = value;
      else if (type === 'multi')
        drop(id, 'invalid_type', `Expected a list of option ids, got ${describeValue(value)}.`);
      else drop(id, 'unknown_option', `Question "${id}" has no option "${value}".`);
    } else if (type === 'number' && typeof value === 'number') {
      if (!Number.isFinite(value)) drop(id, 'invalid_type', 'Expected a finite number.');
      else if ((min !== undefined && value < min) || (max !== undefined && value > max))
        drop(id, 'out_of_range', `${value} is outside ${min ?? '−∞'}–${max ?? '∞'}.`);
      else answers[id] = value;
    } else if (type === 'multi' && Array.isArray(value)) {
      const known: string[] = [];
      value.forEach((item, index) => {
        if (typeof item !== 'string')
          drop(id, 'invalid_type', `Expected an option id, got ${describeValue(item)}.`, index);
        else if (!question.options.has(item))
          drop(id, 'unknown_option', `Question "${id}" has no option "${item}".`, index);
        else if (!known.includes(item)) known.push(item);
      });
      const exclusive = known.filter((item) => question.options.get(item)?.option.exclusive);
      if (exclusive.length > 0 && known.length > 1) {
        drop(
          id,
          'exclusive_conflict',
          `"${exclusive[0]}" excludes the other choices; the answer was dropped.`,
        );
      } else if (known.length > 0) {
        answers[id] = known;
      }
    } else {
      const expected =
        type === 'multi'
          ? 'a list of option ids'
          : type === 'number'
            ? 'a number or an option id'
            : 'an option id';
      drop(id, 'invalid_type', `Expected ${expected}, got ${describeValue(value)}.`);
    }
  }
  return { answers, problems };
}
