// The engine's rules, one by one, on the small questionnaire in test/fixtures/mini-questionnaire.ts,
// in Node (no DOM). Expected figures are worked out by hand in the comments.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  levelOf,
  parseAnswers,
  score,
  validateQuestionnaire,
  visiblePages,
  type Answers,
  type Condition,
  type Questionnaire,
  type Result,
} from '../../src/engine/index.js';
import { interpreted } from '../fixtures/interpreted.js';
import { mini } from '../fixtures/mini-questionnaire.js';

function valid(input: unknown): Questionnaire {
  const result = validateQuestionnaire(input);
  if (!result.ok) assert.fail(JSON.stringify(result.problems));
  return result.value;
}
const questionnaire = valid(mini());
const dimension = (result: Result, id: string) => result.dimensions.find((item) => item.id === id)!;
const area = (result: Result, id: string) => result.areas.find((item) => item.id === id)!;

describe('validateQuestionnaire', () => {
  test('returns the typed questionnaire, and accepts the same as JSON text', () => {
    assert.equal(questionnaire.id, 'mini');
    const fromText = validateQuestionnaire(JSON.stringify(mini()));
    assert.ok(fromText.ok);
    assert.deepEqual(fromText.value, questionnaire);
  });

  test('does not change its input', () => {
    const input = mini();
    const copy = structuredClone(input);
    validateQuestionnaire(input);
    assert.deepEqual(input, copy);
  });

  test('input nested too deep is refused at the first place found too deep, holes and cycles included', () => {
    // Two branches: `texts` ends deep, `questions` (walked first: last key, last item) deeper still.
    let deep: unknown = 'x';
    for (let level = 0; level < 70; level += 1) {
      const holey: unknown[] = new Array(2); // [hole, deep]: the walk skips the hole
      holey[1] = deep;
      deep = level % 2 === 0 ? holey : { [`k${level}`]: deep };
    }
    const input = { ...mini(), texts: deep, questions: [mini().questions[0], deep] };
    const problems = (value: unknown) => {
      const result = validateQuestionnaire(value);
      return result.ok ? [] : result.problems.map((problem) => `${problem.path} ${problem.code}`);
    };
    // 64 levels: "questions", 1, then k69, 1, k67, 1, … k9, 1.
    const segments = Array.from({ length: 62 }, (_, step) => (step % 2 === 0 ? `.k${69 - step}` : '[1]'));
    assert.deepEqual(problems(input), [`questions[1]${segments.join('')} too_deep`]);
    const cyclic: Record<string, unknown> = { id: 'loop' };
    cyclic.self = [cyclic];
    assert.deepEqual(problems(cyclic), [`self${'[0].self'.repeat(31)}[0] too_deep`]);
  });
});

describe('score: dimensions, areas, overall', () => {
  // ctx yes → q6 visible. d1 = (1·1 + 0.4·2) / 3 = 0.6; d2 = (0.5 + 0) / 2 = 0.25; d3 = (0.5 + 1) / 2 = 0.75.
  // digital = (0.6·1 + 0.25·3) / 4 = 0.3375; export = 0.75; overall = (0.3375·1 + 0.75·2) / 3 = 0.6125.
  const answers: Answers = { ctx: 'yes', q1: 'high', q2: ['a'], q3: 's2', q4: 'no', q5: 50, q6: 'o1' };
  const result = score(questionnaire, answers);

  test('weighted means of the questions, then of dimensions, then of areas, unrounded until the end', () => {
    assert.deepEqual(
      result.dimensions.map((item) => [item.id, item.score, item.level]),
      [
        ['d1', 60, 'advanced'],
        ['d2', 25, 'basic'],
        ['d3', 75, 'advanced'],
      ],
    );
    assert.deepEqual([area(result, 'digital').score, area(result, 'export').score], [34, 75]);
    assert.deepEqual(result.overall, { score: 61, level: 'advanced' });
  });

  test('counts answered and visible questions, the context question included', () => {
    assert.deepEqual(result.completeness, { answered: 7, visible: 7, ratio: 1 });
    assert.deepEqual(
      [dimension(result, 'd3').answered, dimension(result, 'd3').counted, dimension(result, 'd3').visible],
      [2, 2, 2],
    );
  });

  test('profile, stage and index', () => {
    assert.equal(result.profile, 'experienced');
    assert.equal(result.stage, 'active');
    // i1: q4 is "no"; i2: q1 "high" is at least "mid".
    assert.deepEqual(result.indices, [{ id: 'idx', points: 1, max: 2, level: 'some' }]);
  });

  test('the result is plain JSON: keys and numbers, no text', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
    assert.deepEqual(result.questionnaire, { id: 'mini', version: '1.0.0' });
  });

  test('a dimension with nothing answered scores null, and does not pull its area down', () => {
    const partial = score(questionnaire, { q1: 'high' });
    assert.equal(dimension(partial, 'd2').score, null);
    assert.equal(dimension(partial, 'd2').level, null);
    assert.equal(area(partial, 'digital').score, 100);
    assert.equal(area(partial, 'export').score, null);
    assert.equal(partial.overall.score, 100);
    assert.deepEqual(score(questionnaire, {}).overall, { score: null, level: null });
  });
});

