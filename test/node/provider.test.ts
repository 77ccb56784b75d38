// The provider profile: validateProvider() rule by rule, its dates, and checkProviderAgainst() on the
// mini questionnaire, with the mini profile of test/fixtures/mini-provider.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  checkProviderAgainst,
  providerTextKeys,
  validateProvider,
  validateQuestionnaire,
  type Problem,
  type Provider,
  type Questionnaire,
} from '../../src/engine/index.js';
import { endInstant, isServiceDate, startInstant } from '../../src/engine/provider/dates.js';
import { mini } from '../fixtures/mini-questionnaire.js';
import { miniProvider } from '../fixtures/mini-provider.js';

const questionnaire: Questionnaire = (() => {
  const result = validateQuestionnaire(mini());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
})();

function valid(input: unknown): Provider {
  const result = validateProvider(input);
  if (!result.ok) assert.fail(JSON.stringify(result.problems, null, 2));
  return result.value;
}

/** The problems of a profile validation as `path [code]`, in the order reported. */
function problemsOf(input: unknown): string[] {
  const result = validateProvider(input);
  assert.equal(result.ok, false, 'expected problems');
  return (result as { problems: Problem[] }).problems.map((problem) => `${problem.path} [${problem.code}]`);
}

describe('validateProvider', () => {
  test('returns the typed profile, and accepts the same as JSON text, without changing its input', () => {
    const input = miniProvider();
    const copy = structuredClone(input);
    const provider = valid(input);
    assert.equal(provider.id, 'mini-provider');
    assert.equal(provider.services.length, 7);
    assert.deepEqual(valid(JSON.stringify(input)), provider);
    assert.deepEqual(input, copy);
  });

  test('shape: paths, codes, and "did you mean" for a misspelt field', () => {
    const input = miniProvider();
    input.services[0]!.titel = input.services[0]!.title;
    delete input.services[0]!.title;
    input.services[1]!.kind = 'workshop';
    input.services[2]!.online = false;
    input.contact.email = 42;
    const result = validateProvider(input);
    assert.ok(!result.ok);
    const byPath = Object.fromEntries(result.problems.map((problem) => [problem.path, problem]));
    assert.equal(byPath['services[0].title']?.code, 'required');
    assert.match(byPath['services[0].titel']!.message, /did you mean "title"/);
    assert.equal(byPath['services[1].kind']?.code, 'invalid_value');
    assert.match(byPath['services[1].kind']!.message, /"matchmaking".*"investor-pitching"/);
    assert.equal(byPath['services[2].online']?.code, 'invalid_value');
    assert.equal(byPath['contact.email']?.code, 'invalid_type');
  });

  test('a broken condition in a service is reported like one in a questionnaire', () => {
    const input = miniProvider();
    input.services[5]!.for = { when: { score: { dimension: 'd2' }, atLeast: 'high' } };
    assert.deepEqual(problemsOf(input), ['services[5].for.when.atLeast [invalid_type]']);
    input.services[5]!.for = { when: { sometimes: true } };
    assert.deepEqual(problemsOf(input), ['services[5].for.when [invalid_condition]']);
  });

  test('refuses what is not JSON, what nests absurdly deep, and conditions nested past the limit', () => {
    assert.deepEqual(problemsOf('{ "id": '), [' [invalid_json]']);
    let deep: unknown = {};
    for (let level = 0; level < 80; level += 1) deep = { all: [deep] };
    assert.deepEqual(
      problemsOf({
        ...miniProvider(),
        services: [{ ...miniProvider().services[0], for: { when: deep } }],
      }).map((problem) => problem.replace(/^.* /, '')),
      ['[too_deep]'],
    );
    // `not` adds one level of JSON per level of condition, so this passes the input check and meets the rule.
    let negated: unknown = { profile: 'first_time' };
    for (let level = 0; level < 40; level += 1) negated = { not: negated };
    const input = miniProvider();
    input.services[0]!.for = { when: negated };
    assert.deepEqual(problemsOf(input), ['services[0].for.when [too_deep]']);
  });

  test('every problem across fields at once, each with its path and code', () => {
    const input = miniProvider();
    input.defaultLocale = 'fr';
    input.locales = ['en', 'de', 'it'];
    input.contact.email = 'advice(at)example.org';
    input.contact.phone = 'call us';
    input.contact.booking = 'http://example.org/book';
    input.privacy.url = 'ftp://example.org/privacy';
    input.services[1]!.id = 'everyone';
    input.services[0]!.url = 'javascript:alert(1)';
    input.services[3]!.url = 'http://example.org/d1';
    input.services[2]!.end = '2027-03-31';
    input.services[4]!.start = '2027-02-10T09:00';
    input.services[6]!.end = '2026-02-30';
    input.services[1]!.languages = ['de', 'German', 'en_GB'];
    delete (input.texts.de!.svc as Record<string, unknown>).r2;
    input.submitUrl = 'http://collector.example.org/submissions';
    assert.deepEqual(problemsOf(input), [
      'defaultLocale [unknown_locale]',
      'locales[2] [missing_locale]',
      'contact.email [invalid_email]',
      'contact.phone [invalid_phone]',
      'contact.booking [unsafe_url]',
      'privacy.url [unsafe_url]',
      'services[1].id [duplicate_id]',
      'services[0].url [unsafe_url]',
      'services[1].languages[1] [invalid_language]',
      'services[1].languages[2] [invalid_language]',
      'services[2].end [end_before_start]',
      'services[3].url [unsafe_url]',
      'services[4].start [invalid_date]',
      'services[6].end [invalid_date]',
      'submitUrl [unsafe_url]',
      'services[4].title [missing_text]',
    ]);
  });

  test('results are sent only where a privacy notice says what happens to them', () => {
    const input = miniProvider();
    delete (input as Record<string, unknown>).privacy;
    delete (input.texts.en as Record<string, unknown>).privacy;
    delete (input.texts.de as Record<string, unknown>).privacy;
    assert.deepEqual(problemsOf(input), ['privacy [missing_privacy]']);
    delete (input as Record<string, unknown>).submitUrl;
    valid(input);
  });

  test('submitUrl: https anywhere, http only on this machine', () => {
    for (const url of [
      'https://collector.example.org/submissions',
      'http://localhost:8787/submissions',
      'http://127.0.0.1/submissions',
      'http://[::1]:3000/',
    ])
      valid({ ...miniProvider(), submitUrl: url });
    for (const url of [
      'http://collector.example.org/',
      'http://localhost.example.org/',
      'http://localhost@example.org/',
      'https://user:secret@example.org/',
      '//collector.example.org/',
      'mailto:advice@example.org',
    ])
      assert.deepEqual(problemsOf({ ...miniProvider(), submitUrl: url }), ['submitUrl [unsafe_url]'], url);
  });

  test('e-mail addresses, phone numbers and languages as providers write them', () => {
    const contactOk = ['advice@example.org', 'first.last+export@sub.example.co.uk', 'a@xn--mller-kva.de'];
    for (const email of contactOk) valid({ ...miniProvider(), contact: { email } });
    for (const email of [
      'advice@example',
      'advice@@example.org',
      'ad vice@example.org',
      'advice@example.org?cc=x',
    ])
      assert.deepEqual(problemsOf({ ...miniProvider(), contact: { email } }), [
        'contact.email [invalid_email]',
      ]);
    for (const phone of ['+49 30 000000', '(030) 000 000-0', '+1 555.010.0000'])
      valid({ ...miniProvider(), contact: { email: 'a@example.org', phone } });
    for (const phone of ['+', '12', 'tel:+4930000000'])
      assert.deepEqual(
        problemsOf({ ...miniProvider(), contact: { email: 'a@example.org', phone } }),
        ['contact.phone [invalid_phone]'],
        phone,
      );
    const input = miniProvider();
    input.services[1]!.languages = ['de', 'en-GB', 'zh-Hans', 'zh-Hant-TW', 'es-419', 'sl-rozaj'];
    valid(input);
  });

  test('every text key the profile uses is looked for in every locale', () => {
    const provider = valid(miniProvider());
    assert.deepEqual(
      providerTextKeys(provider).map((item) => item.key),
      [
        'name',
        'description',
        'address',
        'privacy.notice',
        'svc.everyone',
        'svc.first',
        'svc.body',
        'svc.experienced',
        'svc.d1',
        'svc.r2',
        'svc.d2',
        'svc.place',
        'svc.past',
        'svc.place',
      ],
    );
    const input = miniProvider();
    (input.texts.de as Record<string, unknown>).address = { street: 'Musterweg 1' };
    assert.deepEqual(problemsOf(input), ['contact.address [missing_text]']);
  });

  test('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
        (input) => {
          assert.equal(typeof validateProvider(input).ok, 'boolean');
        },
      ),
      { numRuns: 300 },
    );
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    assert.deepEqual(problemsOf(hostile), [' [unreadable]']);
  });
});

