// Engine fuzzing: whatever arrives (arbitrary JSON, a valid questionnaire mutated at random, answers of
// any shape, a share link or saved file someone edited), the engine answers: it never throws, never
// hangs on deep nesting (conditions stop at MAX_CONDITION_DEPTH) and never produces NaN.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  MAX_CONDITION_DEPTH,
  decodeShare,
  parseAnswers,
  readRecord,
  score,
  validateQuestionnaire,
  type Condition,
  type Questionnaire,
  type Result,
} from '../../src/engine/index.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { mini, mutatedMini } from '../fixtures/mini-questionnaire.js';

const parsed = validateQuestionnaire(defaultQuestionnaire);
if (!parsed.ok) throw new Error('the default questionnaire is invalid');
const defaults: Questionnaire = parsed.value;
const small = ((result) => (result.ok ? result.value : assert.fail('mini is invalid')))(
  validateQuestionnaire(mini()),
);

function assertNumbers(result: Result): void {
  const numbers = [
    result.overall.score,
    ...result.areas.map((area) => area.score),
    ...result.dimensions.flatMap((dimension) => [dimension.score, dimension.answered, dimension.visible]),
    result.completeness.ratio,
    ...result.indices.map((index) => index.points),
  ];
  for (const value of numbers) assert.ok(value === null || Number.isFinite(value), `not a number: ${value}`);
}

/** Any JSON, and JSON shaped like answers: question ids as keys, values of every kind. */
const anyJson = fc.jsonValue();
const answerLike = (questionnaire: Questionnaire) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...questionnaire.questions.map((question) => question.id)), fc.string()),
    fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(
        ...questionnaire.questions.flatMap((question) => (question.options ?? []).map((option) => option.id)),
      ),
      fc.array(fc.constantFrom('erp', 'crm', 'none', 'dont_know', '__proto__', 'constructor')),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 1e308, Number.MAX_SAFE_INTEGER),
    ),
  );

test('parseAnswers and score take any JSON as answers without throwing or producing NaN', () => {
  for (const questionnaire of [defaults, small])
    fc.assert(
      fc.property(fc.oneof(anyJson, answerLike(questionnaire)), (input) => {
        const { answers, problems } = parseAnswers(questionnaire, input);
        assert.ok(Array.isArray(problems));
        assertNumbers(score(questionnaire, answers));
        // score() also takes raw input directly and must cope just the same.
        if (input !== null && typeof input === 'object') assertNumbers(score(questionnaire, input as never));
      }),
      { numRuns: 400 },
    );
});

/** Replacement values: any JSON, and (more often) values of the kinds a questionnaire holds, so that
 * many mutants stay valid and reach score() with odd but legal content. */
const plausible = fc.oneof(
  { weight: 1, arbitrary: fc.jsonValue() },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.integer({ min: 0, max: 100 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.constantFrom(
        'yes',
        'no',
        'low',
        'mid',
        'high',
        'dk',
        'a',
        'none',
        'd1',
        'd2',
        'd3',
        'digital',
        'export',
        'basic',
        'advanced',
        'first_time',
        'experienced',
        true,
        false,
        null,
      ),
    ),
  },
);

test('valid questionnaires mutated at random: validation answers, and what it accepts scores cleanly', () => {
  let accepted = 0;
  fc.assert(
    fc.property(
      fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
      plausible,
      answerLike(small),
      (steps, value, answers) => {
        const input = mutatedMini(steps, value, true);
        const result = validateQuestionnaire(input);
        if (!result.ok) return;
        accepted += 1;
        assertNumbers(score(result.value, parseAnswers(result.value, answers).answers));
      },
    ),
    { numRuns: 1500 },
  );
  assert.ok(
    accepted > 50,
    `only ${accepted} mutants were valid: the mutations are too coarse to reach score()`,
  );
});

test(`conditions nested deeper than ${MAX_CONDITION_DEPTH} levels are refused, even 100,000 deep`, () => {
  for (const depth of [MAX_CONDITION_DEPTH + 1, 1000, 100_000]) {
    let condition: Condition = { question: 'ctx', equals: 'yes' };
    for (let level = 0; level < depth; level += 1)
      condition = level % 2 ? { not: condition } : { all: [condition] };
    const input = mini();
    input.questions[6]!.visibleIf = condition;
    const started = performance.now();
    const result = validateQuestionnaire(input);
    assert.equal(result.ok, false);
    assert.ok(
      !result.ok && result.problems.some((problem) => problem.code === 'too_deep'),
      JSON.stringify(!result.ok && result.problems.slice(0, 2)),
    );
    assert.ok(performance.now() - started < 5000, 'took too long');
  }
  // Right at the limit it is accepted.
  let condition: Condition = { question: 'ctx', equals: 'yes' };
  for (let level = 1; level < MAX_CONDITION_DEPTH; level += 1) condition = { not: condition };
  const input = mini();
  input.questions[6]!.visibleIf = condition;
  assert.equal(validateQuestionnaire(input).ok, true);
});

test('JSON text nested 100,000 levels deep is refused, not a stack overflow', () => {
  const text = '['.repeat(100_000) + ']'.repeat(100_000);
  const result = validateQuestionnaire(text);
  assert.equal(result.ok, false);
});

test('share links and saved files of any content are read without throwing', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom('%E0%A4%A', '~~', 'sme-readiness-default~1.0.0~' + 'z'.repeat(5000)),
      ),
      (payload) => {
        const decoded = decodeShare(defaults, payload);
        assert.equal(typeof decoded.ok, 'boolean');
      },
    ),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(
      fc.oneof(
        anyJson,
        fc.string(),
        fc.record({
          format: fc.constant('sme-readiness/assessment@1'),
          questionnaire: anyJson,
          answers: anyJson,
          result: anyJson,
        }),
      ),
      (input) => {
        const reading = readRecord(defaults, input);
        assert.equal(typeof reading.ok, 'boolean');
      },
    ),
    { numRuns: 500 },
  );
});
