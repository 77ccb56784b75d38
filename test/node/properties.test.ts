// Property-based tests (fast-check) over generated questionnaires and answers: what must hold for any
// questionnaire a provider may write and any answers an SME may give, not only for the default one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  answerState,
  parseAnswers,
  score,
  validateQuestionnaire,
  type Answer,
  type Answers,
  type Condition,
  type Questionnaire,
  type Result,
  type ScoreCondition,
} from '../../src/engine/index.js';
import { compile } from '../../src/engine/model/compile.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { interpreted } from '../fixtures/interpreted.js';
import { mini, mutatedMini } from '../fixtures/mini-questionnaire.js';
import { referenceScore } from '../fixtures/reference-score.js';

// ---- Generated questionnaires ---------------------------------------------------------------------

type Kind = 'single' | 'scale' | 'multi' | 'boolean' | 'number';
interface QuestionSpec {
  kind: Kind;
  /** Option scores (null: "don't know"); the first is always a number, so every question can score. */
  scores: (number | null)[];
  exclusiveLast: boolean;
  /** Number questions: ascending breakpoints and a score per range. */
  breaks: number[];
  weight: number | undefined;
  /** Depend on an earlier question: which one and which of its options (both taken modulo). */
  visibleIf: [number, number] | null;
  /** Number questions: the step answers must be on, if any. */
  step: number | undefined;
}

// Scores as authors write them (0, 0.05, … 1); fc.double would mostly give denormal-small numbers.
const unit = fc.integer({ min: 0, max: 20 }).map((steps) => steps / 20);
const questionSpec: fc.Arbitrary<QuestionSpec> = fc.record({
  kind: fc.constantFrom<Kind>('single', 'scale', 'multi', 'boolean', 'number'),
  scores: fc
    .tuple(unit, fc.array(fc.option(unit, { nil: null, freq: 4 }), { minLength: 1, maxLength: 4 }))
    .map(([first, rest]) => [first, ...rest]),
  exclusiveLast: fc.boolean(),
  breaks: fc
    .uniqueArray(fc.integer({ min: -50, max: 500 }), { minLength: 1, maxLength: 4 })
    .map((list) => list.sort((a, b) => a - b)),
  weight: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  visibleIf: fc.option(fc.tuple(fc.nat(), fc.nat()), { nil: null, freq: 3 }),
  step: fc.option(fc.constantFrom(1, 5, 0.5), { nil: undefined }),
});
const dimensionSpec = fc.record({
  area: fc.integer({ min: 0, max: 1 }),
  weight: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  questions: fc.array(questionSpec, { minLength: 1, maxLength: 4 }),
});

function build(
  dimensions: { area: number; weight: number | undefined; questions: QuestionSpec[] }[],
): unknown {
  const questions: Record<string, unknown>[] = [];
  const optionIds: string[][] = [];
  dimensions.forEach((dimension, d) => {
    dimension.questions.forEach((spec) => {
      const id = `q${questions.length}`;
      const question: Record<string, unknown> = { id, dimension: `d${d}`, type: spec.kind, title: 't' };
      if (spec.weight !== undefined) question.weight = spec.weight;
      if (spec.kind === 'number') {
        question.ranges = spec.breaks.map((min, index) => ({
          min,
          ...(index + 1 < spec.breaks.length ? { max: spec.breaks[index + 1] } : {}),
          score: spec.scores[index % spec.scores.length] ?? 0,
        }));
        if (spec.step !== undefined) question.step = spec.step;
        optionIds.push([]);
      } else {
        const scores = spec.kind === 'boolean' ? [spec.scores[0]!, spec.scores[1] ?? 0] : spec.scores;
        const ids = spec.kind === 'boolean' ? ['yes', 'no'] : scores.map((_, index) => `o${index}`);
        question.options = scores.map((value, index) => ({
          id: ids[index],
          label: 't',
          score: value,
          ...(spec.kind === 'multi' && spec.exclusiveLast && index === scores.length - 1 && index > 0
            ? { exclusive: true }
            : {}),
        }));
        optionIds.push(ids);
      }
      const order = questions.length;
      if (spec.visibleIf && order > 0) {
        const target = spec.visibleIf[0] % order;
        const ids = optionIds[target]!;
        question.visibleIf =
          ids.length > 0
            ? { question: `q${target}`, in: [ids[spec.visibleIf[1] % ids.length]!] }
            : { question: `q${target}`, atLeast: spec.visibleIf[1] % 100 };
      }
      questions.push(question);
    });
  });
  const areaIds = [...new Set(dimensions.map((dimension) => dimension.area))];
  return {
    id: 'generated',
    version: '1',
    title: 't',
    defaultLocale: 'en',
    locales: ['en'],
    texts: { en: { t: 'Text' } },
    areas: areaIds.map((area) => ({ id: `a${area}`, title: 't', weight: area + 1 })),
    dimensions: dimensions.map((dimension, d) => ({
      id: `d${d}`,
      area: `a${dimension.area}`,
      title: 't',
      ...(dimension.weight === undefined ? {} : { weight: dimension.weight }),
    })),
    questions,
    profiles: [
      { id: 'experienced', label: 't', when: { question: 'q0', answered: true } },
      { id: 'first_time', label: 't' },
    ],
    levels: [
      { id: 'low', label: 't', min: 0, max: 40 },
      { id: 'mid', label: 't', min: 40, max: 70 },
      { id: 'high', label: 't', min: 70, max: 100 },
    ],
    recommendations: dimensions.flatMap((_, d) => [
      { id: `r${d}`, dimension: `d${d}`, priority: 'medium', title: 't', body: 't' },
      { id: `r${d}-low`, dimension: `d${d}`, levels: ['low'], priority: 'high', title: 't', body: 't' },
    ]),
  };
}

