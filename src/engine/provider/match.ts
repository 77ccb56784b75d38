// matchServices(): a result + the questionnaire it came from + a provider profile → the provider's
// services that fit this firm now, in the order the results show them. Pure and deterministic: the
// clock is an argument, and only arrays are walked, so the key order of the objects passed changes
// nothing. Keys and numbers out, no sentences. Expects a profile that passed validateProvider(); its
// references need not resolve in this questionnaire (an unknown id simply matches nothing).
//
// What a service's `for` means. Every criterion given must hold; within one list any entry is enough:
//   profiles         the result's profile is one of them (a result without a profile matches none);
//   stages           likewise the result's stage;
//   dimensions       at least one of them is in need: it has a recommendation in this result, or, when
//                    `levels` is given too, its level is one of `levels`. Those are the dimensions the
//                    service serves;
//   levels           with `dimensions`, as above; without, the overall level is one of them;
//   recommendations  the result holds at least one of them;
//   when             the condition holds, evaluated by the questionnaire's compiled predicates over the
//                    answers given (none when `answers` is left out: question tests then see unanswered
//                    questions) and the result's profile, stage, scores and index points.
// A service with no criteria is offered to everyone. The recommendations a service serves are those of
// the result named in its `recommendations` or on a dimension it serves.
//
// Dates. A dated service is offered until its last instant, then dropped: its `end`, or its `start` when
// it has no end; a date (no time) as that last instant means the last millisecond of that day in UTC, a
// date-time means itself. So an event ending today is offered all day, and one ending at 17:00Z is
// offered at 17:00:00.000Z and dropped one millisecond later. Services already under way are offered
// (a programme that has begun may still take firms); a provider who wants otherwise ends it at the
// application deadline. A `now` that is not a number drops every dated service rather than risk
// showing a past one.
//
// Order. Services serving the result's first recommendation come first, then those serving its second,
// and so on (a service ranks by the best recommendation it serves); then services that fit but serve
// none. Within each rank, services with a `start` come first, soonest first, then the rest, each tie in
// the provider's order.
import { compile, type CompiledQuestionnaire } from '../model/compile.js';
import type { EvaluationState } from '../model/predicates.js';
import { compilePredicate } from '../model/predicates.js';
import type { Answers, Questionnaire } from '../model/schema.js';
import type { Result } from '../scoring/result.js';
import { evaluateAnswers } from '../scoring/state.js';
import { endInstant, startInstant } from './dates.js';
import type { Provider, Service, ServiceKindName } from './schema.js';

export interface MatchOptions {
  /** The moment to match at: a Date or milliseconds since 1970. Never read from the clock here. */
  now: Date | number;
  /** The answers behind `result`, for `when` conditions that test questions. */
  answers?: Answers | Readonly<Record<string, unknown>>;
}

export interface ServiceMatch {
  id: string;
  kind: ServiceKindName;
  /** Ids of this result's recommendations it serves, in the result's order. */
  recommendations: string[];
  /** The dimensions it serves here, in the questionnaire's order: those of `for.dimensions` in need and those of the recommendations it serves. */
  dimensions: string[];
  /** What chose it, as data for the words the components put around it. */
  reason: {
    /** The result's profile when `for.profiles` decided; otherwise null. */
    profile: string | null;
    stage: string | null;
    /** Score and level of each of `dimensions`, in the same order. */
    dimensions: { id: string; score: number | null; level: string | null }[];
    /** The overall score and level when `for.levels` without `for.dimensions` decided; otherwise null. */
    overall: { score: number | null; level: string | null } | null;
    /** true when `for.when` held (a service whose condition fails is not offered); null without one. */
    condition: boolean | null;
  };
  /** As written in the profile, or null. */
  start: string | null;
  end: string | null;
}