describe('service dates', () => {
  test('a date is a whole day in UTC: first millisecond as a start, last as an end', () => {
    assert.equal(startInstant('2027-03-16'), Date.parse('2027-03-16T00:00:00.000Z'));
    assert.equal(endInstant('2027-03-16'), Date.parse('2027-03-16T23:59:59.999Z'));
  });

  test('a date-time is the instant it names, in any offset', () => {
    const instant = Date.parse('2027-03-16T08:00:00.000Z');
    for (const text of [
      '2027-03-16T09:00+01:00',
      '2027-03-16T09:00:00+01:00',
      '2027-03-16T03:00:00.000-05:00',
      '2027-03-16T08:00Z',
    ])
      assert.equal(startInstant(text), instant, text);
    assert.equal(endInstant('2027-03-16T17:30:15.25Z'), Date.parse('2027-03-16T17:30:15.250Z'));
    assert.equal(endInstant('2027-03-16T17:30:15.2999Z'), Date.parse('2027-03-16T17:30:15.299Z'));
  });

  test('only real days and times, and a date-time only with its offset', () => {
    for (const text of ['2028-02-29', '2027-12-31T23:59:59Z', '2027-01-01T00:00:00+14:00'])
      assert.ok(isServiceDate(text), text);
    for (const text of [
      '2027-02-29',
      '2027-04-31',
      '2027-13-01',
      '2027-00-10',
      '2027-3-1',
      '16.03.2027',
      '2027-03-16T09:00',
      '2027-03-16T24:00Z',
      '2027-03-16T09:60Z',
      '2027-03-16T09:00:60Z',
      '2027-03-16 09:00Z',
      '2027-03-16T09:00+1',
      '',
    ])
      assert.equal(isServiceDate(text), false, text);
  });
});