const questionnaires: fc.Arbitrary<Questionnaire> = fc
  .array(dimensionSpec, { minLength: 1, maxLength: 4 })
  .map((dimensions) => {
    const result = validateQuestionnaire(build(dimensions));
    if (!result.ok)
      throw new Error(`generator made an invalid questionnaire: ${JSON.stringify(result.problems)}`);
    return result.value;
  });

/** A valid answer for each question, sometimes none, sometimes garbage that must be ignored. */
function answersFor(questionnaire: Questionnaire): fc.Arbitrary<Record<string, unknown>> {
  const entries = questionnaire.questions.map((question) => {
    const ids = (question.options ?? []).map((option) => option.id);
    const valid: fc.Arbitrary<Answer> =
      question.type === 'number'
        ? fc.integer({ min: -100, max: 600 })
        : question.type === 'multi'
          ? fc.subarray(ids, { minLength: 1 })
          : fc.constantFrom(...ids);
    const garbage = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.double(),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    return fc
      .option(fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: garbage, weight: 1 }), {
        nil: undefined,
        freq: 4,
      })
      .map((value) => [question.id, value] as const);
  });
  return fc
    .tuple(...entries)
    .map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== undefined)));
}
const scenarios = questionnaires.chain((questionnaire) =>
  fc.tuple(fc.constant(questionnaire), answersFor(questionnaire)),
);

/**
 * Answers as anything may send them: repeated, reordered and unknown options, an exclusive option beside
 * others, numbers off their step or out of bounds, wrong types, unknown questions, or no object at all.
 */
function messyAnswersFor(questionnaire: Questionnaire): fc.Arbitrary<unknown> {
  const entries = questionnaire.questions.map((question) => {
    const ids = (question.options ?? []).map((option) => option.id);
    const anyId =
      ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 3 })) : fc.string();
    const value: fc.Arbitrary<unknown> =
      question.type === 'number'
        ? fc.oneof(fc.integer({ min: -100, max: 600 }), fc.double({ noNaN: false }), fc.constant(2.5), anyId)
        : question.type === 'multi'
          ? fc.oneof(
              {
                arbitrary: fc.array(
                  fc.oneof({ arbitrary: anyId, weight: 5 }, { arbitrary: fc.integer(), weight: 1 }),
                  { maxLength: 6 },
                ),
                weight: 5,
              },
              { arbitrary: anyId, weight: 1 },
            )
          : fc.oneof(
              { arbitrary: anyId, weight: 5 },
              { arbitrary: fc.array(anyId, { maxLength: 2 }), weight: 1 },
            );
    return fc.option(value, { nil: undefined, freq: 3 }).map((answer) => [question.id, answer] as const);
  });
  const object = fc
    .tuple(fc.tuple(...entries), fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue(), { maxKeys: 2 }))
    .map(([pairs, extra]) => ({
      ...extra,
      ...Object.fromEntries(pairs.filter(([, answer]) => answer !== undefined)),
    }));
  return fc.oneof({ arbitrary: object, weight: 12 }, { arbitrary: fc.jsonValue(), weight: 1 });
}

