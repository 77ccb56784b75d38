// validateQuestionnaire(): unknown input → the typed questionnaire, or every problem found at once.
//
// Three passes, each only when the previous one passed: (1) the input is JSON-like and not absurdly deep,
// (2) its shape matches the zod schema (issues turned into our paths, codes and English messages),
// (3) the rules that span fields: unique ids, references, asking order of conditions, level bands,
// scorable dimensions, safe URLs and text keys present in every locale. It never throws.
import * as z from 'zod/mini';
import { askingOrder } from './compile.js';
import { conditionUse, MAX_CONDITION_DEPTH, type ConditionUse } from './conditions.js';
import { isSafeUrl } from './url.js';
import { describeValue, formatPath, type PathSegment, type Problem } from './problems.js';
import { QuestionnaireSchema, type Condition, type Questionnaire, type TextResource } from './schema.js';

export { isSafeUrl };

export type ValidationResult = { ok: true; value: Questionnaire } | { ok: false; problems: Problem[] };

/** Input nesting deeper than this is refused before parsing, so nothing can overflow the stack. */
const MAX_INPUT_DEPTH = 64;

/** Validates a questionnaire definition: an object, or its JSON text. */
export function validateQuestionnaire(input: unknown): ValidationResult {
  try {
    return validate(input);
  } catch (error) {
    // Nothing above should throw; if a host hands us an exotic object (a throwing getter, a Proxy), say so.
    return {
      ok: false,
      problems: [{ path: '', code: 'unreadable', message: `The input could not be read: ${String(error)}` }],
    };
  }
}

function validate(input: unknown): ValidationResult {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return fail([{ path: '', code: 'invalid_json', message: `The text is not valid JSON: ${detail}` }]);
    }
  }
  const depthPath = tooDeep(value);
  if (depthPath) {
    return fail([
      {
        path: formatPath(depthPath),
        code: 'too_deep',
        message: `The definition nests deeper than ${MAX_INPUT_DEPTH} levels here.`,
      },
    ]);
  }
  const parsed = QuestionnaireSchema.safeParse(value);
  if (!parsed.success) return fail(shapeProblems(parsed.error.issues, value));
  const problems = ruleProblems(parsed.data);
  return problems.length > 0 ? fail(problems) : { ok: true, value: parsed.data };
}

function fail(problems: Problem[]): ValidationResult {
  return { ok: false, problems };
}

/** Iterative depth check (a recursive one could itself overflow); also stops cyclic objects. */
function tooDeep(root: unknown): PathSegment[] | null {
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) return path;
    if (Array.isArray(value))
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    else for (const [key, item] of Object.entries(value)) stack.push({ value: item, path: [...path, key] });
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Shape: zod issues → problems

type Issue = z.core.$ZodIssue;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, segment) ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
  }
  return value;
}

function shapeProblems(
  issues: readonly Issue[],
  root: unknown,
  base: readonly PropertyKey[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
      problems.push(...unionProblems(issue.errors, root, path));
      continue;
    }
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          path: formatPath([...path, key]),
          code: 'unknown_field',
          message: `Unknown field "${key}"${suggestion(key)}.`,
        });
      }
      continue;
    }
    problems.push({ path: formatPath(path), ...describeIssue(issue, valueAt(root, path), path) });
  }
  return problems;
}

const KNOWN_FIELDS = [
  'visibleIf',
  'dimension',
  'options',
  'exclusive',
  'priority',
  'recommendations',
  'description',
  'shortTitle',
  'estimatedMinutes',
  'defaultLocale',
  'atLeast',
  'atMost',
  'includes',
  'answered',
  'equals',
  'question',
  'profiles',
  'stages',
  'levels',
  'weight',
  'options',
  'label',
  'title',
  'score',
];

