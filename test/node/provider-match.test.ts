// matchServices() on the mini questionnaire and the mini profile: who is offered what, in which order,
// and until when. Every test passes `now` explicitly; the results are worked out in the comments.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  matchServices,
  score,
  validateProvider,
  validateQuestionnaire,
  type Answers,
  type Provider,
  type Questionnaire,
  type Service,
} from '../../src/engine/index.js';
import { mini } from '../fixtures/mini-questionnaire.js';
import { miniProvider, NOW } from '../fixtures/mini-provider.js';

function valid<T>(result: { ok: true; value: T } | { ok: false; problems: unknown }): T {
  if (!result.ok) assert.fail(JSON.stringify(result.problems));
  return result.value;
}
const questionnaire: Questionnaire = valid(validateQuestionnaire(mini()));
const provider: Provider = valid(validateProvider(miniProvider()));
/** The mini profile with its services replaced. */
const withServices = (...services: Partial<Service>[]): Provider =>
  valid(
    validateProvider({
      ...miniProvider(),
      services: services.map((service, index) => ({
        id: `s${index}`,
        kind: 'other',
        title: 'svc.everyone',
        url: 'https://example.org/',
        ...service,
      })),
    }),
  );

// ctx no → first_time, q6 hidden → stage starting. d1 0 (basic), d2 (0.25 + 0) / 2 → 13 (basic), d3 0.
// Recommendations: r2 (high) first, then the two medium ones by gap: r1 (d1, gap 100), r3 (d2, gap 87).
const FIRST_TIME: Answers = { ctx: 'no', q1: 'low', q2: ['none'], q3: 's1', q4: 'no', q5: 5 };
// ctx yes → experienced; q6 o1 → stage active. Every dimension 100 (advanced): only r2 (no levels) is given.
const EXPERIENCED: Answers = {
  ctx: 'yes',
  q1: 'high',
  q2: ['a', 'b', 'c'],
  q3: 's4',
  q4: 'yes',
  q5: 500,
  q6: 'o1',
};
const firstTime = score(questionnaire, FIRST_TIME);
const experienced = score(questionnaire, EXPERIENCED);
const ids = (answers: Answers, at: Date | number = NOW, profile: Provider = provider) =>
  matchServices(score(questionnaire, answers), questionnaire, profile, { now: at, answers }).map(
    (match) => match.id,
  );