const allScores = (result: Result) => [
  result.overall.score,
  ...result.areas.map((area) => area.score),
  ...result.dimensions.map((dimension) => dimension.score),
];

// ---- Properties -----------------------------------------------------------------------------------

test('every score is a whole number in [0, 100] or null, never NaN; completeness is a ratio', () => {
  fc.assert(
    fc.property(scenarios, ([questionnaire, answers]) => {
      const result = score(questionnaire, answers);
      for (const value of allScores(result))
        assert.ok(value === null || (Number.isInteger(value) && value >= 0 && value <= 100), String(value));
      assert.ok(result.completeness.ratio >= 0 && result.completeness.ratio <= 1);
      assert.ok(result.completeness.answered <= result.completeness.visible);
      for (const dimension of result.dimensions)
        assert.equal(dimension.level === null, dimension.score === null);
    }),
    { numRuns: 300 },
  );
});

test('one answer model: score(q, input) equals score(q, parseAnswers(q, input).answers), for any input', () => {
  fc.assert(
    fc.property(
      questionnaires.chain((questionnaire) =>
        fc.tuple(fc.constant(questionnaire), messyAnswersFor(questionnaire)),
      ),
      ([questionnaire, input]) => {
        const parsed = parseAnswers(questionnaire, input);
        assert.deepEqual(score(questionnaire, input as Answers), score(questionnaire, parsed.answers));
        // What parseAnswers keeps is already in normal form: reading it again changes nothing.
        assert.deepEqual(parseAnswers(questionnaire, parsed.answers), {
          answers: parsed.answers,
          problems: [],
        });
      },
    ),
    { numRuns: 500 },
  );
});

test('the same input gives the same result (fresh copies, no hidden state)', () => {
  fc.assert(
    fc.property(scenarios, ([questionnaire, answers]) => {
      const first = score(questionnaire, answers);
      assert.deepEqual(score(structuredClone(questionnaire), structuredClone(answers)), first);
      assert.deepEqual(score(questionnaire, answers), first);
    }),
    { numRuns: 200 },
  );
});

test('choosing a higher-scored option never lowers its dimension score', () => {
  const cases = questionnaires.chain((questionnaire) => {
    // Questions no condition depends on, with at least two scored options.
    const choices = questionnaire.questions.filter(
      (question) =>
        question.type !== 'multi' &&
        question.type !== 'number' &&
        (question.options ?? []).filter((option) => option.score !== null).length >= 2 &&
        !questionnaire.questions.some((other) =>
          JSON.stringify(other.visibleIf ?? {}).includes(`"${question.id}"`),
        ) &&
        question.id !== 'q0',
    );
    if (choices.length === 0) return fc.constant(null);
    return fc.tuple(
      fc.constant(questionnaire),
      answersFor(questionnaire),
      fc.constantFrom(...choices),
      fc.nat(),
      fc.nat(),
    );
  });
  fc.assert(
    fc.property(cases, (item) => {
      if (item === null) return;
      const [questionnaire, answers, question, i, j] = item;
      const scored = (question.options ?? []).filter((option) => option.score !== null);
      let low = scored[i % scored.length]!;
      let high = scored[j % scored.length]!;
      if (low.score! > high.score!) [low, high] = [high, low];
      const before = score(questionnaire, { ...answers, [question.id]: low.id });
      const after = score(questionnaire, { ...answers, [question.id]: high.id });
      const dimension = (result: Result) => result.dimensions.find((item) => item.id === question.dimension)!;
      if (dimension(before).visible === 0) return; // hidden: nothing to compare
      assert.ok(
        dimension(after).score! >= dimension(before).score!,
        `${dimension(before).score} → ${dimension(after).score}`,
      );
    }),
    { numRuns: 300 },
  );
});