/** The services of `provider` that fit `result` at `options.now`, best first. */
export function matchServices(
  result: Result,
  questionnaire: Questionnaire,
  provider: Provider,
  options: MatchOptions,
): ServiceMatch[] {
  const now = typeof options.now === 'number' ? options.now : options.now.getTime();
  const compiled = compile(questionnaire);
  let state: EvaluationState | undefined;
  const rank = new Map(result.recommendations.map((recommendation, index) => [recommendation.id, index]));
  const recommended = new Set(result.recommendations.map((recommendation) => recommendation.dimension));
  const ranked: { match: ServiceMatch; rank: number; start: number | null; position: number }[] = [];

  provider.services.forEach((service, position) => {
    if (isOver(service, now)) return;
    const target = service.for ?? {};
    const { profiles, stages, levels, recommendations } = target;
    if (profiles && !includes(profiles, result.profile)) return;
    if (stages && !includes(stages, result.stage)) return;
    if (levels && !target.dimensions && !includes(levels, result.overall.level)) return;
    const named = new Set(target.dimensions);
    const inNeed = result.dimensions
      .filter(
        (dimension) =>
          named.has(dimension.id) &&
          (levels ? includes(levels, dimension.level) : recommended.has(dimension.id)),
      )
      .map((dimension) => dimension.id);
    if (target.dimensions && inNeed.length === 0) return;
    if (recommendations && !result.recommendations.some((item) => recommendations.includes(item.id))) return;
    if (target.when) {
      state ??= resultState(compiled, result, options.answers);
      if (!compilePredicate(target.when, compiled.scope)(state)) return;
    }

    const served = result.recommendations.filter(
      (item) => recommendations?.includes(item.id) === true || inNeed.includes(item.dimension),
    );
    const servedDimensions = new Set([...inNeed, ...served.map((item) => item.dimension)]);
    const dimensions = result.dimensions.filter((dimension) => servedDimensions.has(dimension.id));
    ranked.push({
      match: {
        id: service.id,
        kind: service.kind,
        recommendations: served.map((item) => item.id),
        dimensions: dimensions.map((dimension) => dimension.id),
        reason: {
          profile: profiles ? result.profile : null,
          stage: stages ? result.stage : null,
          dimensions: dimensions.map(({ id, score, level }) => ({ id, score, level })),
          overall:
            levels && !target.dimensions
              ? { score: result.overall.score, level: result.overall.level }
              : null,
          condition: target.when ? true : null,
        },
        start: service.start ?? null,
        end: service.end ?? null,
      },
      rank: served.reduce((best, item) => Math.min(best, rank.get(item.id)!), Infinity),
      start: service.start === undefined ? null : startInstant(service.start),
      position,
    });
  });

  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.start === null ? 1 : 0) - (b.start === null ? 1 : 0) ||
      (a.start ?? 0) - (b.start ?? 0) ||
      a.position - b.position,
  );
  return ranked.map((item) => item.match);
}

function includes(ids: readonly string[], id: string | null): boolean {
  return id !== null && ids.includes(id);
}

/** Past its last instant (see the header); an unparsable date or `now` counts as over. */
function isOver(service: Service, now: number): boolean {
  const last = service.end ?? service.start;
  if (last === undefined) return false;
  const instant = endInstant(last);
  return instant === null || !(now <= instant);
}

/**
 * What a service's `when` reads: the answers' visibility and values (evaluateAnswers, as score() has
 * them), and the rest from the result, looked up by id so a result of another version cannot shift
 * one dimension's score onto another.
 */
function resultState(
  compiled: CompiledQuestionnaire,
  result: Result,
  answers: MatchOptions['answers'],
): EvaluationState {
  const evaluation = evaluateAnswers(compiled, answers ?? {});
  const scoreOf = (list: readonly { id: string; score: number | null }[], id: string) =>
    list.find((item) => item.id === id)?.score ?? null;
  const { questionnaire } = compiled;
  return {
    visible: evaluation.visible,
    answers: evaluation.answers,
    profile: () => result.profile,
    stage: () => result.stage,
    dimensionScores: questionnaire.dimensions.map((dimension) => scoreOf(result.dimensions, dimension.id)),
    areaScores: questionnaire.areas.map((area) => scoreOf(result.areas, area.id)),
    overallScore: result.overall.score,
    indexPoints: (questionnaire.indices ?? []).map(
      (index) => result.indices.find((item) => item.id === index.id)?.points ?? null,
    ),
  };
}
