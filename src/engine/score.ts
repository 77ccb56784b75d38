// score(): questionnaire + answers → a plain result of keys and numbers. Pure and deterministic.
//
// Flow: visibility in asking order (a question's `visibleIf` sees only earlier, visible answers and the
// profile) → the profile and stage → question scores → dimension scores (weighted mean of visible,
// answered, counted questions) → area and overall scores (weighted means) → indices → recommendations.
// Answers to hidden questions are kept by the caller but never read here.
import { compile, levelOf, type CompiledQuestion, type CompiledQuestionnaire } from './compile.js';
import { evaluate, type ConditionContext } from './conditions.js';
import type { Answer, Answers, PriorityName, Profile, Questionnaire } from './schema.js';

export interface DimensionResult {
  id: string;
  area: string;
  /** 0–100, rounded to a whole number; `null` when no visible question has a counted answer. */
  score: number | null;
  level: string | null;
  /** Visible questions with any valid answer, "don't know" included. */
  answered: number;
  /** Visible questions whose answer counts in the score. */
  counted: number;
  visible: number;
}

export interface AreaResult {
  id: string;
  score: number | null;
  level: string | null;
}

export interface IndexResult {
  id: string;
  /** Items whose condition holds. */
  points: number;
  max: number;
  level: string | null;
}

export interface RecommendationResult {
  id: string;
  dimension: string;
  area: string;
  priority: PriorityName;
  /** What chose it: the dimension's score and level at the time. */
  reason: { dimension: string; score: number | null; level: string | null };
}

export interface Result {
  questionnaire: { id: string; version: string };
  overall: { score: number | null; level: string | null };
  areas: AreaResult[];
  dimensions: DimensionResult[];
  completeness: { answered: number; visible: number; ratio: number };
  /** Visible questions answered with an option left out of the score ("don't know", "not applicable"). */
  unknown: string[];
  profile: string | null;
  stage: string | null;
  indices: IndexResult[];
  recommendations: RecommendationResult[];
}

const PRIORITY_RANK: Record<PriorityName, number> = { high: 0, medium: 1, low: 2 };

/** The answer if it is valid for the question, otherwise undefined (score() never trusts its input). */
export function validAnswer(compiled: CompiledQuestion, raw: unknown): Answer | undefined {
  const { question, options } = compiled;
  if (typeof raw === 'string') return options.has(raw) ? raw : undefined;
  if (question.type === 'number' && typeof raw === 'number') {
    if (!Number.isFinite(raw)) return undefined;
    if (question.min !== undefined && raw < question.min) return undefined;
    if (question.max !== undefined && raw > question.max) return undefined;
    return raw;
  }
  if (question.type === 'multi' && Array.isArray(raw) && raw.length > 0) {
    for (const id of raw) if (typeof id !== 'string' || !options.has(id)) return undefined;
    return raw as string[];
  }
  return undefined;
}

/** A valid answer's score in [0, 1], or null when it does not count. */
export function answerScore(compiled: CompiledQuestion, answer: Answer): number | null {
  if (typeof answer === 'string') return compiled.options.get(answer)?.score ?? null;
  if (typeof answer === 'number') {
    for (const range of compiled.question.ranges ?? []) {
      if ((range.min === undefined || answer >= range.min) && (range.max === undefined || answer < range.max))
        return range.score;
    }
    return null;
  }
  let sum = 0;
  let counted = false;
  for (const id of answer) {
    const option = compiled.options.get(id);
    if (!option) continue;
    // An exclusive choice ("none of these") stands for the whole answer.
    if (option.option.exclusive) return option.score;
    if (option.score !== null) {
      sum += option.score;
      counted = true;
    }
  }
  return counted ? Math.min(1, sum) : null;
}

interface WeightedMean {
  sum: number;
  weight: number;
}

function mean(accumulator: WeightedMean): number | null {
  return accumulator.weight > 0 ? accumulator.sum / accumulator.weight : null;
}