test('the order of the answers does not matter', () => {
  const cases = scenarios.chain(([questionnaire, answers]) =>
    fc.tuple(
      fc.constant(questionnaire),
      fc.constant(answers),
      fc.shuffledSubarray(Object.keys(answers), { minLength: Object.keys(answers).length }),
    ),
  );
  fc.assert(
    fc.property(cases, ([questionnaire, answers, keys]) => {
      const reordered = Object.fromEntries(keys.map((key) => [key, answers[key]]));
      assert.deepEqual(score(questionnaire, reordered), score(questionnaire, answers));
    }),
    { numRuns: 200 },
  );
});

test('answers to hidden questions change nothing', () => {
  const cases = scenarios.chain(([questionnaire, answers]) =>
    fc.tuple(fc.constant(questionnaire), fc.constant(answers), answersFor(questionnaire)),
  );
  let hiddenSeen = 0;
  fc.assert(
    fc.property(cases, ([questionnaire, answers, others]) => {
      const state = answerState(questionnaire, answers);
      const hidden = state.compiled.questions.filter((question) => !state.visible[question.order]);
      if (hidden.length > 0) hiddenSeen += 1;
      const changed: Record<string, unknown> = { ...answers };
      for (const question of hidden) {
        if (question.id in others) changed[question.id] = others[question.id];
        else delete changed[question.id];
      }
      assert.deepEqual(score(questionnaire, changed), score(questionnaire, answers));
    }),
    { numRuns: 300 },
  );
  assert.ok(hiddenSeen > 20, `only ${hiddenSeen} runs had a hidden question: the generator is too weak`);
});

test('validateQuestionnaire never throws, whatever it is given', () => {
  fc.assert(
    fc.property(
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withNullPrototype: true,
      }),
      (input) => {
        const result = validateQuestionnaire(input);
        assert.equal(typeof result.ok, 'boolean');
      },
    ),
    { numRuns: 500 },
  );
});

test('validateQuestionnaire never throws on a valid questionnaire with one part replaced', () => {
  // Walk to a random place in the mini questionnaire and put any JSON value there.
  const cases = fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue());
  fc.assert(
    fc.property(cases, ([steps, value]) => {
      const input = mutatedMini(steps, value);
      const result = validateQuestionnaire(input);
      if (!result.ok) for (const problem of result.problems) assert.equal(typeof problem.path, 'string');
      // Whatever validation accepts, scoring copes with.
      if (result.ok) score(result.value, {});
    }),
    { numRuns: 1000 },
  );
});

