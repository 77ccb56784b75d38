// Target markets: a country question that takes several countries (`maxChoices`), the country groups
// conditions test (`inGroup`, `outsideGroup`: the EU and the EEA), and the order in which chosen steps
// come (`order` first, then priority, then gap), plus questions of weight 0 (answered and tested, never
// scored). Each through the one answer model, share links, validation and both condition evaluators.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EEA_COUNTRY_CODES,
  EU_COUNTRY_CODES,
  chooseCountryAt,
  compile,
  decodeShare,
  encodeShare,
  evaluate,
  inCountryGroup,
  normaliseAnswer,
  parseAnswers,
  score,
  validateQuestionnaire,
  visibleQuestions,
  type Answers,
  type Condition,
  type Questionnaire,
} from '../../src/engine/index.js';
import { mini } from '../fixtures/mini-questionnaire.js';
import { answerContext } from '../fixtures/condition-context.js';

/**
 * The mini questionnaire with a target-market question of up to three countries; q6 shown only when a
 * market outside the EEA was chosen; q1 given weight 0; and steps on the markets, one with an `order`.
 */
function withMarkets(): Questionnaire {
  const definition = mini();
  definition.questions.unshift({ id: 'markets', type: 'country', title: 'q.ctx', maxChoices: 3 });
  definition.questions.find((question) => question.id === 'q6')!.visibleIf = {
    question: 'markets',
    outsideGroup: 'eea',
  };
  (definition.recommendations as unknown[]).push(
    {
      id: 'customs',
      dimension: 'd2',
      when: { question: 'markets', outsideGroup: 'eea' },
      priority: 'low',
      title: 'rec.title',
      body: 'rec.body',
    },
    {
      id: 'decide',
      dimension: 'd3',
      order: 1,
      priority: 'low',
      title: 'rec.title',
      body: 'rec.body',
    },
    {
      id: 'china',
      dimension: 'd2',
      when: { question: 'markets', includes: 'CN' },
      order: 2,
      priority: 'low',
      title: 'rec.title',
      body: 'rec.body',
    },
  );
  const validation = validateQuestionnaire(definition);
  assert.deepEqual(validation.ok ? [] : validation.problems, []);
  return (validation as { value: Questionnaire }).value;
}

const questionnaire = withMarkets();
const compiled = compile(questionnaire);
const markets = compiled.byId.get('markets')!;

describe('the country groups', () => {
  test('the EU is the 27 member states: the EEA without Iceland, Liechtenstein and Norway', () => {
    assert.equal(EU_COUNTRY_CODES.length, 27);
    assert.deepEqual(
      EEA_COUNTRY_CODES.filter((code) => !EU_COUNTRY_CODES.includes(code)),
      ['IS', 'LI', 'NO'],
    );
    assert.equal(inCountryGroup('NO', 'eea'), true);
    assert.equal(inCountryGroup('NO', 'eu'), false);
    assert.equal(inCountryGroup('CH', 'eea'), false);
    assert.equal(inCountryGroup('GR', 'eu'), true);
  });
});

