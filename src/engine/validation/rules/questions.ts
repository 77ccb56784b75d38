// Rules on each question: its dimension, options for its type, scores where it is scored, number
// bounds and ranges, what only some types have (a drop-down display, a country list), and that every
// dimension has at least one question that can score.
import { isCountryCode } from '../../model/countries.js';
import type { Question } from '../../model/schema.js';
import type { RuleContext } from './context.js';

/** A country question: no options, no dimension (never scored), and only known codes to choose from. */
function checkCountryQuestion(ctx: RuleContext, question: Question, at: (string | number)[]): void {
  if (question.dimension !== undefined)
    ctx.report(
      [...at, 'dimension'],
      'not_for_type',
      'Country questions are never scored: leave out "dimension" (they are asked with the context questions).',
    );
  if (question.options !== undefined)
    ctx.report(
      [...at, 'options'],
      'not_for_type',
      'Country questions have no "options": the countries are the choices (restrict them with "countries").',
    );
  const seen = new Set<string>();
  question.countries?.forEach((code, position) => {
    if (!isCountryCode(code))
      ctx.report(
        [...at, 'countries', position],
        'unknown_country',
        `"${code}" is not an ISO 3166-1 alpha-2 country code (two upper-case letters, such as "DE").`,
      );
    else if (seen.has(code))
      ctx.report([...at, 'countries', position], 'duplicate_country', `"${code}" is listed twice.`);
    seen.add(code);
  });
}

export function checkQuestions(ctx: RuleContext): void {
  const scorable = new Set<string>();
  ctx.questionnaire.questions.forEach((question, index) => {
    const at = ['questions', index];
    // A question of weight 0 is answered and tested, but never moves its dimension's score.
    const weighs = (question.weight ?? 1) > 0;
    if (question.dimension !== undefined && !ctx.ids.dimensions.has(question.dimension))
      ctx.report([...at, 'dimension'], 'unknown_dimension', `Unknown dimension "${question.dimension}".`);
    const options = question.options ?? [];
    ctx.unique(options, [...at, 'options'], 'option');
    const scored = question.dimension !== undefined;
    if (question.type === 'country') checkCountryQuestion(ctx, question, at);
    else {
      if (question.countries !== undefined)
        ctx.report([...at, 'countries'], 'not_for_type', '"countries" applies to country questions only.');
      if (question.maxChoices !== undefined)
        ctx.report([...at, 'maxChoices'], 'not_for_type', '"maxChoices" applies to country questions only.');
    }
    if (question.display !== undefined && question.type !== 'single')
      ctx.report(
        [...at, 'display'],
        'not_for_type',
        `"display": "${question.display}" applies to single-choice questions only; "${question.id}" is ${question.type}.`,
      );
    if (question.type !== 'number' && question.type !== 'country' && options.length < 2)
      ctx.report(
        [...at, 'options'],
        'missing_options',
        `A ${question.type} question needs at least two options.`,
      );
    if (question.type === 'boolean') {
      for (const id of ['yes', 'no'])
        if (!options.some((option) => option.id === id))
          ctx.report(
            [...at, 'options'],
            'boolean_options',
            `A boolean question needs an option with id "${id}".`,
          );
    }
    options.forEach((option, optionIndex) => {
      if (scored && option.score === undefined)
        ctx.report(
          [...at, 'options', optionIndex, 'score'],
          'missing_score',
          'Options of a scored question need a "score" (0–1, or null to leave the answer out).',
        );
      if (option.exclusive && question.type !== 'multi')
        ctx.report(
          [...at, 'options', optionIndex, 'exclusive'],
          'exclusive_not_multi',
          'Only multi-choice options can be exclusive.',
        );
      if (option.score !== undefined && option.score !== null && weighs) scorable.add(question.id);
    });
    if (question.type === 'number') {
      if (question.min !== undefined && question.max !== undefined && question.min >= question.max)
        ctx.report(
          [...at, 'max'],
          'invalid_bounds',
          `"max" (${question.max}) must be greater than "min" (${question.min}).`,
        );
      const ranges = question.ranges ?? [];
      if (
        scored &&
        ranges.length === 0 &&
        !options.some((option) => option.score !== null && option.score !== undefined)
      )
        ctx.report(
          [...at, 'ranges'],
          'missing_ranges',
          'A scored number question needs "ranges" that map values to scores.',
        );
      ranges.forEach((range, rangeIndex) => {
        if (range.min !== undefined && range.max !== undefined && range.min >= range.max)
          ctx.report(
            [...at, 'ranges', rangeIndex],
            'invalid_bounds',
            `Range "max" must be greater than "min".`,
          );
        const overlap = ranges.findIndex(
          (other, otherIndex) =>
            otherIndex < rangeIndex &&
            (other.min ?? -Infinity) < (range.max ?? Infinity) &&
            (range.min ?? -Infinity) < (other.max ?? Infinity),
        );
        if (overlap >= 0)
          ctx.report([...at, 'ranges', rangeIndex], 'range_overlap', `Overlaps ranges[${overlap}].`);
      });
      if (ranges.length > 0 && weighs) scorable.add(question.id);
    } else {
      for (const key of ['min', 'max', 'step', 'unit', 'ranges'] as const)
        if (question[key] !== undefined)
          ctx.report([...at, key], 'not_for_type', `"${key}" applies to number questions only.`);
    }
  });
  ctx.questionnaire.dimensions.forEach((dimension, index) => {
    const hasScorable = ctx.questionnaire.questions.some(
      (question) => question.dimension === dimension.id && scorable.has(question.id),
    );
    if (!hasScorable)
      ctx.report(
        ['dimensions', index],
        'no_scorable_question',
        `Dimension "${dimension.id}" has no question that can score.`,
      );
  });
}
