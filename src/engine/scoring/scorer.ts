// compileScorer(): a questionnaire turned once into a function (answers) → Result, which score() calls.
//
// Everything that depends only on the questionnaire is worked out here, once per questionnaire object
// (cached in a WeakMap beside compile()'s tables): each dimension's questions and weights as flat arrays,
// the level of every whole score 0–100, each index's level by points, which profiles, stages and levels
// each recommendation is for. A call then reads the answers in asking order into arrays sized in advance
// and builds the result's plain objects; no closures, spreads or searches by id per call. The result is
// the same, key for key, as the straightforward score() it replaced (a property test holds it to that).
import { compile, levelOf, type CompiledQuestion, type CompiledQuestionnaire } from '../model/compile.js';
import type { Answer, Answers, PriorityName, Questionnaire } from '../model/schema.js';
import type { AreaResult, DimensionResult, IndexResult, RecommendationResult, Result } from './result.js';
import { Evaluation, readAnswer } from './state.js';

/** Scores answers against the one questionnaire it was compiled for. Answers may be raw input. */
export type Scorer = (answers: Answers | Readonly<Record<string, unknown>>) => Result;

const PRIORITY_RANK: Record<PriorityName, number> = { high: 0, medium: 1, low: 2 };

const scorers = new WeakMap<Questionnaire, Scorer>();

/** The scorer of a (validated) questionnaire, compiled on first use and kept while the object lives. */
export function compileScorer(questionnaire: Questionnaire): Scorer {
  let scorer = scorers.get(questionnaire);
  if (!scorer) {
    scorer = buildScorer(compile(questionnaire));
    scorers.set(questionnaire, scorer);
  }
  return scorer;
}

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

/** Ids allowed by a recommendation's list (null: any), as a flag per rule of `rules`. */
function allowedBy(list: readonly string[] | null, rules: readonly { id: string }[]): boolean[] | null {
  return list === null ? null : rules.map((rule) => list.includes(rule.id));
}

