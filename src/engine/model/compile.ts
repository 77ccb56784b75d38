// A validated questionnaire turned into lookup tables, once per questionnaire object (cached in a
// WeakMap), so that scoring does no searching: asking order, pages, option positions and scores, and
// each dimension's questions. Everything here is derived; the questionnaire object is never changed.
import { COUNTRY_CODES } from './countries.js';
import { compilePredicate, type Predicate, type PredicateScope } from './predicates.js';
import type {
  Area,
  Dimension,
  Index,
  Level,
  Option,
  PriorityName,
  Profile,
  Question,
  Questionnaire,
  Recommendation,
} from './schema.js';

export interface CompiledOption {
  readonly option: Option;
  /** Position in the question's options, used by `atLeast` / `atMost` on ordered choices. */
  readonly position: number;
  /** `null` when the answer is left out of the score. */
  readonly score: number | null;
}

export interface CompiledQuestion {
  readonly question: Question;
  readonly id: string;
  /** Position in asking order. */
  readonly order: number;
  readonly weight: number;
  /** Index of its dimension in `questionnaire.dimensions`, or -1 for a context question. */
  readonly dimensionIndex: number;
  readonly options: ReadonlyMap<string, CompiledOption>;
  /** The options' ids, scores and exclusivity by position: scoring scans these short arrays. */
  readonly optionIds: readonly string[];
  readonly optionScores: readonly (number | null)[];
  readonly optionExclusive: readonly boolean[];
  /** Country questions: the codes it accepts (its `countries`, or every code); null for other types. */
  readonly countries: ReadonlySet<string> | null;
  /** Its `visibleIf`, compiled; null when always visible. */
  visibleIf: Predicate | null;
}

export interface CompiledRule {
  readonly id: string;
  readonly when: Predicate | null;
}

export interface CompiledRecommendation {
  readonly id: string;
  readonly dimensionIndex: number;
  readonly priority: PriorityName;
  readonly profiles: readonly string[] | null;
  readonly stages: readonly string[] | null;
  readonly levels: readonly string[] | null;
  readonly when: Predicate | null;
  /** Its `order`, or 1000 (after every ordered step) when it has none. */
  readonly sequence: number;
  readonly position: number;
}

export interface CompiledIndex {
  readonly id: string;
  readonly items: readonly Predicate[];
  readonly levels: readonly { id: string; min: number; max: number }[];
}

export interface Page {
  /** `context` for the profile questions, otherwise the dimension's id. */
  readonly id: string;
  readonly dimension: Dimension | null;
  readonly questions: readonly Question[];
}

export interface CompiledQuestionnaire {
  readonly questionnaire: Questionnaire;
  /** Definitions by id, for the components that turn a result's ids into words. */
  area(id: string): Area | undefined;
  dimension(id: string): Dimension | undefined;
  level(id: string | null | undefined): Level | undefined;
  profile(id: string | null | undefined): Profile | undefined;
  stage(id: string | null | undefined): Profile | undefined;
  index(id: string): Index | undefined;
  recommendation(id: string): Recommendation | undefined;
  readonly questions: readonly CompiledQuestion[];
  readonly byId: ReadonlyMap<string, CompiledQuestion>;
  readonly pages: readonly Page[];
  readonly dimensionQuestions: ReadonlyMap<string, readonly CompiledQuestion[]>;
  /** The questions of each dimension, by the dimension's index. */
  readonly questionsByDimension: readonly (readonly CompiledQuestion[])[];
  /** The area index of each dimension. */
  readonly dimensionArea: readonly number[];
  readonly dimensionWeight: readonly number[];
  readonly areaWeight: readonly number[];
  readonly levels: readonly Level[];
  readonly profiles: readonly CompiledRule[];
  readonly stages: readonly CompiledRule[];
  readonly indices: readonly CompiledIndex[];
  readonly recommendations: readonly CompiledRecommendation[];
  /** How a condition's ids resolve here: compiles conditions written elsewhere (a provider's services). */
  readonly scope: PredicateScope;
}

/** The id of the page that holds the questions without a dimension. */
export const CONTEXT_PAGE = 'context';

const cache = new WeakMap<Questionnaire, CompiledQuestionnaire>();

/** Asking order: context questions first, then each dimension's questions in the dimensions' order. */
export function askingOrder(questionnaire: Questionnaire): { pages: Page[]; questions: Question[] } {
  const pages: Page[] = [];
  const context = questionnaire.questions.filter((question) => question.dimension === undefined);
  if (context.length > 0) pages.push({ id: CONTEXT_PAGE, dimension: null, questions: context });
  for (const dimension of questionnaire.dimensions) {
    const questions = questionnaire.questions.filter((question) => question.dimension === dimension.id);
    if (questions.length > 0) pages.push({ id: dimension.id, dimension, questions });
  }
  return { pages, questions: pages.flatMap((page) => page.questions) };
}