describe('score: answers that do not count', () => {
  // ctx no → q6 hidden. q1 "don't know" is answered but not counted; q2 "none of these" scores 0.
  const answers: Answers = { ctx: 'no', q1: 'dk', q2: ['none'], q5: 5, q6: 'o1' };
  const result = score(questionnaire, answers);

  test('"don\'t know" is answered, listed as unknown and left out of the score', () => {
    assert.deepEqual(result.unknown, ['q1']);
    assert.deepEqual(
      [dimension(result, 'd1').score, dimension(result, 'd1').answered, dimension(result, 'd1').counted],
      [0, 2, 1],
    );
  });

  test('an exclusive option alone scores; beside other options the answer is refused, as parseAnswers refuses it', () => {
    assert.equal(dimension(result, 'd1').score, 0);
    const conflicting = { ...answers, q2: ['a', 'none'] };
    const parsed = parseAnswers(questionnaire, conflicting);
    assert.equal(parsed.answers.q2, undefined);
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.path, problem.code]),
      [['q2', 'exclusive_conflict']],
    );
    assert.equal(dimension(score(questionnaire, conflicting), 'd1').answered, 1, 'only q1 is answered');
    assert.deepEqual(score(questionnaire, conflicting), score(questionnaire, parsed.answers));
  });

  test('a repeated option counts once, in whatever order the options were given', () => {
    const once = score(questionnaire, { q2: ['a', 'b'] });
    assert.deepEqual(score(questionnaire, { q2: ['b', 'a', 'a', 'b', 'b'] }), once);
    assert.deepEqual(parseAnswers(questionnaire, { q2: ['b', 'a', 'a'] }).answers, { q2: ['a', 'b'] });
  });

  test('answers to hidden questions are ignored', () => {
    assert.equal(dimension(result, 'd3').visible, 1);
    assert.equal(dimension(result, 'd3').score, 0);
    assert.equal(result.stage, 'starting', 'the hidden q6 = o1 must not make the firm "active"');
    assert.deepEqual(result.completeness, { answered: 4, visible: 6, ratio: 4 / 6 });
    const { q6: _ignored, ...withoutHidden } = answers;
    assert.deepEqual(score(questionnaire, withoutHidden), result);
  });

  test('"don\'t know" has no place in an ordered comparison', () => {
    assert.deepEqual(result.indices, [{ id: 'idx', points: 0, max: 2, level: 'none' }]);
  });

  test('multi scores add up and stop at 1', () => {
    assert.equal(dimension(score(questionnaire, { q2: ['a', 'b'] }), 'd1').score, 80);
    assert.equal(dimension(score(questionnaire, { q2: ['a', 'b', 'c'] }), 'd1').score, 100);
  });

  test('number answers map through ranges (min inclusive, max exclusive) and out-of-bounds ones are ignored', () => {
    const d3 = (value: unknown) => dimension(score(questionnaire, { q5: value } as Answers), 'd3').score;
    assert.deepEqual([d3(0), d3(9.99), d3(10), d3(99), d3(100), d3(1000)], [0, 0, 50, 50, 100, 100]);
    assert.deepEqual(
      [d3(-1), d3(1001), d3(Number.NaN), d3('50'), d3(Infinity)],
      [null, null, null, null, null],
    );
  });

  test('invalid raw answers are ignored, never thrown on', () => {
    const raw = { q1: 'nope', q2: 'a', q3: ['s1'], q4: true, q5: {}, q9: 'x', __proto__: { q1: 'high' } };
    const result = score(questionnaire, raw as unknown as Answers);
    assert.equal(result.completeness.answered, 0);
  });
});