test('compiled conditions agree with the interpreted evaluate() on every condition', () => {
  const parsed = validateQuestionnaire(mini());
  assert.ok(parsed.ok);
  const base = parsed.value;
  const choice = (id: string) =>
    base.questions.find((question) => question.id === id)!.options!.map((option) => option.id);
  const leaf: fc.Arbitrary<Condition> = fc.oneof(
    fc.constantFrom('ctx', 'q1', 'q3', 'q4', 'q6').chain((id) =>
      fc.oneof(
        fc.constantFrom(...choice(id)).map((option): Condition => ({ question: id, equals: option })),
        fc
          .subarray(choice(id), { minLength: 1 })
          .map((options): Condition => ({ question: id, in: options })),
        fc
          .record({
            atLeast: fc.option(fc.constantFrom(...choice(id)), { nil: undefined }),
            atMost: fc.option(fc.constantFrom(...choice(id)), { nil: undefined }),
          })
          .map((bounds): Condition => ({
            question: id,
            ...(bounds.atLeast ? { atLeast: bounds.atLeast } : { atMost: bounds.atMost ?? choice(id)[0]! }),
            ...(bounds.atLeast && bounds.atMost ? { atMost: bounds.atMost } : {}),
          })),
        fc.boolean().map((answered): Condition => ({ question: id, answered })),
      ),
    ),
    fc
      .subarray(choice('q2'), { minLength: 1 })
      .map((options): Condition => ({ question: 'q2', includes: options })),
    fc
      .subarray(choice('q2'), { minLength: 1 })
      .map((options): Condition => ({ question: 'q2', in: options })),
    fc.constantFrom(...choice('q2')).map((option): Condition => ({ question: 'q2', equals: option })),
    fc
      .tuple(fc.integer({ min: -10, max: 200 }), fc.boolean())
      .map(([value, up]): Condition =>
        up ? { question: 'q5', atLeast: value } : { question: 'q5', atMost: value },
      ),
    fc
      .tuple(
        fc.constantFrom<ScoreCondition['score']>(
          'overall',
          { dimension: 'd1' },
          { dimension: 'd2' },
          { area: 'export' },
        ),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
      )
      .map(([target, value, up]): Condition =>
        up ? { score: target, atLeast: value } : { score: target, atMost: value },
      ),
    fc.constantFrom<Condition>(
      { profile: 'experienced' },
      { profile: ['first_time'] },
      { stage: 'active' },
      { stage: ['starting', 'active'] },
    ),
    fc
      .tuple(fc.integer({ min: 0, max: 2 }), fc.boolean())
      .map(([value, up]): Condition =>
        up ? { index: 'idx', atLeast: value } : { index: 'idx', atMost: value },
      ),
  );
  const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((parts): Condition => ({ all: parts })),
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((parts): Condition => ({ any: parts })),
      tie('condition').map((part): Condition => ({ not: part })),
    ),
  }));
  const probe = (when: Condition) => {
    const input = mini();
    input.recommendations = [
      { id: 'probe', dimension: 'd1', when, priority: 'low', title: 'rec.title', body: 'rec.body' },
    ];
    const result = validateQuestionnaire(input);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  };
  let trueSeen = 0;
  fc.assert(
    fc.property(condition, answersFor(base), (when, answers) => {
      const questionnaire = probe(when);
      const compiled = score(questionnaire, answers).recommendations.some((item) => item.id === 'probe');
      assert.equal(compiled, interpreted(questionnaire, when, answers as Answers), JSON.stringify(when));
      if (compiled) trueSeen += 1;
      compile(questionnaire);
    }),
    { numRuns: 1000 },
  );
  assert.ok(
    trueSeen > 100 && trueSeen < 900,
    `conditions held in ${trueSeen} of 1000 runs: too one-sided to compare`,
  );
});

// ---- The compiled scorer against the reference --------------------------------------------------
// score() runs a scorer compiled per questionnaire (scoring/scorer.ts); test/fixtures/reference-score.ts
// is the straightforward score() it replaced. The two must give the same JSON, byte for byte (key order
// included), for any questionnaire and any input.

/** What the generated questionnaires lack: stages, an index, recommendations filtered by profile, stage and `when`. */
const extras = fc.record({
  stageOn: fc.nat(),
  items: fc.array(fc.tuple(fc.nat(), fc.nat()), {
    minLength: 1,
    maxLength: 4,
  }),
  recommendations: fc.array(
    fc.record({
      dimension: fc.nat(),
      priority: fc.constantFrom('high', 'medium', 'low'),
      profiles: fc.option(fc.subarray(['experienced', 'first_time'], { minLength: 1 }), { nil: undefined }),
      stages: fc.option(fc.subarray(['active', 'starting'], { minLength: 1 }), { nil: undefined }),
      levels: fc.option(fc.subarray(['low', 'mid', 'high'], { minLength: 1 }), { nil: undefined }),
      when: fc.option(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 100 }), fc.boolean()), { nil: undefined }),
    }),
    { maxLength: 8 },
  ),
});

type Extras = typeof extras extends fc.Arbitrary<infer T> ? T : never;