export function compile(questionnaire: Questionnaire): CompiledQuestionnaire {
  const cached = cache.get(questionnaire);
  if (cached) return cached;
  const { pages, questions } = askingOrder(questionnaire);
  const dimensionIndex = new Map(questionnaire.dimensions.map((dimension, index) => [dimension.id, index]));
  const areaIndex = new Map(questionnaire.areas.map((area, index) => [area.id, index]));
  const compiledQuestions = questions.map((question, order): CompiledQuestion => {
    const options = new Map<string, CompiledOption>();
    (question.options ?? []).forEach((option, position) => {
      options.set(option.id, { option, position, score: option.score ?? null });
    });
    return {
      question,
      id: question.id,
      order,
      weight: question.weight ?? 1,
      dimensionIndex: question.dimension === undefined ? -1 : (dimensionIndex.get(question.dimension) ?? -1),
      options,
      optionIds: (question.options ?? []).map((option) => option.id),
      optionScores: (question.options ?? []).map((option) => option.score ?? null),
      optionExclusive: (question.options ?? []).map((option) => option.exclusive === true),
      countries: question.type === 'country' ? new Set(question.countries ?? COUNTRY_CODES) : null,
      visibleIf: null,
    };
  });
  const byId = new Map(compiledQuestions.map((compiled) => [compiled.question.id, compiled]));
  const scope: PredicateScope = {
    questionOrder: (id) => byId.get(id)?.order,
    optionPosition: (order, optionId) => {
      const option = compiledQuestions[order]?.options.get(optionId);
      // An explicit `score: null` marks "don't know": it has no place in the order.
      return option && option.option.score !== null ? option.position : null;
    },
    dimensionIndex: (id) => dimensionIndex.get(id) ?? -1,
    areaIndex: (id) => areaIndex.get(id) ?? -1,
    indexIndex: (id) => (questionnaire.indices ?? []).findIndex((index) => index.id === id),
  };
  for (const compiled of compiledQuestions)
    if (compiled.question.visibleIf)
      compiled.visibleIf = compilePredicate(compiled.question.visibleIf, scope);
  const rules = (list: Questionnaire['profiles']): CompiledRule[] =>
    (list ?? []).map((rule) => ({
      id: rule.id,
      when: rule.when ? compilePredicate(rule.when, scope) : null,
    }));
  const dimensionQuestions = new Map<string, CompiledQuestion[]>();
  for (const dimension of questionnaire.dimensions) dimensionQuestions.set(dimension.id, []);
  for (const compiled of compiledQuestions) {
    const dimension = compiled.question.dimension;
    if (dimension !== undefined) dimensionQuestions.get(dimension)?.push(compiled);
  }
  const levels = [...questionnaire.levels].sort((a, b) => a.min - b.min);
  const lookup = <T extends { id: string }>(items: readonly T[] | undefined) => {
    const byKey = new Map((items ?? []).map((item) => [item.id, item]));
    return (id: string | null | undefined) => (id == null ? undefined : byKey.get(id));
  };
  const result: CompiledQuestionnaire = {
    questionnaire,
    area: lookup(questionnaire.areas),
    dimension: lookup(questionnaire.dimensions),
    level: lookup(questionnaire.levels),
    profile: lookup(questionnaire.profiles),
    stage: lookup(questionnaire.stages),
    index: lookup(questionnaire.indices),
    recommendation: lookup(questionnaire.recommendations),
    questions: compiledQuestions,
    byId,
    pages,
    dimensionQuestions,
    questionsByDimension: questionnaire.dimensions.map(
      (dimension) => dimensionQuestions.get(dimension.id) ?? [],
    ),
    dimensionArea: questionnaire.dimensions.map((dimension) => areaIndex.get(dimension.area) ?? -1),
    dimensionWeight: questionnaire.dimensions.map((dimension) => dimension.weight ?? 1),
    areaWeight: questionnaire.areas.map((area) => area.weight ?? 1),
    levels,
    profiles: rules(questionnaire.profiles),
    stages: rules(questionnaire.stages),
    indices: (questionnaire.indices ?? []).map((index) => ({
      id: index.id,
      items: index.items.map((item) => compilePredicate(item.when, scope)),
      levels: index.levels.map((band) => ({ id: band.id, min: band.min, max: band.max })),
    })),
    recommendations: (questionnaire.recommendations ?? []).map((recommendation, position) => ({
      id: recommendation.id,
      dimensionIndex: dimensionIndex.get(recommendation.dimension) ?? -1,
      priority: recommendation.priority,
      profiles: recommendation.profiles ?? null,
      stages: recommendation.stages ?? null,
      levels: recommendation.levels ?? null,
      when: recommendation.when ? compilePredicate(recommendation.when, scope) : null,
      sequence: recommendation.order ?? 1000,
      position,
    })),
    scope,
  };
  cache.set(questionnaire, result);
  return result;
}

/** The level whose band holds a 0–100 score (min inclusive, max exclusive; 100 falls in the top band). */
export function levelOf(levels: readonly Level[], score: number | null): string | null {
  if (score === null) return null;
  let top: Level | undefined;
  for (const level of levels) {
    if (score >= level.min && score < level.max) return level.id;
    if (level.max === 100) top = level;
  }
  return score === 100 && top ? top.id : null;
}