describe('levels', () => {
  test('bands are min-inclusive, max-exclusive, and 100 falls in the top band', () => {
    const levels = questionnaire.levels;
    assert.deepEqual(
      [0, 49, 50, 99, 100].map((value) => levelOf(levels, value)),
      ['basic', 'basic', 'advanced', 'advanced', 'advanced'],
    );
    assert.equal(levelOf(levels, null), null);
  });
});

describe('recommendations', () => {
  test('filtered by profile, level and condition; ordered by priority, then gap; with their reason', () => {
    // first_time (ctx no); d1 = 0 (basic) → r1; d3 has no filter → r2; d2 = 0.25·… ≤ 60 → r3.
    const result = score(questionnaire, { ctx: 'no', q1: 'low', q3: 's1', q5: 50 });
    assert.deepEqual(
      result.recommendations.map((item) => [item.id, item.priority]),
      [
        ['r2', 'high'],
        ['r1', 'medium'],
        ['r3', 'medium'],
      ],
    );
    // r1 (gap 100) before r3 (gap 75): same priority, larger gap first.
    assert.deepEqual(result.recommendations[1]!.reason, { dimension: 'd1', score: 0, level: 'basic' });
    assert.deepEqual(result.recommendations[2]!.reason, { dimension: 'd2', score: 25, level: 'basic' });
    assert.equal(result.recommendations[2]!.area, 'digital');
  });

  test('profile and level filters exclude', () => {
    const experienced = score(questionnaire, { ctx: 'yes', q1: 'low' });
    assert.ok(
      !experienced.recommendations.some((item) => item.id === 'r1'),
      'r1 is for first-time exporters',
    );
    const strong = score(questionnaire, { ctx: 'no', q1: 'high' });
    assert.ok(!strong.recommendations.some((item) => item.id === 'r1'), 'r1 is for the basic level');
    // A condition on a score that is null is false: d2 unanswered → no r3.
    assert.ok(!strong.recommendations.some((item) => item.id === 'r3'));
  });
});