function buildScorer(compiled: CompiledQuestionnaire): Scorer {
  const { questionnaire, questions, levels } = compiled;
  const questionCount = questions.length;
  const dimensionCount = questionnaire.dimensions.length;
  const areaCount = questionnaire.areas.length;
  const dimensionIds = questionnaire.dimensions.map((dimension) => dimension.id);
  const dimensionAreaIds = questionnaire.dimensions.map((dimension) => dimension.area);
  const areaIds = questionnaire.areas.map((area) => area.id);
  const { dimensionArea, dimensionWeight, areaWeight } = compiled;
  const dimensionQuestions = compiled.questionsByDimension;
  const contextQuestions = questions.filter((question) => question.dimensionIndex === -1);
  const identity = { id: questionnaire.id, version: questionnaire.version };

  // The level of each whole score; scores are whole numbers 0–100, others fall back to levelOf().
  const levelByScore = Array.from({ length: 101 }, (_, value) => levelOf(levels, value));
  const levelAt = (value: number | null): string | null =>
    value === null
      ? null
      : Number.isInteger(value) && value >= 0 && value <= 100
        ? levelByScore[value]!
        : levelOf(levels, value);

  const indices = compiled.indices.map((index) => ({
    id: index.id,
    items: index.items,
    max: index.items.length,
    // Points run 0…items; the first band holding them, as the bands are written.
    levelByPoints: Array.from(
      { length: index.items.length + 1 },
      (_, points) => index.levels.find((band) => points >= band.min && points <= band.max)?.id ?? null,
    ),
  }));
  const indexCount = indices.length;

  const recommendations = compiled.recommendations.map((recommendation) => ({
    id: recommendation.id,
    dimensionIndex: recommendation.dimensionIndex,
    priority: recommendation.priority,
    rank: PRIORITY_RANK[recommendation.priority],
    sequence: recommendation.sequence,
    profiles: allowedBy(recommendation.profiles, compiled.profiles),
    stages: allowedBy(recommendation.stages, compiled.stages),
    levels: recommendation.levels,
    when: recommendation.when,
    position: recommendation.position,
  }));
  const recommendationCount = recommendations.length;
  // Per call: which recommendations were chosen (by position) and their sort keys.
  const chosen = new Int32Array(recommendationCount);
  const chosenGap = new Float64Array(recommendationCount);

  return (answers) => {
    const state = new Evaluation(compiled);
    // Anything but a plain object holds no answers (parseAnswers refuses it the same way).
    const input = answers !== null && typeof answers === 'object' && !Array.isArray(answers) ? answers : null;
    const visible = state.visible;
    const given = state.answers;
    for (let order = 0; order < questionCount; order += 1) {
      const question = questions[order]!;
      const shown = question.visibleIf === null || question.visibleIf(state);
      visible.push(shown);
      given.push(shown && input !== null ? readAnswer(question, input) : undefined);
    }
    const profile = state.profile();
    const stage = state.stage();
    const profileRule = state.profileRule;
    const stageRule = state.stageRule;

    const dimensions: DimensionResult[] = new Array(dimensionCount);
    const dimensionLevels: (string | null)[] = new Array(dimensionCount);
    const unknown: string[] = [];
    const areaSums = new Float64Array(areaCount);
    const areaWeights = new Float64Array(areaCount);
    let answeredTotal = 0;
    let visibleTotal = 0;
    for (let dimensionIndex = 0; dimensionIndex < dimensionCount; dimensionIndex += 1) {
      const list = dimensionQuestions[dimensionIndex]!;
      let sum = 0;
      let weight = 0;
      let answered = 0;
      let counted = 0;
      let shown = 0;
      for (let item = 0; item < list.length; item += 1) {
        const question = list[item]!;
        if (!visible[question.order]) continue;
        shown += 1;
        const answer = given[question.order];
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
      let rounded: number | null = null;
      if (weight > 0) {
        const raw = sum / weight;
        const area = dimensionArea[dimensionIndex]!;
        const dimensionWeightHere = dimensionWeight[dimensionIndex]!;
        areaSums[area]! += raw * dimensionWeightHere;
        areaWeights[area]! += dimensionWeightHere;
        rounded = Math.round(raw * 100);
      }
      state.dimensionScores.push(rounded);
      const level = levelAt(rounded);
      dimensionLevels[dimensionIndex] = level;
      dimensions[dimensionIndex] = {
        id: dimensionIds[dimensionIndex]!,
        area: dimensionAreaIds[dimensionIndex]!,
        score: rounded,
        level,
        answered,
        counted,
        visible: shown,
      };
      answeredTotal += answered;
      visibleTotal += shown;
    }
    // Context questions count towards completeness too: they are part of what the firm is asked.
    for (let item = 0; item < contextQuestions.length; item += 1) {
      const order = contextQuestions[item]!.order;
      if (!visible[order]) continue;
      visibleTotal += 1;
      if (given[order] !== undefined) answeredTotal += 1;
    }

    const areas: AreaResult[] = new Array(areaCount);
    let overallSum = 0;
    let overallWeight = 0;
    for (let areaIndex = 0; areaIndex < areaCount; areaIndex += 1) {
      let rounded: number | null = null;
      if (areaWeights[areaIndex]! > 0) {
        const raw = areaSums[areaIndex]! / areaWeights[areaIndex]!;
        overallSum += raw * areaWeight[areaIndex]!;
        overallWeight += areaWeight[areaIndex]!;
        rounded = Math.round(raw * 100);
      }
      state.areaScores.push(rounded);
      areas[areaIndex] = { id: areaIds[areaIndex]!, score: rounded, level: levelAt(rounded) };
    }
    const overallScore = overallWeight > 0 ? Math.round((overallSum / overallWeight) * 100) : null;
    state.overallScore = overallScore;

    const indexResults: IndexResult[] = new Array(indexCount);
    for (let position = 0; position < indexCount; position += 1) {
      const index = indices[position]!;
      let points = 0;
      for (let item = 0; item < index.max; item += 1) if (index.items[item]!(state)) points += 1;
      state.indexPoints.push(points);
      indexResults[position] = {
        id: index.id,
        points,
        max: index.max,
        level: index.levelByPoints[points]!,
      };
    }

    // Chosen recommendations, then sorted by `order` (steps that come first by logic), priority, the
    // largest gap to 100, definition order: an insertion sort on at most a few dozen items.
    let chosenCount = 0;
    for (let position = 0; position < recommendationCount; position += 1) {
      const recommendation = recommendations[position]!;
      const dimensionIndex = recommendation.dimensionIndex;
      if (dimensionIndex < 0 || dimensionIndex >= dimensionCount) continue;
      if (recommendation.profiles && (profile === null || !recommendation.profiles[profileRule])) continue;
      if (recommendation.stages && (stage === null || !recommendation.stages[stageRule])) continue;
      if (recommendation.levels) {
        const level = dimensionLevels[dimensionIndex]!;
        if (level === null || !recommendation.levels.includes(level)) continue;
      }
      if (recommendation.when && !recommendation.when(state)) continue;
      const gap = 100 - (dimensions[dimensionIndex]!.score ?? 100);
      let slot = chosenCount;
      while (slot > 0) {
        const before = recommendations[chosen[slot - 1]!]!;
        const difference =
          before.sequence - recommendation.sequence ||
          before.rank - recommendation.rank ||
          gap - chosenGap[slot - 1]!;
        if (!(difference > 0)) break;
        chosen[slot] = chosen[slot - 1]!;
        chosenGap[slot] = chosenGap[slot - 1]!;
        slot -= 1;
      }
      chosen[slot] = position;
      chosenGap[slot] = gap;
      chosenCount += 1;
    }
    const recommendationResults: RecommendationResult[] = new Array(chosenCount);
    for (let slot = 0; slot < chosenCount; slot += 1) {
      const recommendation = recommendations[chosen[slot]!]!;
      const dimension = dimensions[recommendation.dimensionIndex]!;
      recommendationResults[slot] = {
        id: recommendation.id,
        dimension: dimension.id,
        area: dimension.area,
        priority: recommendation.priority,
        reason: { dimension: dimension.id, score: dimension.score, level: dimension.level },
      };
    }

    return {
      questionnaire: { id: identity.id, version: identity.version },
      overall: { score: overallScore, level: levelAt(overallScore) },
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
      indices: indexResults,
      recommendations: recommendationResults,
    };
  };
}
