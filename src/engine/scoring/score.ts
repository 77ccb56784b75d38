// score(): questionnaire + answers → a plain result of keys and numbers. Pure and deterministic.
//
// Flow: visibility in asking order (a question's `visibleIf` sees only earlier, visible answers and the
// profile) → the profile and stage → question scores → dimension scores (weighted mean of visible,
// answered, counted questions) → area and overall scores (weighted means) → indices → recommendations.
// Answers to hidden questions are kept by the caller but never read here; raw input is read through
// the one answer model (answers/normalise.ts), so score(q, input) equals score(q, parseAnswers(q, input).answers).
import { compile, levelOf, type CompiledQuestion, type CompiledRecommendation } from '../model/compile.js';
import type { Answer, Answers, PriorityName, Questionnaire } from '../model/schema.js';
import type { AreaResult, DimensionResult, IndexResult, Result } from './result.js';
import { evaluateAnswers } from './state.js';

export type { AreaResult, DimensionResult, IndexResult, RecommendationResult, Result } from './result.js';
export { answerState, type AnswerState } from './state.js';

const PRIORITY_RANK: Record<PriorityName, number> = { high: 0, medium: 1, low: 2 };

/** A valid answer's score in [0, 1], or null when it does not count. */
export function answerScore(compiled: CompiledQuestion, answer: Answer): number | null {
  const { optionIds, optionScores } = compiled;
  if (typeof answer === 'string') return optionScores[optionIds.indexOf(answer)] ?? null;
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
    const position = optionIds.indexOf(id);
    if (position < 0) continue;
    // An exclusive choice ("none of these") stands for the whole answer.
    if (compiled.optionExclusive[position]) return optionScores[position] ?? null;
    const value = optionScores[position] ?? null;
    if (value !== null) {
      sum += value;
      counted = true;
    }
  }
  return counted ? Math.min(1, sum) : null;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 100));

/** Scores the answers against the questionnaire. Answers may be raw input: invalid ones are ignored. */
export function score(
  questionnaire: Questionnaire,
  answers: Answers | Readonly<Record<string, unknown>>,
): Result {
  const compiled = compile(questionnaire);
  const state = evaluateAnswers(compiled, answers);
  const { visible } = state;
  const levels = compiled.levels;
  const profile = state.profile();
  const stage = state.stage();

  const dimensions: DimensionResult[] = [];
  const unknown: string[] = [];
  const areaSums = compiled.areaWeight.map(() => 0);
  const areaWeights = compiled.areaWeight.map(() => 0);
  let answeredTotal = 0;
  let visibleTotal = 0;
  questionnaire.dimensions.forEach((dimension, dimensionIndex) => {
    let sum = 0;
    let weight = 0;
    let answered = 0;
    let counted = 0;
    let shown = 0;
    for (const question of compiled.questionsByDimension[dimensionIndex]!) {
      if (!visible[question.order]) continue;
      shown += 1;
      const answer = state.answers[question.order];
      if (answer === undefined) continue;
      answered += 1;
      const value = answerScore(question, answer);
      if (value === null) {
        unknown.push(question.id);
        continue;
      }
      counted += 1;
      sum += value * question.weight;
      weight += question.weight;
    }
    const raw = weight > 0 ? sum / weight : null;
    if (raw !== null) {
      const area = compiled.dimensionArea[dimensionIndex]!;
      const dimensionWeight = compiled.dimensionWeight[dimensionIndex]!;
      areaSums[area]! += raw * dimensionWeight;
      areaWeights[area]! += dimensionWeight;
    }
    const rounded = round(raw);
    state.dimensionScores.push(rounded);
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
  });
  // Context questions count towards completeness too: they are part of what the firm is asked.
  for (const question of compiled.questions) {
    if (question.dimensionIndex !== -1 || !visible[question.order]) continue;
    visibleTotal += 1;
    if (state.answers[question.order] !== undefined) answeredTotal += 1;
  }

  const areas: AreaResult[] = [];
  let overallSum = 0;
  let overallWeight = 0;
  questionnaire.areas.forEach((area, areaIndex) => {
    const raw = areaWeights[areaIndex]! > 0 ? areaSums[areaIndex]! / areaWeights[areaIndex]! : null;
    if (raw !== null) {
      overallSum += raw * compiled.areaWeight[areaIndex]!;
      overallWeight += compiled.areaWeight[areaIndex]!;
    }
    const rounded = round(raw);
    state.areaScores.push(rounded);
    areas.push({ id: area.id, score: rounded, level: levelOf(levels, rounded) });
  });
  const overallScore = round(overallWeight > 0 ? overallSum / overallWeight : null);
  state.overallScore = overallScore;

  const indices: IndexResult[] = [];
  for (const index of compiled.indices) {
    let points = 0;
    for (const item of index.items) if (item(state)) points += 1;
    state.indexPoints.push(points);
    const level = index.levels.find((band) => points >= band.min && points <= band.max);
    indices.push({ id: index.id, points, max: index.items.length, level: level?.id ?? null });
  }

  const chosen: CompiledRecommendation[] = [];
  for (const recommendation of compiled.recommendations) {
    const dimension = dimensions[recommendation.dimensionIndex];
    if (!dimension) continue;
    if (recommendation.profiles && (profile === null || !recommendation.profiles.includes(profile))) continue;
    if (recommendation.stages && (stage === null || !recommendation.stages.includes(stage))) continue;
    if (
      recommendation.levels &&
      (dimension.level === null || !recommendation.levels.includes(dimension.level))
    )
      continue;
    if (recommendation.when && !recommendation.when(state)) continue;
    chosen.push(recommendation);
  }
  const gap = (recommendation: CompiledRecommendation) =>
    100 - (dimensions[recommendation.dimensionIndex]!.score ?? 100);
  chosen.sort(
    (a, b) =>
      PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || gap(b) - gap(a) || a.position - b.position,
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
    profile,
    stage,
    indices,
    recommendations: chosen.map((recommendation) => {
      const dimension = dimensions[recommendation.dimensionIndex]!;
      return {
        id: recommendation.id,
        dimension: dimension.id,
        area: dimension.area,
        priority: recommendation.priority,
        reason: { dimension: dimension.id, score: dimension.score, level: dimension.level },
      };
    }),
  };
}