/** "Did you mean" for near-miss field names, the commonest authoring slip. */
function suggestion(key: string): string {
  const lower = key.toLowerCase();
  const match = KNOWN_FIELDS.find(
    (field) => field.toLowerCase() !== lower && editDistance(field.toLowerCase(), lower) <= 2,
  );
  return match ? ` (did you mean "${match}"?)` : '';
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

const CONDITION_PARENTS = new Set(['visibleIf', 'when', 'all', 'any', 'not']);

function isConditionPath(path: readonly PropertyKey[]): boolean {
  const last = path[path.length - 1];
  const parent = typeof last === 'number' ? path[path.length - 2] : last;
  return typeof parent === 'string' && CONDITION_PARENTS.has(parent);
}

/** A union failed: report the branch the author most likely meant, judged by how little is wrong in it. */
function unionProblems(
  branches: readonly (readonly Issue[])[],
  root: unknown,
  path: PropertyKey[],
): Problem[] {
  const costs = branches.map((issues) => {
    let cost = 0;
    for (const issue of issues) {
      if (issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value'))
        return Infinity;
      cost += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    }
    return cost;
  });
  const best = Math.min(...costs);
  const value = valueAt(root, path);
  const condition = isConditionPath(path);
  if (best === Infinity || (condition && costs.filter((cost) => cost === best).length > 1)) {
    return [
      {
        path: formatPath(path),
        code: condition ? 'invalid_condition' : 'invalid_type',
        message: condition
          ? `Not a condition (got ${describeValue(value)}): use an object with one of "all", "any", "not", "question", "score", "profile", "stage" or "index".`
          : `Expected ${expectedOf(branches)}, got ${describeValue(value)}.`,
      },
    ];
  }
  return shapeProblems(branches[costs.indexOf(best)]!, root, path);
}

function expectedOf(branches: readonly (readonly Issue[])[]): string {
  const kinds = new Set<string>();
  for (const issues of branches)
    for (const issue of issues) {
      if (issue.path.length > 0) continue;
      if (issue.code === 'invalid_type') kinds.add(article(issue.expected));
      if (issue.code === 'invalid_value') issue.values.forEach((value) => kinds.add(JSON.stringify(value)));
    }
  return [...kinds].join(' or ') || 'another value';
}

function article(kind: string): string {
  return kind === 'array' || kind === 'object' || kind === 'int'
    ? `an ${kind === 'int' ? 'integer' : kind}`
    : `a ${kind}`;
}

function describeIssue(issue: Issue, value: unknown, path: readonly PropertyKey[]): Omit<Problem, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        return {
          code: 'required',
          message: `Missing required field "${String(path[path.length - 1])}" (${article(issue.expected)}).`,
        };
      }
      return {
        code: 'invalid_type',
        message: `Expected ${article(issue.expected)}, got ${describeValue(value)}.`,
      };
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? issue.minimum : issue.maximum;
      if (issue.origin === 'array') {
        return {
          code: issue.code,
          message: small ? `Needs at least ${bound} item(s).` : `Has more than ${bound} items.`,
        };
      }
      if (issue.origin === 'string') {
        return {
          code: issue.code,
          message: small
            ? `Must be at least ${bound} character(s) long.`
            : `Must be at most ${bound} characters long.`,
        };
      }
      const relation = small
        ? issue.inclusive
          ? 'at least'
          : 'greater than'
        : issue.inclusive
          ? 'at most'
          : 'less than';
      return { code: issue.code, message: `Must be ${relation} ${bound}, got ${describeValue(value)}.` };
    }
    case 'invalid_format':
      return {
        code: 'invalid_format',
        message: String(issue.pattern ?? '').includes('(\\.')
          ? `Not a text key: use letters, digits, "_" and "-", with "." between levels (got ${JSON.stringify(value)}).`
          : `Not an id: use 1–64 letters, digits, "_" and "-", starting with a letter or digit (got ${JSON.stringify(value)}).`,
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        message: `Must be one of ${issue.values.map((item) => JSON.stringify(item)).join(', ')}; got ${JSON.stringify(value)}.`,
      };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', message: `Must be a multiple of ${String(issue.divisor)}.` };
    default:
      return { code: issue.code, message: `Invalid value: ${describeValue(value)}.` };
  }
}

// ---------------------------------------------------------------------------------------------------
// Rules across fields

