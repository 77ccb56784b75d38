// Country questions and drop-down single choices (the default questionnaire's "About your company"
// block) through the one answer model: what normalise accepts, how share links carry them, that
// conditions read them, and that the country list is the assigned ISO 3166-1 alpha-2 codes.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  COUNTRY_CODES,
  EEA_COUNTRY_CODES,
  QuestionnaireSchema,
  compile,
  decodeShare,
  encodeShare,
  evaluate,
  isCountryCode,
  normaliseAnswer,
  parseAnswers,
  score,
  selectAnswer,
  validateQuestionnaire,
  visibleQuestions,
  type Answers,
  type Questionnaire,
} from '../../src/engine/index.js';
import { mini } from '../fixtures/mini-questionnaire.js';
import { answerContext } from '../fixtures/condition-context.js';

/** The mini questionnaire with a drop-down single choice, two country questions and a question shown by country. */
function withAbout(): Questionnaire {
  const definition = mini();
  definition.questions.unshift(
    {
      id: 'sector',
      type: 'single',
      display: 'dropdown',
      title: 'q.ctx',
      options: ['C', 'G', 'J'].map((id) => ({ id, label: 'opt.yes' })),
    },
    { id: 'country', type: 'country', title: 'q.ctx' },
    { id: 'near', type: 'country', title: 'q.ctx', countries: ['DE', 'AT', 'CH'] },
  );
  // q6 is asked only of firms in German-speaking countries.
  const q6 = definition.questions.find((question) => question.id === 'q6')!;
  q6.visibleIf = { question: 'country', in: ['DE', 'AT', 'CH'] };
  const validation = validateQuestionnaire(definition);
  assert.deepEqual(validation.ok ? [] : validation.problems, []);
  return (validation as { value: Questionnaire }).value;
}

const questionnaire = withAbout();
const compiled = compile(questionnaire);
const question = (id: string) => compiled.byId.get(id)!;

describe('the country list', () => {
  test('is the 249 assigned ISO 3166-1 alpha-2 codes, sorted, without reserved or user-assigned ones', () => {
    assert.equal(COUNTRY_CODES.length, 249);
    assert.deepEqual([...COUNTRY_CODES], [...new Set(COUNTRY_CODES)].sort());
    assert.ok(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code)));
    for (const code of ['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'XK', 'ZZ', 'UK', 'EL', 'AC', 'DD', 'SU'])
      assert.equal(isCountryCode(code), false, code);
    for (const code of ['DE', 'GB', 'GR', 'SS', 'CW', 'AQ', 'TW'])
      assert.equal(isCountryCode(code), true, code);
    assert.equal(isCountryCode('de'), false);
  });

  test('names every code in Node’s Intl data, and the EEA is the EU 27 plus Iceland, Liechtenstein and Norway', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    assert.deepEqual(
      COUNTRY_CODES.filter((code) => !names.of(code)),
      [],
    );
    assert.equal(EEA_COUNTRY_CODES.length, 30);
    assert.ok(EEA_COUNTRY_CODES.every(isCountryCode));
    for (const code of ['IS', 'LI', 'NO', 'GR', 'HR']) assert.ok(EEA_COUNTRY_CODES.includes(code), code);
    for (const code of ['CH', 'GB']) assert.ok(!EEA_COUNTRY_CODES.includes(code), code);
  });
});

describe('the answer model', () => {
  test('a country answer is an upper-case code the question offers, nothing else', () => {
    const problems: string[] = [];
    const report = (code: string) => problems.push(code);
    assert.equal(normaliseAnswer(question('country'), 'DE', report), 'DE');
    assert.equal(normaliseAnswer(question('country'), 'de', report), undefined);
    assert.equal(normaliseAnswer(question('country'), 'EU', report), undefined);
    assert.equal(normaliseAnswer(question('country'), ['DE'], report), undefined);
    assert.equal(normaliseAnswer(question('country'), 49, report), undefined);
    assert.equal(normaliseAnswer(question('near'), 'AT', report), 'AT');
    assert.equal(normaliseAnswer(question('near'), 'FR', report), undefined, 'not among its countries');
    assert.deepEqual(problems, [
      'unknown_country',
      'unknown_country',
      'invalid_type',
      'invalid_type',
      'unknown_country',
    ]);
  });

  test('parseAnswers keeps the valid ones and says which it dropped', () => {
    const parsed = parseAnswers(questionnaire, { country: 'FR', near: 'FR', sector: 'G' });
    assert.deepEqual(parsed.answers, { country: 'FR', sector: 'G' });
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.path, problem.code]),
      [['near', 'unknown_country']],
    );
  });

  test('a drop-down single choice is a single choice; picking the empty entry clears it', () => {
    assert.equal(normaliseAnswer(question('sector'), 'J'), 'J');
    assert.equal(normaliseAnswer(question('sector'), ['J']), undefined);
    assert.equal(selectAnswer(question('sector'), 'G'), 'G');
    assert.equal(selectAnswer(question('sector'), ''), null);
    assert.equal(selectAnswer(question('sector'), 'X'), null);
    assert.equal(selectAnswer(question('country'), 'PL'), 'PL');
    assert.equal(selectAnswer(question('country'), 'XK'), null);
  });

  test('neither is scored: the scores do not change with them, completeness counts them', () => {
    const answers: Answers = { q1: 'high', q3: 's2' };
    const without = score(questionnaire, answers);
    const withAbout = score(questionnaire, { ...answers, sector: 'C', country: 'PL', near: 'CH' });
    assert.deepEqual(withAbout.dimensions, without.dimensions);
    assert.deepEqual(withAbout.overall, without.overall);
    assert.equal(withAbout.completeness.answered, without.completeness.answered + 3);
  });
});

