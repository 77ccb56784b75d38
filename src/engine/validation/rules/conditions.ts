// Rules on conditions: every reference resolves, each place tests only what is known there (a
// question's visibility cannot depend on scores), nesting stays shallow, and visibility depends only on
// questions asked earlier (directly or through the profile). checkCondition() also serves the provider
// profile's service conditions, which are checked against the questionnaire in use.
import { COUNTRY_CODES } from '../../model/countries.js';
import { conditionUse, MAX_CONDITION_DEPTH, type ConditionUse } from '../../model/conditions.js';
import type { PathSegment } from '../../model/problems.js';
import type { Condition } from '../../model/schema.js';
import type { RuleContext } from './context.js';

/** What a condition in a given place may test besides answers. */
export interface Allowed {
  profile: boolean;
  stage: boolean;
  score: boolean;
  index: boolean;
}

/** Answers only: profiles and index items. */
export const ANSWERS_ONLY: Allowed = { profile: false, stage: false, score: false, index: false };
/** Everything: recommendations (and the services a provider offers). */
export const ANYTHING: Allowed = { profile: true, stage: true, score: true, index: true };

export function checkCondition(
  ctx: RuleContext,
  condition: Condition,
  path: PathSegment[],
  allowed: Allowed,
): ConditionUse {
  const use = conditionUse(condition);
  if (use.depth > MAX_CONDITION_DEPTH) {
    ctx.report(path, 'too_deep', `Conditions nest at most ${MAX_CONDITION_DEPTH} levels.`);
    return use;
  }
  walkTests(condition, path, (test, testPath) => {
    if ('question' in test) {
      const target = ctx.questionById.get(test.question);
      if (!target) {
        ctx.report([...testPath, 'question'], 'unknown_question', `Unknown question "${test.question}".`);
        return;
      }
      const operators = [
        'equals',
        'in',
        'includes',
        'atLeast',
        'atMost',
        'answered',
        'inGroup',
        'outsideGroup',
      ] as const;
      if (!operators.some((operator) => test[operator] !== undefined))
        ctx.report(
          testPath,
          'empty_test',
          `Say what to test: one of ${operators.map((name) => `"${name}"`).join(', ')}.`,
        );
      const country = target.type === 'country';
      // A country question's "options" are the countries it offers.
      const optionIds = new Set(
        country ? (target.countries ?? COUNTRY_CODES) : (target.options ?? []).map((option) => option.id),
      );
      const checkOption = (id: string | number, ...key: PathSegment[]) => {
        if (typeof id === 'number') {
          if (target.type !== 'number')
            ctx.report(
              [...testPath, ...key],
              'invalid_bound',
              `Question "${target.id}" is not a number question; compare with ${country ? 'a country code' : 'an option id'}.`,
            );
        } else if (!optionIds.has(id)) {
          ctx.report(
            [...testPath, ...key],
            country ? 'unknown_country' : 'unknown_option',
            country
              ? `Question "${target.id}" does not offer the country "${id}" (use an upper-case ISO 3166-1 alpha-2 code).`
              : `Question "${target.id}" has no option "${id}".`,
          );
        }
      };
      if (test.equals !== undefined) checkOption(test.equals, 'equals');
      test.in?.forEach((id, index) => checkOption(id, 'in', index));
      const list = target.type === 'multi' || (country && (target.maxChoices ?? 1) > 1);
      if (test.includes !== undefined) {
        if (!list)
          ctx.report(
            [...testPath, 'includes'],
            'not_for_type',
            `"includes" applies to multi-choice questions and to country questions with "maxChoices" above 1; "${target.id}" is ${target.type === 'country' ? 'a country question with one choice' : target.type}.`,
          );
        if (typeof test.includes === 'string') checkOption(test.includes, 'includes');
        else test.includes.forEach((id, index) => checkOption(id, 'includes', index));
      }
      for (const group of ['inGroup', 'outsideGroup'] as const)
        if (test[group] !== undefined && !country)
          ctx.report(
            [...testPath, group],
            'not_for_type',
            `"${group}" tests countries; "${target.id}" is a ${target.type} question.`,
          );
      for (const bound of ['atLeast', 'atMost'] as const) {
        const value = test[bound];
        if (value === undefined) continue;
        if (country)
          ctx.report(
            [...testPath, bound],
            'not_for_type',
            `"${bound}" compares ordered answers; countries have no order, so test "equals" or "in".`,
          );
        else checkOption(value, bound);
      }
    } else if ('score' in test) {
      const target = test.score;
      if (target !== 'overall' && 'dimension' in target && !ctx.ids.dimensions.has(target.dimension))
        ctx.report(
          [...testPath, 'score', 'dimension'],
          'unknown_dimension',
          `Unknown dimension "${target.dimension}".`,
        );
      if (target !== 'overall' && 'area' in target && !ctx.ids.areas.has(target.area))
        ctx.report([...testPath, 'score', 'area'], 'unknown_area', `Unknown area "${target.area}".`);
      if (!allowed.score)
        ctx.report(testPath, 'condition_not_allowed', 'Scores are not known here; test answers instead.');
    } else if ('profile' in test) {
      for (const id of typeof test.profile === 'string' ? [test.profile] : test.profile)
        if (!ctx.ids.profiles.has(id))
          ctx.report([...testPath, 'profile'], 'unknown_profile', `Unknown profile "${id}".`);
      if (!allowed.profile) ctx.report(testPath, 'condition_not_allowed', 'The profile is not known here.');
    } else if ('stage' in test) {
      for (const id of typeof test.stage === 'string' ? [test.stage] : test.stage)
        if (!ctx.ids.stages.has(id))
          ctx.report([...testPath, 'stage'], 'unknown_stage', `Unknown stage "${id}".`);
      if (!allowed.stage) ctx.report(testPath, 'condition_not_allowed', 'The stage is not known here.');
    } else if ('index' in test) {
      if (!ctx.ids.indices.has(test.index))
        ctx.report([...testPath, 'index'], 'unknown_index', `Unknown index "${test.index}".`);
      if (!allowed.index) ctx.report(testPath, 'condition_not_allowed', 'Index points are not known here.');
    }
  });
  return use;
}