function ruleProblems(questionnaire: Questionnaire): Problem[] {
  const problems: Problem[] = [];
  const report = (path: PathSegment[], code: string, message: string) =>
    problems.push({ path: formatPath(path), code, message });

  const unique = (items: readonly { id: string }[], path: PathSegment[], what: string): Set<string> => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id))
        report([...path, index, 'id'], 'duplicate_id', `Duplicate ${what} id "${item.id}".`);
      seen.add(item.id);
    });
    return seen;
  };

  const areaIds = unique(questionnaire.areas, ['areas'], 'area');
  const dimensionIds = unique(questionnaire.dimensions, ['dimensions'], 'dimension');
  unique(questionnaire.questions, ['questions'], 'question');
  const profileIds = unique(questionnaire.profiles ?? [], ['profiles'], 'profile');
  const stageIds = unique(questionnaire.stages ?? [], ['stages'], 'stage');
  const levelIds = unique(questionnaire.levels, ['levels'], 'level');
  const indexIds = unique(questionnaire.indices ?? [], ['indices'], 'index');
  unique(questionnaire.recommendations ?? [], ['recommendations'], 'recommendation');

  // Locales
  if (!questionnaire.locales.includes(questionnaire.defaultLocale)) {
    report(
      ['defaultLocale'],
      'unknown_locale',
      `The default locale "${questionnaire.defaultLocale}" is not in "locales".`,
    );
  }
  questionnaire.locales.forEach((locale, index) => {
    if (!Object.hasOwn(questionnaire.texts, locale))
      report(
        ['locales', index],
        'missing_locale',
        `Locale "${locale}" is declared but "texts" has no "${locale}".`,
      );
  });

  // Areas and dimensions
  questionnaire.dimensions.forEach((dimension, index) => {
    if (!areaIds.has(dimension.area))
      report(['dimensions', index, 'area'], 'unknown_area', `Unknown area "${dimension.area}".`);
  });
  questionnaire.areas.forEach((area, index) => {
    if (!questionnaire.dimensions.some((dimension) => dimension.area === area.id))
      report(['areas', index], 'empty_area', `Area "${area.id}" has no dimension.`);
  });

  // Questions
  const { questions: ordered } = askingOrder(questionnaire);
  const orderOf = new Map(ordered.map((question, order) => [question.id, order]));
  const optionsOf = new Map(questionnaire.questions.map((question) => [question.id, question]));
  const scorable = new Set<string>();
  questionnaire.questions.forEach((question, index) => {
    const at = ['questions', index];
    if (question.dimension !== undefined && !dimensionIds.has(question.dimension))
      report([...at, 'dimension'], 'unknown_dimension', `Unknown dimension "${question.dimension}".`);
    const options = question.options ?? [];
    unique(options, [...at, 'options'], 'option');
    const scored = question.dimension !== undefined;
    if (question.type !== 'number' && options.length < 2)
      report(
        [...at, 'options'],
        'missing_options',
        `A ${question.type} question needs at least two options.`,
      );
    if (question.type === 'boolean') {
      for (const id of ['yes', 'no'])
        if (!options.some((option) => option.id === id))
          report(
            [...at, 'options'],
            'boolean_options',
            `A boolean question needs an option with id "${id}".`,
          );
    }
    options.forEach((option, optionIndex) => {
      if (scored && option.score === undefined)
        report(
          [...at, 'options', optionIndex, 'score'],
          'missing_score',
          'Options of a scored question need a "score" (0–1, or null to leave the answer out).',
        );
      if (option.exclusive && question.type !== 'multi')
        report(
          [...at, 'options', optionIndex, 'exclusive'],
          'exclusive_not_multi',
          'Only multi-choice options can be exclusive.',
        );
      if (option.score !== undefined && option.score !== null) scorable.add(question.id);
    });
    if (question.type === 'number') {
      if (question.min !== undefined && question.max !== undefined && question.min >= question.max)
        report(
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
        report(
          [...at, 'ranges'],
          'missing_ranges',
          'A scored number question needs "ranges" that map values to scores.',
        );
      ranges.forEach((range, rangeIndex) => {
        if (range.min !== undefined && range.max !== undefined && range.min >= range.max)
          report([...at, 'ranges', rangeIndex], 'invalid_bounds', `Range "max" must be greater than "min".`);
        const overlap = ranges.findIndex(
          (other, otherIndex) =>
            otherIndex < rangeIndex &&
            (other.min ?? -Infinity) < (range.max ?? Infinity) &&
            (range.min ?? -Infinity) < (other.max ?? Infinity),
        );
        if (overlap >= 0)
          report([...at, 'ranges', rangeIndex], 'range_overlap', `Overlaps ranges[${overlap}].`);
      });
      if (ranges.length > 0) scorable.add(question.id);
    } else {
      for (const key of ['min', 'max', 'step', 'unit', 'ranges'] as const)
        if (question[key] !== undefined)
          report([...at, key], 'not_for_type', `"${key}" applies to number questions only.`);
    }
  });
  questionnaire.dimensions.forEach((dimension, index) => {
    const hasScorable = questionnaire.questions.some(
      (question) => question.dimension === dimension.id && scorable.has(question.id),
    );
    if (!hasScorable)
      report(
        ['dimensions', index],
        'no_scorable_question',
        `Dimension "${dimension.id}" has no question that can score.`,
      );
  });

  // Conditions: references, what each place may look at, and asking order.
  const checkCondition = (
    condition: Condition,
    path: PathSegment[],
    allowed: { profile: boolean; stage: boolean; score: boolean; index: boolean },
  ): ConditionUse => {
    const use = conditionUse(condition);
    if (use.depth > MAX_CONDITION_DEPTH) {
      report(path, 'too_deep', `Conditions nest at most ${MAX_CONDITION_DEPTH} levels.`);
      return use;
    }
    walkTests(condition, path, (test, testPath) => {
      if ('question' in test) {
        const target = optionsOf.get(test.question);
        if (!target) {
          report([...testPath, 'question'], 'unknown_question', `Unknown question "${test.question}".`);
          return;
        }
        const operators = ['equals', 'in', 'includes', 'atLeast', 'atMost', 'answered'] as const;
        if (!operators.some((operator) => test[operator] !== undefined))
          report(
            testPath,
            'empty_test',
            `Say what to test: one of ${operators.map((name) => `"${name}"`).join(', ')}.`,
          );
        const optionIds = new Set((target.options ?? []).map((option) => option.id));
        const checkOption = (id: string | number, ...key: PathSegment[]) => {
          if (typeof id === 'number') {
            if (target.type !== 'number')
              report(
                [...testPath, ...key],
                'invalid_bound',
                `Question "${target.id}" is not a number question; compare with an option id.`,
              );
          } else if (!optionIds.has(id)) {
            report([...testPath, ...key], 'unknown_option', `Question "${target.id}" has no option "${id}".`);
          }
        };
        if (test.equals !== undefined) checkOption(test.equals, 'equals');
        test.in?.forEach((id, index) => checkOption(id, 'in', index));
        if (test.includes !== undefined) {
          if (target.type !== 'multi')
            report(
              [...testPath, 'includes'],
              'not_for_type',
              `"includes" applies to multi-choice questions; "${target.id}" is ${target.type}.`,
            );
          if (typeof test.includes === 'string') checkOption(test.includes, 'includes');
          else test.includes.forEach((id, index) => checkOption(id, 'includes', index));
        }
        if (test.atLeast !== undefined) checkOption(test.atLeast, 'atLeast');
        if (test.atMost !== undefined) checkOption(test.atMost, 'atMost');
      } else if ('score' in test) {
        const target = test.score;
        if (target !== 'overall' && 'dimension' in target && !dimensionIds.has(target.dimension))
          report(
            [...testPath, 'score', 'dimension'],
            'unknown_dimension',
            `Unknown dimension "${target.dimension}".`,
          );
        if (target !== 'overall' && 'area' in target && !areaIds.has(target.area))
          report([...testPath, 'score', 'area'], 'unknown_area', `Unknown area "${target.area}".`);
        if (!allowed.score)
          report(testPath, 'condition_not_allowed', 'Scores are not known here; test answers instead.');
      } else if ('profile' in test) {
        for (const id of typeof test.profile === 'string' ? [test.profile] : test.profile)
          if (!profileIds.has(id))
            report([...testPath, 'profile'], 'unknown_profile', `Unknown profile "${id}".`);
        if (!allowed.profile) report(testPath, 'condition_not_allowed', 'The profile is not known here.');
      } else if ('stage' in test) {
        for (const id of typeof test.stage === 'string' ? [test.stage] : test.stage)
          if (!stageIds.has(id)) report([...testPath, 'stage'], 'unknown_stage', `Unknown stage "${id}".`);
        if (!allowed.stage) report(testPath, 'condition_not_allowed', 'The stage is not known here.');
      } else if ('index' in test) {
        if (!indexIds.has(test.index))
          report([...testPath, 'index'], 'unknown_index', `Unknown index "${test.index}".`);
        if (!allowed.index) report(testPath, 'condition_not_allowed', 'Index points are not known here.');
      }
    });
    return use;
  };

  const answersOnly = { profile: false, stage: false, score: false, index: false };
  const profileQuestions = new Set<string>();
  (questionnaire.profiles ?? []).forEach((profile, index) => {
    if (profile.when)
      checkCondition(profile.when, ['profiles', index, 'when'], answersOnly).questions.forEach((id) =>
        profileQuestions.add(id),
      );
  });
  (questionnaire.stages ?? []).forEach((stage, index) => {
    if (stage.when) checkCondition(stage.when, ['stages', index, 'when'], { ...answersOnly, profile: true });
  });
  questionnaire.questions.forEach((question, index) => {
    if (!question.visibleIf) return;
    const path = ['questions', index, 'visibleIf'];
    const use = checkCondition(question.visibleIf, path, { ...answersOnly, profile: true });
    const own = orderOf.get(question.id) ?? -1;
    const direct = [...use.questions];
    const viaProfile = use.profile ? [...profileQuestions] : [];
    for (const [ids, how] of [
      [direct, ''],
      [viaProfile, ' (through the profile)'],
    ] as const) {
      for (const id of ids) {
        const order = orderOf.get(id);
        if (order === undefined) continue;
        if (id === question.id) report(path, 'cycle', `Question "${id}" depends on its own answer${how}.`);
        else if (order > own)
          report(
            path,
            'forward_reference',
            `Depends on question "${id}"${how}, which is asked later; a question can only depend on earlier ones.`,
          );
      }
    }
  });
  (questionnaire.indices ?? []).forEach((index, indexPosition) => {
    unique(index.items, ['indices', indexPosition, 'items'], 'item');
    unique(index.levels, ['indices', indexPosition, 'levels'], 'level');
    index.items.forEach((item, itemIndex) =>
      checkCondition(item.when, ['indices', indexPosition, 'items', itemIndex, 'when'], answersOnly),
    );
    checkBands(
      index.levels.map((band) => ({ min: band.min, max: band.max + 1 })),
      0,
      index.items.length + 1,
      ['indices', indexPosition, 'levels'],
      report,
      (value) => value - 1,
    );
  });
  (questionnaire.recommendations ?? []).forEach((recommendation, index) => {
    const at = ['recommendations', index];
    if (!dimensionIds.has(recommendation.dimension))
      report([...at, 'dimension'], 'unknown_dimension', `Unknown dimension "${recommendation.dimension}".`);
    recommendation.profiles?.forEach((id, position) => {
      if (!profileIds.has(id))
        report([...at, 'profiles', position], 'unknown_profile', `Unknown profile "${id}".`);
    });
    recommendation.stages?.forEach((id, position) => {
      if (!stageIds.has(id)) report([...at, 'stages', position], 'unknown_stage', `Unknown stage "${id}".`);
    });
    recommendation.levels?.forEach((id, position) => {
      if (!levelIds.has(id)) report([...at, 'levels', position], 'unknown_level', `Unknown level "${id}".`);
    });
    if (recommendation.when)
      checkCondition(recommendation.when, [...at, 'when'], {
        profile: true,
        stage: true,
        score: true,
        index: true,
      });
    recommendation.actions?.forEach((action, position) => {
      if (action.url !== undefined && !isSafeUrl(action.url))
        report(
          [...at, 'actions', position, 'url'],
          'unsafe_url',
          'Action URLs must be absolute https:, http: or mailto: addresses.',
        );
    });
  });

  checkBands(questionnaire.levels, 0, 100, ['levels'], report, (value) => value);
  checkTexts(questionnaire, report);
  return problems;
}