describe('conditions on a country', () => {
  test('`in` and `equals` read a country answer, in the evaluator and in the compiled predicates alike', () => {
    const shown = (answers: Answers) =>
      visibleQuestions(questionnaire, answers).some((item) => item.id === 'q6');
    assert.equal(shown({ country: 'AT' }), true);
    assert.equal(shown({ country: 'FR' }), false);
    assert.equal(shown({}), false);
    const context = (answer: string | undefined) => answerContext(compiled, answer);
    assert.equal(evaluate({ question: 'country', equals: 'DE' }, context('DE')), true);
    assert.equal(evaluate({ question: 'country', equals: 'DE' }, context('AT')), false);
    assert.equal(evaluate({ question: 'country', in: ['AT', 'CH'] }, context('CH')), true);
    assert.equal(evaluate({ question: 'country', answered: false }, context(undefined)), true);
  });

  test('validation checks the codes a condition names against the question’s countries', () => {
    const definition = structuredClone(questionnaire) as Questionnaire;
    definition.questions.find((item) => item.id === 'q6')!.visibleIf = {
      all: [
        { question: 'near', equals: 'FR' },
        { question: 'country', in: ['DE', 'de'] },
        { question: 'country', equals: 3 },
      ],
    };
    const validation = validateQuestionnaire(definition);
    assert.deepEqual(
      validation.ok ? [] : validation.problems.map((problem) => [problem.path, problem.code]),
      [
        ['questions[9].visibleIf.all[0].equals', 'unknown_country'],
        ['questions[9].visibleIf.all[1].in[1]', 'unknown_country'],
        ['questions[9].visibleIf.all[2].equals', 'invalid_bound'],
      ],
    );
  });
});

describe('share links', () => {
  const answers: Answers = { sector: 'J', country: 'DE', near: 'CH', q1: 'mid' };

  test('carry a country as its two letters and a drop-down choice as its position; they decode back', () => {
    const payload = encodeShare(questionnaire, answers);
    assert.equal(payload.split('~')[2]!.split('_').slice(0, 3).join('_'), '2_de_ch');
    const decoded = decodeShare(questionnaire, payload);
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.answers, answers);
  });

  test('an unknown or differently written code makes the link damaged', () => {
    const [id, version, fields] = encodeShare(questionnaire, answers).split('~');
    const withCountry = (code: string) =>
      ((decoded) => (decoded.ok ? 'ok' : decoded.reason))(
        decodeShare(questionnaire, [id, version, fields!.replace('_de_', `_${code}_`)].join('~')),
      );
    assert.equal(withCountry('at'), 'ok');
    for (const code of ['zz', 'eu', 'xk', 'DE', 'd', 'deu', '1a'])
      assert.equal(withCountry(code), 'damaged', code);
    // "near" offers only DE, AT and CH.
    const near = decodeShare(questionnaire, [id, version, fields!.replace('_ch', '_fr')].join('~'));
    assert.deepEqual(near, { ok: false, reason: 'damaged' });
  });
});

describe('the published JSON Schema', () => {
  test('knows the country type and the display and countries fields', () => {
    const schema = JSON.stringify(z.toJSONSchema(QuestionnaireSchema, { unrepresentable: 'any' }));
    assert.match(schema, /"enum":\["single","multi","scale","boolean","number","country"\]/);
    assert.match(schema, /"display":\{[^}]*"enum":\["dropdown"\]/);
    assert.match(schema, /"countries":\{[^}]*"type":"array"/);
  });

  test('misspelt fields get a "did you mean"', () => {
    const definition = mini();
    definition.questions[0]!.dispaly = 'dropdown';
    definition.questions[1]!.countires = ['DE'];
    const validation = validateQuestionnaire(definition);
    assert.deepEqual(validation.ok ? [] : validation.problems.map((problem) => problem.message), [
      'Unknown field "dispaly" (did you mean "display"?).',
      'Unknown field "countires" (did you mean "countries"?).',
    ]);
  });
});