/**
 * The state that decides what is asked: which questions are visible, their valid answers, the profile
 * and the stage. Shared by score() and the components (which pages to show).
 */
export interface AnswerState {
  readonly compiled: CompiledQuestionnaire;
  /** Visibility by asking order. */
  readonly visible: readonly boolean[];
  /** Valid answers of visible questions, by asking order. */
  readonly answers: readonly (Answer | undefined)[];
  readonly profile: string | null;
  readonly stage: string | null;
}

export function answerState(
  questionnaire: Questionnaire,
  answers: Answers | Readonly<Record<string, unknown>>,
): AnswerState {
  const compiled = compile(questionnaire);
  const count = compiled.questions.length;
  const visible: boolean[] = [];
  const valid: (Answer | undefined)[] = [];
  let profile: string | null | undefined;
  let stage: string | null | undefined;
  const context: ConditionContext = {
    question: (id) => compiled.byId.get(id),
    answer: (id) => {
      const question = compiled.byId.get(id);
      return question && visible[question.order] === true ? valid[question.order] : undefined;
    },
    profile: () => (profile ??= firstMatch(questionnaire.profiles, context)),
    stage: () => (stage ??= firstMatch(questionnaire.stages, context)),
    dimensionScore: () => null,
    areaScore: () => null,
    overallScore: () => null,
    indexPoints: () => null,
  };
  for (let order = 0; order < count; order += 1) {
    const question = compiled.questions[order]!;
    const shown = question.question.visibleIf === undefined || evaluate(question.question.visibleIf, context);
    visible.push(shown);
    const id = question.question.id;
    valid.push(shown && Object.hasOwn(answers, id) ? validAnswer(question, answers[id]) : undefined);
  }
  return {
    compiled,
    visible,
    answers: valid,
    profile: context.profile(),
    stage: context.stage(),
  };
}

function firstMatch(rules: readonly Profile[] | undefined, context: ConditionContext): string | null {
  if (!rules) return null;
  for (const rule of rules) if (rule.when === undefined || evaluate(rule.when, context)) return rule.id;
  return null;
}