describe('several countries in the answer model', () => {
  test('a list of distinct offered codes, in the order chosen, at most maxChoices', () => {
    const problems: [string, unknown][] = [];
    const report = (code: string, _message: string, at?: unknown) => problems.push([code, at]);
    assert.deepEqual(normaliseAnswer(markets, ['CN', 'DE'], report), ['CN', 'DE'], 'the order is kept');
    assert.deepEqual(normaliseAnswer(markets, ['CN', 'cn', 'CN', 'US', 'JP', 'FR'], report), [
      'CN',
      'US',
      'JP',
    ]);
    assert.equal(normaliseAnswer(markets, 'CN', report), undefined, 'a bare code is not a list');
    assert.equal(normaliseAnswer(markets, [], report), undefined);
    assert.deepEqual(problems, [
      ['unknown_country', 1],
      ['duplicate_choice', 2],
      ['too_many_choices', 5],
      ['invalid_type', undefined],
    ]);
  });

  test('an answer already in normal form is returned as it is (score() reads it without copying)', () => {
    const answer = ['US', 'CN'];
    assert.equal(normaliseAnswer(markets, answer), answer);
  });

  test('parseAnswers keeps the valid countries and names the position of each it dropped', () => {
    const parsed = parseAnswers(questionnaire, { markets: ['US', 'XX', 'US'] });
    assert.deepEqual(parsed.answers, { markets: ['US'] });
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.path, problem.code]),
      [
        ['markets[1]', 'unknown_country'],
        ['markets[2]', 'duplicate_choice'],
      ],
    );
  });

  test('each drop-down sets its place; clearing one closes the gap; a country is never listed twice', () => {
    assert.deepEqual(chooseCountryAt(markets, undefined, 0, 'FR'), ['FR']);
    assert.deepEqual(chooseCountryAt(markets, ['FR'], 1, 'CN'), ['FR', 'CN']);
    assert.deepEqual(chooseCountryAt(markets, ['FR', 'CN'], 0, 'US'), ['US', 'CN']);
    assert.deepEqual(chooseCountryAt(markets, ['FR', 'CN', 'US'], 1, ''), ['FR', 'US']);
    assert.deepEqual(chooseCountryAt(markets, ['FR', 'CN'], 1, 'FR'), ['FR'], 'moved, not repeated');
    assert.deepEqual(chooseCountryAt(markets, ['FR', 'CN'], 0, 'CN'), ['CN']);
    assert.equal(chooseCountryAt(markets, ['FR'], 0, ''), null);
    assert.deepEqual(chooseCountryAt(markets, ['FR'], 0, 'ZZ'), ['FR'], 'an unknown code changes nothing');
  });
});

describe('conditions on the markets', () => {
  const context = (answer: Answers[string] | undefined) => answerContext(compiled, answer);
  const cases: [Condition, Answers[string] | undefined, boolean][] = [
    [{ question: 'markets', outsideGroup: 'eea' }, ['DE', 'FR'], false],
    [{ question: 'markets', outsideGroup: 'eea' }, ['DE', 'CH'], true],
    [{ question: 'markets', outsideGroup: 'eu' }, ['NO'], true],
    [{ question: 'markets', outsideGroup: 'eea' }, ['NO'], false],
    [{ question: 'markets', inGroup: 'eu' }, ['US', 'AT'], true],
    [{ question: 'markets', inGroup: 'eu' }, ['US', 'CN'], false],
    [{ question: 'markets', inGroup: 'eu' }, undefined, false],
    [{ question: 'markets', outsideGroup: 'eu' }, undefined, false],
    [{ question: 'markets', includes: 'CN' }, ['US', 'CN'], true],
    [{ question: 'markets', in: ['CN', 'JP'] }, ['US', 'JP'], true],
    [{ question: 'markets', equals: 'US' }, ['US'], true],
    [{ question: 'markets', equals: 'US' }, ['US', 'CN'], false],
    [{ question: 'markets', answered: false }, undefined, true],
  ];
  test('the evaluator: some chosen market in (or outside) the group', () => {
    for (const [condition, answer, expected] of cases)
      assert.equal(evaluate(condition, context(answer)), expected, JSON.stringify([condition, answer]));
  });

  test('the compiled predicates agree (visibility of q6 and the steps chosen)', () => {
    const shown = (answers: Answers) =>
      visibleQuestions(questionnaire, answers).some((question) => question.id === 'q6');
    assert.equal(shown({ markets: ['DE', 'FR'] }), false);
    assert.equal(shown({ markets: ['DE', 'US'] }), true);
    assert.equal(shown({}), false);
    for (const [condition, answer, expected] of cases) {
      const definition = withMarkets();
      definition.recommendations!.push({
        id: 'probe',
        dimension: 'd1',
        when: condition,
        priority: 'high',
        title: 'rec.title',
        body: 'rec.body',
      });
      const answers: Answers = answer === undefined ? { q1: 'low' } : { markets: answer, q1: 'low' };
      const chosen = score(definition, answers).recommendations.some((item) => item.id === 'probe');
      assert.equal(chosen, expected, JSON.stringify([condition, answer]));
    }
  });

  test('validation: groups test country questions only, `includes` needs a list', () => {
    const definition = structuredClone(questionnaire) as Questionnaire;
    definition.questions.unshift({ id: 'home', type: 'country', title: 'q.ctx' });
    definition.questions.find((question) => question.id === 'q6')!.visibleIf = {
      all: [
        { question: 'ctx', inGroup: 'eu' },
        { question: 'home', includes: 'DE' },
        { question: 'home', outsideGroup: 'eea' },
        { question: 'markets', includes: 'EU' },
      ],
    };
    definition.questions.find((question) => question.id === 'q1')!.maxChoices = 2;
    const validation = validateQuestionnaire(definition);
    assert.deepEqual(
      validation.ok ? [] : validation.problems.map((problem) => [problem.path, problem.code]),
      [
        ['questions[3].maxChoices', 'not_for_type'],
        ['questions[8].visibleIf.all[0].inGroup', 'not_for_type'],
        ['questions[8].visibleIf.all[1].includes', 'not_for_type'],
        ['questions[8].visibleIf.all[3].includes', 'unknown_country'],
      ],
    );
  });
});