describe('conditions', () => {
  // ctx yes, q1 mid, q2 [a, b], q3 s3, q4 yes, q5 50, q6 unanswered.
  // d1 = (0.5 + 0.8·2) / 3 = 0.7 → 70; d2 = (0.75 + 1) / 2 = 0.875; digital = (0.7 + 0.875·3) / 4 = 0.83125 → 83;
  // d3 = 0.5; export = 0.5; overall = (0.83125 + 0.5·2) / 3 = 0.6104 → 61. Index: q4 yes, q1 ≥ mid → 2.
  const answers: Answers = { ctx: 'yes', q1: 'mid', q2: ['a', 'b'], q3: 's3', q4: 'yes', q5: 50 };
  const cases: [Condition, boolean, Answers?][] = [
    [{ question: 'q1', equals: 'mid' }, true],
    [{ question: 'q1', equals: 'high' }, false],
    [{ question: 'q1', in: ['low', 'mid'] }, true],
    [{ question: 'q2', includes: 'a' }, true],
    [{ question: 'q2', includes: ['a', 'c'] }, false],
    [{ question: 'q2', in: ['c', 'b'] }, true],
    [{ question: 'q2', equals: 'a' }, false],
    [{ question: 'q3', atLeast: 's2' }, true],
    [{ question: 'q3', atMost: 's2' }, false],
    [{ question: 'q3', atLeast: 's1', atMost: 's3' }, true],
    [{ question: 'q5', atLeast: 50 }, true],
    [{ question: 'q5', atMost: 49 }, false],
    [{ question: 'q5', equals: 50 }, true],
    [{ question: 'q6', answered: true }, false],
    [{ question: 'q6', answered: false }, true],
    [{ question: 'q1', atLeast: 'low' }, false, { q1: 'dk' }],
    [{ question: 'q1', atMost: 'high' }, false, { q1: 'dk' }],
    [{ question: 'q1', answered: true }, true, { q1: 'dk' }],
    [{ question: 'q6', equals: 'o1' }, false, { ctx: 'no', q6: 'o1' }],
    [{ not: { question: 'q1', equals: 'mid' } }, false],
    [
      {
        any: [
          { question: 'q1', equals: 'low' },
          { question: 'q4', equals: 'yes' },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { question: 'q1', equals: 'mid' },
          { question: 'q4', equals: 'no' },
        ],
      },
      false,
    ],
    [{ score: { dimension: 'd1' }, atLeast: 70 }, true],
    [{ score: { dimension: 'd1' }, atLeast: 71 }, false],
    [{ score: { area: 'digital' }, atMost: 83 }, true],
    [{ score: { area: 'digital' }, atMost: 82 }, false],
    [{ score: 'overall', atLeast: 61 }, true],
    [{ score: 'overall', atLeast: 62 }, false],
    [{ score: { dimension: 'd2' }, atMost: 100 }, false, {}],
    [{ profile: 'experienced' }, true],
    [{ profile: ['first_time'] }, false],
    [{ stage: 'starting' }, true],
    [{ index: 'idx', atLeast: 2 }, true],
    [{ index: 'idx', atMost: 1 }, false],
  ];

  for (const [condition, expected, given] of cases) {
    test(`${JSON.stringify(condition)}${given ? ` with ${JSON.stringify(given)}` : ''} is ${expected}`, () => {
      const input = given ?? answers;
      assert.equal(interpreted(questionnaire, condition, input), expected, 'evaluate()');
      assert.equal(compiledPath(condition, input), expected, 'score() (compiled)');
    });
  }
});

describe('visibility and pages', () => {
  test('a page per dimension after the context page; a hidden question leaves its page', () => {
    const ids = (answers: Answers) =>
      visiblePages(questionnaire, answers).map((page) => [page.id, page.questions.map((q) => q.id)]);
    assert.deepEqual(ids({ ctx: 'yes' }), [
      ['context', ['ctx']],
      ['d1', ['q1', 'q2']],
      ['d2', ['q3', 'q4']],
      ['d3', ['q5', 'q6']],
    ]);
    assert.deepEqual(ids({ ctx: 'no' }).at(-1), ['d3', ['q5']]);
  });
});

describe('parseAnswers', () => {
  test('keeps the valid answers and reports each invalid one with its path and code', () => {
    const { answers, problems } = parseAnswers(questionnaire, {
      q1: 'high',
      q2: 'a',
      q3: 's9',
      q4: true,
      q5: 5000,
      q6: ['o1'],
      q9: 'x',
    });
    assert.deepEqual(answers, { q1: 'high' });
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.code]),
      [
        ['q2', 'invalid_type'],
        ['q3', 'unknown_option'],
        ['q4', 'invalid_type'],
        ['q5', 'out_of_range'],
        ['q6', 'invalid_type'],
        ['q9', 'unknown_question'],
      ],
    );
  });

  test('keeps the valid part of a multi answer', () => {
    const { answers, problems } = parseAnswers(questionnaire, { q2: ['a', 'zz'] });
    assert.deepEqual(answers, { q2: ['a'] });
    assert.deepEqual(
      problems.map((problem) => [problem.path, problem.code]),
      [['q2[1]', 'unknown_option']],
    );
  });

  test('rejects what is not an object of answers', () => {
    for (const input of [null, 'answers', 3, ['q1']])
      assert.deepEqual(
        parseAnswers(questionnaire, input).problems.map((problem) => problem.code),
        ['invalid_type'],
      );
  });
});

/** The compiled path: the condition as the `when` of a recommendation with no other filter. */
function compiledPath(condition: Condition, answers: Answers): boolean {
  const input = mini();
  input.recommendations = [
    { id: 'probe', dimension: 'd1', when: condition, priority: 'low', title: 'rec.title', body: 'rec.body' },
  ];
  return score(valid(input), answers).recommendations.some((item) => item.id === 'probe');
}