/** Scores the answers against the questionnaire. Answers may be raw input: invalid ones are ignored. */
export function score(
  questionnaire: Questionnaire,
  answers: Answers | Readonly<Record<string, unknown>>,
): Result {
  const state = answerState(questionnaire, answers);
  const { compiled, visible } = state;
  const levels = compiled.levels;

  const dimensions: DimensionResult[] = [];
  const unknown: string[] = [];
  const rawDimension = new Map<string, number | null>();
  let answeredTotal = 0;
  let visibleTotal = 0;
  for (const dimension of questionnaire.dimensions) {
    const accumulator: WeightedMean = { sum: 0, weight: 0 };
    let answered = 0;
    let counted = 0;
    let shown = 0;
    for (const question of compiled.dimensionQuestions.get(dimension.id) ?? []) {
      if (!visible[question.order]) continue;
      shown += 1;
      const answer = state.answers[question.order];
      if (answer === undefined) continue;
      answered += 1;
      const value = answerScore(question, answer);
      if (value === null) {
        unknown.push(question.question.id);
        continue;
      }
      counted += 1;
      accumulator.sum += value * question.weight;
      accumulator.weight += question.weight;
    }
    const raw = mean(accumulator);
    rawDimension.set(dimension.id, raw);
    const rounded = raw === null ? null : Math.round(raw * 100);
    dimensions.push({
      id: dimension.id,
      area: dimension.area,
      score: rounded,
      level: levelOf(levels, rounded),
      answered,
      counted,
      visible: shown,
    });
    answeredTotal += answered;
    visibleTotal += shown;
  }
  // Context questions count towards completeness too: they are part of what the firm is asked.
  for (const question of compiled.questions) {
    if (question.question.dimension !== undefined || !visible[question.order]) continue;
    visibleTotal += 1;
    if (state.answers[question.order] !== undefined) answeredTotal += 1;
  }

  const areas: AreaResult[] = [];
  const overall: WeightedMean = { sum: 0, weight: 0 };
  for (const area of questionnaire.areas) {
    const accumulator: WeightedMean = { sum: 0, weight: 0 };
    for (const dimension of questionnaire.dimensions) {
      if (dimension.area !== area.id) continue;
      const raw = rawDimension.get(dimension.id);
      if (raw === null || raw === undefined) continue;
      const weight = dimension.weight ?? 1;
      accumulator.sum += raw * weight;
      accumulator.weight += weight;
    }
    const raw = mean(accumulator);
    if (raw !== null) {
      const weight = area.weight ?? 1;
      overall.sum += raw * weight;
      overall.weight += weight;
    }
    const rounded = raw === null ? null : Math.round(raw * 100);
    areas.push({ id: area.id, score: rounded, level: levelOf(levels, rounded) });
  }
  const overallRaw = mean(overall);
  const overallScore = overallRaw === null ? null : Math.round(overallRaw * 100);

  const dimensionById = new Map(dimensions.map((dimension) => [dimension.id, dimension]));
  const areaById = new Map(areas.map((area) => [area.id, area]));
  const indexPoints = new Map<string, number>();
  const context: ConditionContext = {
    question: (id) => compiled.byId.get(id),
    answer: (id) => {
      const question = compiled.byId.get(id);
      return question && visible[question.order] ? state.answers[question.order] : undefined;
    },
    profile: () => state.profile,
    stage: () => state.stage,
    dimensionScore: (id) => dimensionById.get(id)?.score ?? null,
    areaScore: (id) => areaById.get(id)?.score ?? null,
    overallScore: () => overallScore,
    indexPoints: (id) => indexPoints.get(id) ?? null,
  };

  const indices: IndexResult[] = [];
  for (const index of questionnaire.indices ?? []) {
    let points = 0;
    for (const item of index.items) if (evaluate(item.when, context)) points += 1;
    indexPoints.set(index.id, points);
    const level = index.levels.find((band) => points >= band.min && points <= band.max);
    indices.push({ id: index.id, points, max: index.items.length, level: level?.id ?? null });
  }

  const recommendations: (RecommendationResult & { gap: number; position: number })[] = [];
  (questionnaire.recommendations ?? []).forEach((recommendation, position) => {
    const dimension = dimensionById.get(recommendation.dimension);
    if (!dimension) return;
    if (
      recommendation.profiles &&
      (state.profile === null || !recommendation.profiles.includes(state.profile))
    )
      return;
    if (recommendation.stages && (state.stage === null || !recommendation.stages.includes(state.stage)))
      return;
    if (
      recommendation.levels &&
      (dimension.level === null || !recommendation.levels.includes(dimension.level))
    )
      return;
    if (recommendation.when && !evaluate(recommendation.when, context)) return;
    recommendations.push({
      id: recommendation.id,
      dimension: dimension.id,
      area: dimension.area,
      priority: recommendation.priority,
      reason: { dimension: dimension.id, score: dimension.score, level: dimension.level },
      gap: dimension.score === null ? 0 : 100 - dimension.score,
      position,
    });
  });
  recommendations.sort(
    (a, b) =>
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || b.gap - a.gap || a.position - b.position,
  );

  return {
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    overall: { score: overallScore, level: levelOf(levels, overallScore) },
    areas,
    dimensions,
    completeness: {
      answered: answeredTotal,
      visible: visibleTotal,
      ratio: visibleTotal === 0 ? 0 : answeredTotal / visibleTotal,
    },
    unknown,
    profile: state.profile,
    stage: state.stage,
    indices,
    recommendations: recommendations.map(({ gap: _gap, position: _position, ...rest }) => rest),
  };
}