describe('matchServices', () => {
  test('the results are what the scenarios assume', () => {
    assert.deepEqual([firstTime.profile, firstTime.stage], ['first_time', 'starting']);
    assert.deepEqual(
      firstTime.recommendations.map((item) => item.id),
      ['r2', 'r1', 'r3'],
    );
    assert.deepEqual([experienced.profile, experienced.stage], ['experienced', 'active']);
    assert.deepEqual(
      experienced.recommendations.map((item) => item.id),
      ['r2'],
    );
  });

  test('a first-time firm: services for its recommendations in their order, then the rest, dated first', () => {
    // for-r2 serves r2 (1st); d1-basic serves r1 (2nd, through d1); d2-weak fits by its condition
    // (d2 13 ≤ 60) and is dated; everyone and first-time fit, undated, in the profile's order.
    assert.deepEqual(ids(FIRST_TIME), ['for-r2', 'd1-basic', 'd2-weak', 'everyone', 'first-time']);
  });

  test('an experienced firm gets other services, and never those for first-timers', () => {
    // Both serve r2: for-r2 by name (starts in February), experienced-d3 through d3 (starts in April).
    assert.deepEqual(ids(EXPERIENCED), ['for-r2', 'experienced-d3', 'everyone']);
  });

  test('keys and numbers that say why each service was chosen', () => {
    const matches = matchServices(experienced, questionnaire, provider, { now: NOW });
    assert.deepEqual(matches[1], {
      id: 'experienced-d3',
      kind: 'programme',
      recommendations: ['r2'],
      dimensions: ['d3'],
      reason: {
        profile: 'experienced',
        stage: null,
        dimensions: [{ id: 'd3', score: 100, level: 'advanced' }],
        overall: null,
        condition: null,
      },
      start: '2027-04-01',
      end: '2027-12-15',
    });
    assert.deepEqual(matches[2]!.reason, {
      profile: null,
      stage: null,
      dimensions: [],
      overall: null,
      condition: null,
    });
    const weak = matchServices(firstTime, questionnaire, provider, { now: NOW }).find(
      (item) => item.id === 'd2-weak',
    )!;
    assert.equal(weak.reason.condition, true);
    assert.deepEqual(weak.recommendations, []);
  });

  test('levels without dimensions read the overall level', () => {
    const profile = withServices({ for: { levels: ['basic'] } }, { for: { levels: ['advanced'] } });
    assert.deepEqual(ids(FIRST_TIME, NOW, profile), ['s0']);
    assert.deepEqual(ids(EXPERIENCED, NOW, profile), ['s1']);
    const [match] = matchServices(firstTime, questionnaire, profile, { now: NOW });
    assert.deepEqual(match!.reason.overall, firstTime.overall);
  });

  test('dimensions need a recommendation, or with levels a level in them; they serve only those', () => {
    const profile = withServices(
      { for: { dimensions: ['d1', 'd2'] } }, // both recommended for the first-timer: serves r1, r3
      { for: { dimensions: ['d2'], levels: ['advanced'] } }, // d2 is basic: not offered
      { for: { dimensions: ['d1', 'd3'], levels: ['basic'] } }, // both basic: serves r1 (d1) and r2 (d3)
      { for: { dimensions: ['d1'], stages: ['active'] } }, // stage starting: not offered
    );
    const matches = matchServices(firstTime, questionnaire, profile, { now: NOW });
    assert.deepEqual(
      matches.map((match) => [match.id, match.recommendations, match.dimensions]),
      [
        ['s2', ['r2', 'r1'], ['d1', 'd3']],
        ['s0', ['r1', 'r3'], ['d1', 'd2']],
      ],
    );
    // The experienced firm: a recommendation only on d3 (s0 names d1, d2), d2 advanced (s1, serving no
    // recommendation), nothing basic (s2), and stage active (s3, but d1 has no recommendation).
    const others = matchServices(experienced, questionnaire, profile, { now: NOW });
    assert.deepEqual(
      others.map((match) => [match.id, match.recommendations, match.dimensions]),
      [['s1', [], ['d2']]],
    );
  });

  test('every criterion given must hold', () => {
    const profile = withServices(
      { for: { recommendations: ['r1'], dimensions: ['d3'] } },
      { for: { recommendations: ['r1'], profiles: ['experienced'] } },
      { for: { recommendations: ['r3', 'r1'], profiles: ['first_time'], stages: ['starting'] } },
    );
    assert.deepEqual(ids(FIRST_TIME, NOW, profile), ['s0', 's2']);
  });

  test('a condition on answers sees the answers given, and none without them', () => {
    const profile = withServices(
      { for: { when: { question: 'ctx', equals: 'no' } } },
      { for: { when: { question: 'ctx', answered: false } } },
      {
        for: {
          when: {
            all: [
              { index: 'idx', atMost: 0 },
              { score: 'overall', atMost: 10 },
            ],
          },
        },
      },
    );
    assert.deepEqual(ids(FIRST_TIME, NOW, profile), ['s0', 's2']);
    assert.deepEqual(
      matchServices(firstTime, questionnaire, profile, { now: NOW }).map((match) => match.id),
      ['s1', 's2'],
    );
  });

  test('an event is offered until its end instant and dropped one millisecond later', () => {
    // for-r2 ends 2027-02-10T17:00:00+01:00, that is 16:00Z.
    const end = Date.parse('2027-02-10T16:00:00.000Z');
    assert.ok(ids(EXPERIENCED, end).includes('for-r2'));
    assert.ok(!ids(EXPERIENCED, end + 1).includes('for-r2'));
    assert.ok(ids(EXPERIENCED, new Date(end)).includes('for-r2'), 'a Date works as well as a number');
  });

  test('a date-only end lasts the whole day in UTC, and so does a start-only date', () => {
    // experienced-d3 ends on 2027-12-15; d2-weak has only a start, 2027-03-01.
    const lastOf = (day: string) => Date.parse(`${day}T23:59:59.999Z`);
    assert.ok(ids(EXPERIENCED, lastOf('2027-12-15')).includes('experienced-d3'));
    assert.ok(!ids(EXPERIENCED, lastOf('2027-12-15') + 1).includes('experienced-d3'));
    assert.ok(ids(FIRST_TIME, lastOf('2027-03-01')).includes('d2-weak'));
    assert.ok(!ids(FIRST_TIME, lastOf('2027-03-01') + 1).includes('d2-weak'));
  });

  test('a service under way is still offered; a past one never', () => {
    assert.ok(ids(EXPERIENCED, Date.parse('2027-06-01T12:00:00Z')).includes('experienced-d3'));
    assert.ok(ids(EXPERIENCED, Date.parse('2026-05-13T12:00:00Z')).includes('past'));
    assert.ok(!ids(EXPERIENCED).includes('past'));
  });

  test('an unusable clock drops every dated service and keeps the rest', () => {
    assert.deepEqual(ids(FIRST_TIME, Number.NaN), ['d1-basic', 'everyone', 'first-time']);
    assert.deepEqual(ids(FIRST_TIME, new Date('not a date')), ['d1-basic', 'everyone', 'first-time']);
  });

  test('services that serve no recommendation: by start date, soonest first, then in the profile order', () => {
    const profile = withServices(
      {},
      { start: '2027-05-01' },
      { start: '2027-02-01T10:00Z', end: '2027-02-01T12:00Z' },
      {},
      { start: '2027-02-01' },
    );
    assert.deepEqual(ids(EXPERIENCED, NOW, profile), ['s4', 's2', 's1', 's0', 's3']);
  });

  test('ids the questionnaire lacks match nothing, and nothing throws', () => {
    const profile = withServices(
      { for: { dimensions: ['d9'] } },
      { for: { recommendations: ['r9'] } },
      { for: { when: { question: 'q9', equals: 'x' } } },
      { for: { when: { score: { dimension: 'd9' }, atLeast: 0 } } },
      { for: { when: { question: 'q9', answered: false } } },
    );
    assert.deepEqual(ids(FIRST_TIME, NOW, profile), ['s4']);
  });
});