/** Bands must tile [start, end): sorted by min, each starting where the previous ended. */
function checkBands(
  bands: readonly { min: number; max: number }[],
  start: number,
  end: number,
  path: PathSegment[],
  report: (path: PathSegment[], code: string, message: string) => void,
  shown: (value: number) => number,
): void {
  const order = bands.map((band, index) => ({ ...band, index })).sort((a, b) => a.min - b.min);
  let expected = start;
  for (const band of order) {
    if (band.min >= band.max) {
      report([...path, band.index], 'invalid_bounds', `"max" must be greater than "min".`);
      continue;
    }
    if (band.min > expected)
      report([...path, band.index, 'min'], 'level_gap', `Nothing covers ${expected} to ${shown(band.min)}.`);
    if (band.min < expected)
      report(
        [...path, band.index, 'min'],
        'level_overlap',
        `Overlaps the band below it (which ends at ${shown(expected)}).`,
      );
    expected = Math.max(expected, band.max);
  }
  if (expected < end) report(path, 'level_gap', `Nothing covers ${shown(expected)} to ${shown(end)}.`);
  if (expected > end) report(path, 'level_overlap', `Bands reach beyond ${shown(end)}.`);
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

/** Resolves a dotted key in i18next-style nested resources. */
export function lookupText(resource: TextResource | undefined, key: string): string | undefined {
  let node: string | TextResource | undefined = resource;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Every text key the questionnaire uses, with where it is used. */
export function textKeys(questionnaire: Questionnaire): { key: string; path: PathSegment[] }[] {
  const keys: { key: string; path: PathSegment[] }[] = [];
  const add = (key: string | undefined, path: PathSegment[]) => {
    if (key !== undefined) keys.push({ key, path });
  };
  add(questionnaire.title, ['title']);
  add(questionnaire.description, ['description']);
  const described = (
    items:
      readonly { title?: string; label?: string; description?: string; shortTitle?: string }[] | undefined,
    name: string,
  ) =>
    items?.forEach((item, index) => {
      add(item.title, [name, index, 'title']);
      add(item.label, [name, index, 'label']);
      add(item.shortTitle, [name, index, 'shortTitle']);
      add(item.description, [name, index, 'description']);
    });
  described(questionnaire.areas, 'areas');
  described(questionnaire.dimensions, 'dimensions');
  described(questionnaire.levels, 'levels');
  described(questionnaire.profiles, 'profiles');
  described(questionnaire.stages, 'stages');
  questionnaire.questions.forEach((question, index) => {
    add(question.title, ['questions', index, 'title']);
    add(question.help, ['questions', index, 'help']);
    add(question.unit, ['questions', index, 'unit']);
    question.options?.forEach((option, position) =>
      add(option.label, ['questions', index, 'options', position, 'label']),
    );
  });
  questionnaire.indices?.forEach((index, position) => {
    add(index.title, ['indices', position, 'title']);
    add(index.description, ['indices', position, 'description']);
    index.items.forEach((item, itemIndex) =>
      add(item.label, ['indices', position, 'items', itemIndex, 'label']),
    );
    index.levels.forEach((band, bandIndex) =>
      add(band.label, ['indices', position, 'levels', bandIndex, 'label']),
    );
  });
  questionnaire.recommendations?.forEach((recommendation, index) => {
    add(recommendation.title, ['recommendations', index, 'title']);
    add(recommendation.body, ['recommendations', index, 'body']);
    recommendation.actions?.forEach((action, position) =>
      add(action.label, ['recommendations', index, 'actions', position, 'label']),
    );
  });
  return keys;
}

function checkTexts(
  questionnaire: Questionnaire,
  report: (path: PathSegment[], code: string, message: string) => void,
): void {
  const keys = textKeys(questionnaire);
  for (const locale of questionnaire.locales) {
    if (!Object.hasOwn(questionnaire.texts, locale)) continue;
    const resource = questionnaire.texts[locale];
    for (const { key, path } of keys)
      if (lookupText(resource, key) === undefined)
        report(path, 'missing_text', `Text "${key}" is missing in locale "${locale}".`);
  }
}