describe('share links carry several countries', () => {
  test('in the order chosen, and a damaged field is refused', () => {
    const answers: Answers = { markets: ['JP', 'DE', 'US'], q1: 'mid' };
    const payload = encodeShare(questionnaire, answers);
    assert.match(payload, /~jpdeus_/);
    const decoded = decodeShare(questionnaire, payload);
    assert.deepEqual(decoded, { ok: true, answers });
    for (const field of ['jpj', 'JPDE', 'jpjp', 'jpdeusfr'])
      assert.deepEqual(decodeShare(questionnaire, payload.replace('jpdeus', field)), {
        ok: false,
        reason: 'damaged',
      });
  });
});

describe('the order of the steps', () => {
  test('steps with an `order` come first, lowest first; then priority, then the gap', () => {
    const chosen = (answers: Answers) => score(questionnaire, answers).recommendations.map((item) => item.id);
    const none = chosen({ q1: 'low', q3: 's1' });
    assert.equal(none[0], 'decide', 'order 1, although its priority is low');
    assert.ok(!none.includes('china'));
    const china = chosen({ markets: ['CN'], q1: 'low', q3: 's1' });
    assert.deepEqual(china.slice(0, 2), ['decide', 'china']);
    // After the ordered ones, the high-priority step comes before the medium and low ones.
    const rest = china.slice(2);
    const rank = { high: 0, medium: 1, low: 2 } as const;
    const priorities = rest.map(
      (id) => rank[questionnaire.recommendations!.find((item) => item.id === id)!.priority],
    );
    assert.deepEqual(priorities, [...priorities].sort());
    assert.ok(rest.includes('customs'));
  });
});

describe('a question of weight 0', () => {
  test('is answered and counted, and never moves its dimension', () => {
    const definition = structuredClone(questionnaire) as Questionnaire;
    definition.questions.find((question) => question.id === 'q1')!.weight = 0;
    const low = score(definition, { q1: 'low', q2: ['a'] });
    const high = score(definition, { q1: 'high', q2: ['a'] });
    assert.deepEqual(low.dimensions, high.dimensions);
    assert.equal(low.completeness.answered, 2);
    assert.notDeepEqual(
      score(questionnaire, { q1: 'low', q2: ['a'] }).dimensions,
      score(questionnaire, { q1: 'high', q2: ['a'] }).dimensions,
      'with its usual weight it does',
    );
  });

  test('a dimension whose only scored question weighs 0 cannot score, and validation says so', () => {
    const definition = structuredClone(questionnaire) as Questionnaire;
    for (const question of definition.questions) if (question.dimension === 'd2') question.weight = 0;
    const validation = validateQuestionnaire(definition);
    assert.deepEqual(
      validation.ok ? [] : validation.problems.map((problem) => [problem.path, problem.code]),
      [['dimensions[1]', 'no_scorable_question']],
    );
  });
});