/** Profiles, stages and visibility: what decides which questions are asked. */
export function checkAskingConditions(ctx: RuleContext): void {
  const profileQuestions = new Set<string>();
  (ctx.questionnaire.profiles ?? []).forEach((profile, index) => {
    if (profile.when)
      checkCondition(ctx, profile.when, ['profiles', index, 'when'], ANSWERS_ONLY).questions.forEach((id) =>
        profileQuestions.add(id),
      );
  });
  (ctx.questionnaire.stages ?? []).forEach((stage, index) => {
    if (stage.when)
      checkCondition(ctx, stage.when, ['stages', index, 'when'], { ...ANSWERS_ONLY, profile: true });
  });
  ctx.questionnaire.questions.forEach((question, index) => {
    if (!question.visibleIf) return;
    const path = ['questions', index, 'visibleIf'];
    const use = checkCondition(ctx, question.visibleIf, path, { ...ANSWERS_ONLY, profile: true });
    const own = ctx.askingOrder.get(question.id) ?? -1;
    const direct = [...use.questions];
    const viaProfile = use.profile ? [...profileQuestions] : [];
    for (const [ids, how] of [
      [direct, ''],
      [viaProfile, ' (through the profile)'],
    ] as const) {
      for (const id of ids) {
        const order = ctx.askingOrder.get(id);
        if (order === undefined) continue;
        if (id === question.id)
          ctx.report(path, 'cycle', `Question "${id}" depends on its own answer${how}.`);
        else if (order > own)
          ctx.report(
            path,
            'forward_reference',
            `Depends on question "${id}"${how}, which is asked later; a question can only depend on earlier ones.`,
          );
      }
    }
  });
}

type AnyTest = Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

function walkTests(
  condition: Condition,
  path: PathSegment[],
  visit: (test: AnyTest, path: PathSegment[]) => void,
): void {
  if ('all' in condition)
    condition.all.forEach((part, index) => walkTests(part, [...path, 'all', index], visit));
  else if ('any' in condition)
    condition.any.forEach((part, index) => walkTests(part, [...path, 'any', index], visit));
  else if ('not' in condition) walkTests(condition.not, [...path, 'not'], visit);
  else visit(condition, path);
}
