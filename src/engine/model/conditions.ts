// Conditions are data (see schema.ts); this evaluates them. The caller supplies what a condition may look
// at through a ConditionContext, so the same evaluator serves visibility (answers and profile only),
// profiles, index items and recommendations (everything, scores included).
import type { CompiledQuestion } from './compile.js';
import { inCountryGroup } from './countries.js';
import type { Answer, Condition, QuestionCondition } from './schema.js';

export interface ConditionContext {
  /** The question's compiled form, or undefined when unknown. */
  question(id: string): CompiledQuestion | undefined;
  /** The answer that counts: undefined when unanswered or when the question is hidden. */
  answer(id: string): Answer | undefined;
  profile(): string | null;
  stage(): string | null;
  dimensionScore(id: string): number | null;
  areaScore(id: string): number | null;
  overallScore(): number | null;
  indexPoints(id: string): number | null;
}

/** Conditions nest at most this deep; validation rejects deeper ones so evaluation never overflows. */
export const MAX_CONDITION_DEPTH = 32;

export function evaluate(condition: Condition, context: ConditionContext): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluate(part, context));
  if ('any' in condition) return condition.any.some((part) => evaluate(part, context));
  if ('not' in condition) return !evaluate(condition.not, context);
  if ('question' in condition) return testAnswer(condition, context);
  if ('score' in condition) {
    const target = condition.score;
    const value =
      target === 'overall'
        ? context.overallScore()
        : 'dimension' in target
          ? context.dimensionScore(target.dimension)
          : context.areaScore(target.area);
    return inBounds(value, condition.atLeast, condition.atMost);
  }
  if ('profile' in condition) return matchesId(context.profile(), condition.profile);
  if ('stage' in condition) return matchesId(context.stage(), condition.stage);
  return inBounds(context.indexPoints(condition.index), condition.atLeast, condition.atMost);
}

function matchesId(actual: string | null, expected: string | string[]): boolean {
  if (actual === null) return false;
  return typeof expected === 'string' ? actual === expected : expected.includes(actual);
}

function inBounds(value: number | null, atLeast: number | undefined, atMost: number | undefined): boolean {
  if (value === null) return false;
  return (atLeast === undefined || value >= atLeast) && (atMost === undefined || value <= atMost);
}

function testAnswer(test: QuestionCondition, context: ConditionContext): boolean {
  const answer = context.answer(test.question);
  if (test.answered !== undefined && test.answered !== (answer !== undefined)) return false;
  if (answer === undefined) return test.answered === false;
  const selected = typeof answer === 'number' ? null : typeof answer === 'string' ? [answer] : answer;
  if (test.equals !== undefined) {
    if (
      typeof test.equals === 'number'
        ? answer !== test.equals
        : selected?.length !== 1 || selected[0] !== test.equals
    )
      return false;
  }
  if (test.in !== undefined && !selected?.some((id) => test.in?.includes(id))) return false;
  if (test.includes !== undefined) {
    const wanted = typeof test.includes === 'string' ? [test.includes] : test.includes;
    if (!selected || !wanted.every((id) => selected.includes(id))) return false;
  }
  if (test.inGroup !== undefined) {
    const group = test.inGroup;
    if (!selected?.some((code) => inCountryGroup(code, group))) return false;
  }
  if (test.outsideGroup !== undefined) {
    const group = test.outsideGroup;
    if (!selected?.some((code) => !inCountryGroup(code, group))) return false;
  }
  if (test.atLeast !== undefined || test.atMost !== undefined) {
    const compiled = context.question(test.question);
    const value = orderedValue(answer, compiled);
    if (value === null) return false;
    if (test.atLeast !== undefined) {
      const bound = orderedValue(test.atLeast, compiled);
      if (bound === null || value < bound) return false;
    }
    if (test.atMost !== undefined) {
      const bound = orderedValue(test.atMost, compiled);
      if (bound === null || value > bound) return false;
    }
  }
  return true;
}

/**
 * Numbers compare as themselves; an option compares by its position. Options left out of the score
 * ("don't know") have no place in the order, so they never satisfy a bound.
 */
function orderedValue(value: Answer, compiled: CompiledQuestion | undefined): number | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !compiled) return null;
  const option = compiled.options.get(value);
  if (!option) return null;
  // An explicit `score: null` marks "don't know"; context questions may omit scores and stay ordered.
  if (option.option.score === null) return null;
  return option.position;
}

/** Every question id a condition reads, and whether it reads the profile, stage, scores or indices. */
export interface ConditionUse {
  questions: Set<string>;
  profile: boolean;
  stage: boolean;
  score: boolean;
  index: boolean;
  depth: number;
}

export function conditionUse(condition: Condition): ConditionUse {
  const use: ConditionUse = {
    questions: new Set(),
    profile: false,
    stage: false,
    score: false,
    index: false,
    depth: 0,
  };
  const walk = (node: Condition, depth: number): void => {
    use.depth = Math.max(use.depth, depth);
    if (depth > MAX_CONDITION_DEPTH) return;
    if ('all' in node) node.all.forEach((part) => walk(part, depth + 1));
    else if ('any' in node) node.any.forEach((part) => walk(part, depth + 1));
    else if ('not' in node) walk(node.not, depth + 1);
    else if ('question' in node) use.questions.add(node.question);
    else if ('score' in node) use.score = true;
    else if ('profile' in node) use.profile = true;
    else if ('stage' in node) use.stage = true;
    else use.index = true;
  };
  walk(condition, 1);
  return use;
}
