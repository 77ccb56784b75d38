// Conditions compiled once per questionnaire into plain functions over an EvaluationState, so scoring
// does no key tests (`'all' in condition`) and no id lookups per call: questions are resolved to their
// asking-order index and dimensions, areas and indices to array positions. Same semantics as
// conditions.ts's `evaluate()` (a test checks the two agree); this is the fast path score() uses.
import { inCountryGroup } from './countries.js';
import type { Answer, Condition, QuestionCondition } from './schema.js';

/** What a compiled condition reads. Arrays are indexed by asking order / definition order. */
export interface EvaluationState {
  readonly visible: readonly boolean[];
  readonly answers: readonly (Answer | undefined)[];
  profile(): string | null;
  stage(): string | null;
  readonly dimensionScores: readonly (number | null)[];
  readonly areaScores: readonly (number | null)[];
  readonly overallScore: number | null;
  readonly indexPoints: readonly (number | null)[];
}

export type Predicate = (state: EvaluationState) => boolean;

/** How to resolve references; built by compile.ts. */
export interface PredicateScope {
  questionOrder(id: string): number | undefined;
  /** Position of an option in its question for ordered comparisons, or null if it has no place in the order. */
  optionPosition(questionOrder: number, optionId: string): number | null;
  dimensionIndex(id: string): number;
  areaIndex(id: string): number;
  indexIndex(id: string): number;
}

const never: Predicate = () => false;

export function compilePredicate(condition: Condition, scope: PredicateScope): Predicate {
  if ('all' in condition) {
    const parts = condition.all.map((part) => compilePredicate(part, scope));
    return (state) => {
      for (const part of parts) if (!part(state)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((part) => compilePredicate(part, scope));
    return (state) => {
      for (const part of parts) if (part(state)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compilePredicate(condition.not, scope);
    return (state) => !inner(state);
  }
  if ('question' in condition) return compileAnswerTest(condition, scope);
  if ('score' in condition) {
    const { atLeast, atMost } = condition;
    const target = condition.score;
    const within = (value: number | null) =>
      value !== null &&
      (atLeast === undefined || value >= atLeast) &&
      (atMost === undefined || value <= atMost);
    if (target === 'overall') return (state) => within(state.overallScore);
    if ('dimension' in target) {
      const index = scope.dimensionIndex(target.dimension);
      return (state) => within(state.dimensionScores[index] ?? null);
    }
    const index = scope.areaIndex(target.area);
    return (state) => within(state.areaScores[index] ?? null);
  }
  if ('profile' in condition) {
    const ids = typeof condition.profile === 'string' ? [condition.profile] : condition.profile;
    return (state) => {
      const profile = state.profile();
      return profile !== null && ids.includes(profile);
    };
  }
  if ('stage' in condition) {
    const ids = typeof condition.stage === 'string' ? [condition.stage] : condition.stage;
    return (state) => {
      const stage = state.stage();
      return stage !== null && ids.includes(stage);
    };
  }
  const index = scope.indexIndex(condition.index);
  const { atLeast, atMost } = condition;
  return (state) => {
    const points = state.indexPoints[index] ?? null;
    return (
      points !== null &&
      (atLeast === undefined || points >= atLeast) &&
      (atMost === undefined || points <= atMost)
    );
  };
}

function compileAnswerTest(test: QuestionCondition, scope: PredicateScope): Predicate {
  const order = scope.questionOrder(test.question);
  if (order === undefined) return test.answered === false ? () => true : never;
  const checks: ((answer: Answer) => boolean)[] = [];
  if (test.equals !== undefined) {
    const expected = test.equals;
    checks.push(
      typeof expected === 'number'
        ? (answer) => answer === expected
        : (answer) =>
            answer === expected || (Array.isArray(answer) && answer.length === 1 && answer[0] === expected),
    );
  }
  if (test.in !== undefined) {
    const allowed = test.in;
    checks.push((answer) =>
      typeof answer === 'string'
        ? allowed.includes(answer)
        : Array.isArray(answer) && answer.some((id) => allowed.includes(id)),
    );
  }
  if (test.includes !== undefined) {
    const wanted = typeof test.includes === 'string' ? [test.includes] : test.includes;
    checks.push((answer) => {
      if (typeof answer === 'number') return false;
      if (typeof answer === 'string') return wanted.every((id) => id === answer);
      return wanted.every((id) => answer.includes(id));
    });
  }
  if (test.atLeast !== undefined || test.atMost !== undefined) {
    const bound = (value: string | number | undefined) =>
      value === undefined
        ? undefined
        : typeof value === 'number'
          ? value
          : scope.optionPosition(order, value);
    const low = bound(test.atLeast);
    const high = bound(test.atMost);
    checks.push((answer) => {
      const value =
        typeof answer === 'number'
          ? answer
          : typeof answer === 'string'
            ? scope.optionPosition(order, answer)
            : null;
      if (value === null || low === null || high === null) return false;
      return (low === undefined || value >= low) && (high === undefined || value <= high);
    });
  }
  if (test.inGroup !== undefined) {
    const group = test.inGroup;
    checks.push((answer) => countriesOf(answer).some((code) => inCountryGroup(code, group)));
  }
  if (test.outsideGroup !== undefined) {
    const group = test.outsideGroup;
    checks.push((answer) => countriesOf(answer).some((code) => !inCountryGroup(code, group)));
  }
  const answered = test.answered;
  return (state) => {
    const answer = state.visible[order] === true ? state.answers[order] : undefined;
    if (answer === undefined) return answered === false;
    if (answered === false) return false;
    for (const check of checks) if (!check(answer)) return false;
    return true;
  };
}

/** The country codes of a country answer: one code, or a list of them. */
function countriesOf(answer: Answer): readonly string[] {
  return typeof answer === 'string' ? [answer] : Array.isArray(answer) ? answer : [];
}