describe('checkProviderAgainst', () => {
  test('the mini profile fits the mini questionnaire', () => {
    assert.deepEqual(checkProviderAgainst(valid(miniProvider()), questionnaire), []);
  });

  test('every reference the questionnaire lacks, with a path into the profile', () => {
    const input = miniProvider();
    input.services[2]!.for = {
      dimensions: ['d3', 'd9'],
      profiles: ['experienced', 'seasoned'],
      stages: ['scaling'],
      levels: ['basic', 'expert'],
      recommendations: ['r1', 'r7'],
      when: {
        all: [
          { question: 'q9', answered: true },
          { question: 'q1', in: ['mid', 'top'] },
          { score: { area: 'green' }, atLeast: 10 },
          { index: 'dii', atMost: 3 },
          { not: { stage: 'scaling' } },
        ],
      },
    };
    const problems = checkProviderAgainst(valid(input), questionnaire);
    assert.deepEqual(
      problems.map((problem) => `${problem.path} [${problem.code}]`),
      [
        'services[2].for.dimensions[1] [unknown_dimension]',
        'services[2].for.profiles[1] [unknown_profile]',
        'services[2].for.stages[0] [unknown_stage]',
        'services[2].for.levels[1] [unknown_level]',
        'services[2].for.recommendations[1] [unknown_recommendation]',
        'services[2].for.when.all[0].question [unknown_question]',
        'services[2].for.when.all[1].in[1] [unknown_option]',
        'services[2].for.when.all[2].score.area [unknown_area]',
        'services[2].for.when.all[3].index [unknown_index]',
        'services[2].for.when.all[4].not.stage [unknown_stage]',
      ],
    );
    assert.equal(problems[0]!.message, 'The questionnaire "mini" has no dimension "d9".');
  });

  test('a question test must say what it tests, as in a questionnaire', () => {
    const input = miniProvider();
    input.services[0]!.for = { when: { question: 'q1' } };
    assert.deepEqual(
      checkProviderAgainst(valid(input), questionnaire).map((problem) => problem.code),
      ['empty_test'],
    );
  });
});