function enriched(questionnaire: Questionnaire, extra: Extras): Questionnaire {
  const raw = structuredClone(questionnaire) as Questionnaire;
  const question = (n: number) => raw.questions[n % raw.questions.length]!;
  const dimension = (n: number) => raw.dimensions[n % raw.dimensions.length]!.id;
  const answerTest = (n: number, m: number): Condition => {
    const target = question(n);
    const options = (target.options ?? []).filter((option) => option.score !== null);
    return options.length > 0
      ? { question: target.id, atLeast: options[m % options.length]!.id }
      : { question: target.id, atLeast: m % 100 };
  };
  raw.stages = [
    { id: 'active', label: 't', when: { question: question(extra.stageOn).id, answered: true } },
    { id: 'starting', label: 't' },
  ];
  raw.indices = [
    {
      id: 'idx',
      title: 't',
      items: extra.items.map(([n, m], position) => ({
        id: `i${position}`,
        label: 't',
        when: answerTest(n, m),
      })),
      levels: [
        { id: 'few', label: 't', min: 0, max: 0 },
        { id: 'many', label: 't', min: 1, max: extra.items.length },
      ],
    },
  ];
  raw.recommendations = [
    ...(raw.recommendations ?? []),
    ...extra.recommendations.map((item, position) => ({
      id: `x${position}`,
      dimension: dimension(item.dimension),
      priority: item.priority,
      title: 't',
      body: 't',
      ...(item.profiles ? { profiles: item.profiles } : {}),
      ...(item.stages ? { stages: item.stages } : {}),
      ...(item.levels ? { levels: item.levels } : {}),
      ...(item.when
        ? {
            when: (item.when[2]
              ? { any: [{ index: 'idx', atLeast: item.when[1] % 3 }, answerTest(item.when[0], item.when[1])] }
              : { score: 'overall', atMost: item.when[1] }) satisfies Condition,
          }
        : {}),
    })),
  ];
  const result = validateQuestionnaire(raw);
  if (!result.ok) throw new Error(`enriched an invalid questionnaire: ${JSON.stringify(result.problems)}`);
  return result.value;
}

const sameAsReference = (questionnaire: Questionnaire, input: unknown) =>
  assert.equal(
    JSON.stringify(score(questionnaire, input as Answers)),
    JSON.stringify(referenceScore(questionnaire, input as Answers)),
  );

test('the compiled scorer gives the reference JSON: generated questionnaires, valid and messy answers', () => {
  let recommended = 0;
  fc.assert(
    fc.property(
      questionnaires.chain((questionnaire) =>
        fc.tuple(
          fc.constant(questionnaire),
          extras,
          fc.oneof(answersFor(questionnaire), messyAnswersFor(questionnaire)),
        ),
      ),
      ([plain, extra, input]) => {
        sameAsReference(plain, input);
        const questionnaire = enriched(plain, extra);
        sameAsReference(questionnaire, input);
        if (score(questionnaire, input as Answers).recommendations.length > 1) recommended += 1;
      },
    ),
    { numRuns: 600 },
  );
  assert.ok(recommended > 300, `only ${recommended} runs chose two or more recommendations`);
});

/** Answers for any questionnaire, the default one included: every question type, with some garbage. */
function anyAnswersFor(questionnaire: Questionnaire): fc.Arbitrary<Record<string, unknown>> {
  const entries = questionnaire.questions.map((question) => {
    const ids = (question.options ?? []).map((option) => option.id);
    const valid: fc.Arbitrary<unknown> =
      question.type === 'country'
        ? fc.constantFrom('DE', 'AT', 'FR', 'PL', 'US', 'CN', 'de', 'XX')
        : question.type === 'number'
          ? fc.oneof(
              fc.integer({ min: -10, max: 1000 }),
              ...(ids.length > 0 ? [fc.constantFrom(...ids)] : []),
            )
          : question.type === 'multi'
            ? fc.subarray(ids, { minLength: 1 })
            : fc.constantFrom(...ids);
    return fc
      .option(fc.oneof({ arbitrary: valid, weight: 8 }, { arbitrary: fc.jsonValue(), weight: 1 }), {
        nil: undefined,
        freq: 6,
      })
      .map((value) => [question.id, value] as const);
  });
  return fc
    .tuple(...entries)
    .map((pairs) => Object.fromEntries(pairs.filter(([, value]) => value !== undefined)));
}

test('the compiled scorer gives the reference JSON: the default and the mini questionnaire', () => {
  const validated = [defaultQuestionnaire, mini()].map((input) => {
    const result = validateQuestionnaire(input);
    assert.ok(result.ok);
    return result.value;
  });
  for (const questionnaire of validated) {
    fc.assert(
      fc.property(anyAnswersFor(questionnaire), (answers) => sameAsReference(questionnaire, answers)),
      { numRuns: 500 },
    );
    // Not answers: no object, or answers only inherited (a valid one for the first question).
    const first = questionnaire.questions[0]!;
    const inherited: unknown = Object.create({ [first.id]: first.options?.[0]?.id ?? 'DE' });
    for (const input of [{}, null, [], 'text', 42, inherited]) sameAsReference(questionnaire, input);
  }
});
