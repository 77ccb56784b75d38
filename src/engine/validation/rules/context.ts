// What every rule of a questionnaire reads and how it reports: the questionnaire, each kind's ids
// (duplicates reported once, here), questions by id and their asking order. Built once per validation.
import { askingOrder } from '../../model/compile.js';
import { formatPath, type PathSegment, type Problem } from '../../model/problems.js';
import type { Question, Questionnaire } from '../../model/schema.js';

export type Report = (path: PathSegment[], code: string, message: string) => void;

export interface RuleContext {
  readonly questionnaire: Questionnaire;
  readonly report: Report;
  /** Reports duplicate ids among `items` (at `path`) and returns the ids. */
  unique(items: readonly { id: string }[], path: PathSegment[], what: string): Set<string>;
  readonly ids: {
    readonly areas: ReadonlySet<string>;
    readonly dimensions: ReadonlySet<string>;
    readonly profiles: ReadonlySet<string>;
    readonly stages: ReadonlySet<string>;
    readonly levels: ReadonlySet<string>;
    readonly indices: ReadonlySet<string>;
  };
  readonly questionById: ReadonlyMap<string, Question>;
  /** Each question's position in asking order. */
  readonly askingOrder: ReadonlyMap<string, number>;
}

/** A Report that collects into `problems`, with paths formatted as the engine's Problem has them. */
export function reportInto(problems: Problem[]): Report {
  return (path, code, message) => problems.push({ path: formatPath(path), code, message });
}

/** Reports duplicate ids among `items` (at `path`, named `what` in messages) and returns the ids. */
export function uniqueIds(
  items: readonly { id: string }[],
  path: PathSegment[],
  what: string,
  report: Report,
): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id))
      report([...path, index, 'id'], 'duplicate_id', `Duplicate ${what} id "${item.id}".`);
    seen.add(item.id);
  });
  return seen;
}

export function ruleContext(questionnaire: Questionnaire, problems: Problem[]): RuleContext {
  const report = reportInto(problems);
  const unique = (items: readonly { id: string }[], path: PathSegment[], what: string): Set<string> =>
    uniqueIds(items, path, what, report);
  // In the order the definition reads, so problems come out in that order too.
  const areas = unique(questionnaire.areas, ['areas'], 'area');
  const dimensions = unique(questionnaire.dimensions, ['dimensions'], 'dimension');
  unique(questionnaire.questions, ['questions'], 'question');
  const profiles = unique(questionnaire.profiles ?? [], ['profiles'], 'profile');
  const stages = unique(questionnaire.stages ?? [], ['stages'], 'stage');
  const levels = unique(questionnaire.levels, ['levels'], 'level');
  const indices = unique(questionnaire.indices ?? [], ['indices'], 'index');
  unique(questionnaire.recommendations ?? [], ['recommendations'], 'recommendation');
  const ids = { areas, dimensions, profiles, stages, levels, indices };
  const { questions: ordered } = askingOrder(questionnaire);
  return {
    questionnaire,
    report,
    unique,
    ids,
    questionById: new Map(questionnaire.questions.map((question) => [question.id, question])),
    askingOrder: new Map(ordered.map((question, order) => [question.id, order])),
  };
}
