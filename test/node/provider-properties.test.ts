// Property-based tests (fast-check) of matchServices(): generated provider profiles (services with any
// mix of criteria, conditions and dates, some naming ids the questionnaire lacks) against the mini
// questionnaire's results for generated answers. What must hold for any profile a provider may write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  matchServices,
  score,
  validateProvider,
  validateQuestionnaire,
  type Answer,
  type Condition,
  type Provider,
  type Questionnaire,
  type Result,
  type Service,
  type ServiceMatch,
} from '../../src/engine/index.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { mini } from '../fixtures/mini-questionnaire.js';
import { miniProvider, NOW } from '../fixtures/mini-provider.js';

const questionnaire: Questionnaire = (() => {
  const result = validateQuestionnaire(mini());
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
})();

// ---- Generated answers and results ----------------------------------------------------------------

const answers: fc.Arbitrary<Record<string, Answer>> = fc
  .tuple(
    ...questionnaire.questions.map((question) => {
      const options = question.options ?? [];
      const plain = options.filter((option) => !option.exclusive).map((option) => option.id);
      const exclusive = options.filter((option) => option.exclusive).map((option) => [option.id]);
      const value: fc.Arbitrary<Answer> =
        question.type === 'number'
          ? fc.integer({ min: question.min ?? 0, max: (question.max ?? 1000) - 1 })
          : question.type === 'multi'
            ? fc.oneof(fc.subarray(plain, { minLength: 1 }), fc.constantFrom(...exclusive))
            : fc.constantFrom(...options.map((option) => option.id));
      return fc.option(value, { nil: undefined, freq: 5 }).map((answer) => [question.id, answer] as const);
    }),
  )
  .map(
    (pairs) =>
      Object.fromEntries(pairs.filter(([, answer]) => answer !== undefined)) as Record<string, Answer>,
  );

// ---- Generated profiles ---------------------------------------------------------------------------

const DAY = 24 * 60 * 60 * 1000;
const KINDS = [
  'matchmaking',
  'investor-pitching',
  'webinar',
  'event',
  'coaching',
  'programme',
  'mission',
  'funding',
  'assessment',
  'other',
] as const;
const CONDITIONS: Condition[] = [
  { question: 'ctx', equals: 'yes' },
  { question: 'q5', atLeast: 100 },
  { question: 'q6', answered: false },
  { score: { dimension: 'd2' }, atMost: 60 },
  { score: { area: 'export' }, atLeast: 50 },
  { index: 'idx', atLeast: 1 },
  { not: { profile: 'experienced' } },
  { any: [{ stage: 'active' }, { score: 'overall', atLeast: 50 }] },
  { question: 'unknown', equals: 'x' },
];
/** Some list of ids, each pool with one the questionnaire does not have. */
const someOf = (pool: string[]) => fc.subarray(pool, { minLength: 1 });

/** An instant within a year of NOW, written as a date or as a date-time in UTC. */
const dateText = (instant: number, dateOnly: boolean) =>
  dateOnly ? new Date(instant).toISOString().slice(0, 10) : new Date(instant).toISOString();
const dates = fc.oneof(
  fc.constant({}),
  fc
    .tuple(
      fc.integer({ min: -365 * DAY, max: 365 * DAY }),
      fc.integer({ min: 0, max: 30 * DAY }),
      fc.boolean(),
      fc.boolean(),
      fc.constantFrom('start', 'end', 'both'),
    )
    .map(([offset, length, startDay, endDay, which]) => {
      // The end is never before the start: a date-only start is its day's first millisecond.
      const start = dateText(NOW + offset, startDay);
      const end = dateText(NOW + offset + length, endDay);
      return which === 'start' ? { start } : which === 'end' ? { end } : { start, end };
    }),
);
const target = fc.record(
  {
    dimensions: someOf(['d1', 'd2', 'd3', 'd9']),
    profiles: someOf(['experienced', 'first_time', 'exporter']),
    stages: someOf(['active', 'starting', 'scaling']),
    levels: someOf(['basic', 'advanced', 'expert']),
    recommendations: someOf(['r1', 'r2', 'r3', 'r9']),
    when: fc.constantFrom(...CONDITIONS),
  },
  { requiredKeys: [] },
);
const service = fc.record({
  kind: fc.constantFrom(...KINDS),
  for: fc.option(target, { nil: undefined, freq: 4 }),
  dates,
});

const providers: fc.Arbitrary<Provider> = fc.array(service, { maxLength: 8 }).map((specs) => {
  const input = {
    ...miniProvider(),
    services: specs.map((spec, index) => ({
      id: `s${index}`,
      kind: spec.kind,
      title: 'svc.everyone',
      url: 'https://example.org/',
      ...spec.dates,
      ...(spec.for === undefined ? {} : { for: spec.for }),
    })),
  };
  const result = validateProvider(input);
  if (!result.ok) throw new Error(`generator made an invalid profile: ${JSON.stringify(result.problems)}`);
  return result.value;
});

const scenarios = fc.tuple(providers, answers, fc.integer({ min: -400 * DAY, max: 400 * DAY }));
const run = (provider: Provider, given: Record<string, Answer>, now: number) => {
  const result = score(questionnaire, given);
  return {
    result,
    matches: matchServices(result, questionnaire, provider, { now: NOW + now, answers: given }),
  };
};
const serviceOf = (provider: Provider, match: ServiceMatch) =>
  provider.services.find((item) => item.id === match.id)!;

/** The last instant of a dated service, worked out from the text as the documentation states it. */
function lastInstant(item: Service): number | null {
  const last = item.end ?? item.start;
  if (last === undefined) return null;
  return last.length === 10 ? Date.parse(`${last}T23:59:59.999Z`) : Date.parse(last);
}

/** `value` with the keys of every object in it in another order (arrays keep theirs: it means something). */
function reorder(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item) => reorder(item, seed));
  if (value === null || typeof value !== 'object') return value;
  const rank = (key: string) => {
    let hash = seed;
    for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
    return hash;
  };
  const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b));
  return Object.fromEntries(keys.map((key) => [key, reorder((value as Record<string, unknown>)[key], seed)]));
}

// ---- Properties -----------------------------------------------------------------------------------

test('a service for one profile is never shown to a firm of another profile', () => {
  const seen = new Set<string | null>();
  fc.assert(
    fc.property(scenarios, ([provider, given, now]) => {
      const { result, matches } = run(provider, given, now);
      for (const match of matches) {
        const profiles = serviceOf(provider, match).for?.profiles;
        if (!profiles) continue;
        assert.ok(
          result.profile !== null && profiles.includes(result.profile),
          `${match.id} for ${profiles}`,
        );
        seen.add(result.profile);
      }
      // And the other way round, directly: one service for first-timers only.
      const only = {
        ...provider,
        services: [
          {
            id: 'ft',
            kind: 'coaching' as const,
            title: 't',
            url: 'https://example.org/',
            for: { profiles: ['first_time'] },
          },
        ],
      };
      const shown = matchServices(result, questionnaire, only, { now: NOW }).length === 1;
      assert.equal(shown, result.profile === 'first_time');
    }),
    { numRuns: 400 },
  );
  assert.deepEqual([...seen].sort(), ['experienced', 'first_time'], 'the generator must reach both profiles');
});

test('a dated service is offered at its last instant (if it fits) and gone one millisecond later', () => {
  let dated = 0;
  fc.assert(
    fc.property(providers, answers, (provider, given) => {
      const result = score(questionnaire, given);
      for (const item of provider.services) {
        const last = lastInstant(item);
        if (last === null) continue;
        dated += 1;
        const alone = (service: Service) => ({ ...provider, services: [service] });
        const { start: _start, end: _end, ...undated } = item;
        const fits =
          matchServices(result, questionnaire, alone(undated), { now: NOW, answers: given }).length === 1;
        const at = (now: number) =>
          matchServices(result, questionnaire, alone(item), { now, answers: given }).length === 1;
        assert.equal(at(last), fits, `${item.id} at ${new Date(last).toISOString()}`);
        assert.equal(at(last + 1), false, `${item.id} after ${new Date(last).toISOString()}`);
      }
    }),
    { numRuns: 200 },
  );
  assert.ok(dated > 200, `only ${dated} dated services: the generator is too weak`);
});

test('a service with no criteria and no dates is offered to everyone', () => {
  fc.assert(
    fc.property(scenarios, ([provider, given, now]) => {
      const open = { id: 'open', kind: 'webinar' as const, title: 't', url: 'https://example.org/' };
      const profile = {
        ...provider,
        services: [...provider.services, open, { ...open, id: 'empty', for: {} }],
      };
      const { matches } = run(profile, given, now);
      const shown = matches.map((match) => match.id);
      assert.ok(shown.includes('open') && shown.includes('empty'));
    }),
    { numRuns: 200 },
  );
});

test('the order follows the recommendations, then start dates, and what is shown holds together', () => {
  fc.assert(
    fc.property(scenarios, ([provider, given, now]) => {
      const { result, matches } = run(provider, given, now);
      const position = new Map(result.recommendations.map((item, index) => [item.id, index]));
      const dimensionOrder = result.dimensions.map((dimension) => dimension.id);
      const keyOf = (match: ServiceMatch) => {
        const item = serviceOf(provider, match);
        const rank = Math.min(...match.recommendations.map((id) => position.get(id)!));
        return [
          rank,
          item.start === undefined ? 1 : 0,
          item.start === undefined ? 0 : Date.parse(item.start),
        ];
      };
      for (let index = 1; index < matches.length; index += 1) {
        const [a, b] = [keyOf(matches[index - 1]!), keyOf(matches[index]!)];
        const order = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
        assert.ok(order <= 0, `${matches[index - 1]!.id} before ${matches[index]!.id}`);
      }
      for (const match of matches) {
        const item = serviceOf(provider, match);
        const inResultOrder = (list: string[], order: string[]) =>
          assert.deepEqual(
            list,
            order.filter((id) => list.includes(id)),
          );
        inResultOrder(
          match.recommendations,
          result.recommendations.map((item) => item.id),
        );
        inResultOrder(match.dimensions, dimensionOrder);
        assert.deepEqual(
          match.reason.dimensions.map((dimension) => dimension.id),
          match.dimensions,
        );
        assert.equal(match.reason.condition, item.for?.when ? true : null);
        assert.equal(match.kind, item.kind);
        assert.deepEqual([match.start, match.end], [item.start ?? null, item.end ?? null]);
      }
      assert.equal(new Set(matches.map((match) => match.id)).size, matches.length);
    }),
    { numRuns: 300 },
  );
});

test('deterministic, and the key order of the objects passed changes nothing', () => {
  fc.assert(
    fc.property(scenarios, fc.nat(), ([provider, given, now], seed) => {
      const { result, matches } = run(provider, given, now);
      const again = matchServices(
        reorder(result, seed) as Result,
        reorder(structuredClone(questionnaire), seed) as Questionnaire,
        reorder(provider, seed) as Provider,
        { now: new Date(NOW + now), answers: reorder(given, seed) as Record<string, Answer> },
      );
      assert.deepEqual(again, matches);
      assert.deepEqual(
        matchServices(result, questionnaire, provider, { now: NOW + now, answers: given }),
        matches,
      );
    }),
    { numRuns: 200 },
  );
});

test('matching never throws on a valid profile, whatever the result, questionnaire and clock', () => {
  const mismatched = score(defaultQuestionnaire, {});
  fc.assert(
    fc.property(
      providers,
      fc.oneof(answers, fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue(), { maxKeys: 3 })),
      fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.double()),
      fc.boolean(),
      (provider, given, now, other) => {
        // A result of another questionnaire, matched against this one, and the other way round.
        const result = other ? mismatched : score(questionnaire, given as Record<string, Answer>);
        for (const target of [questionnaire, defaultQuestionnaire])
          assert.ok(Array.isArray(matchServices(result, target, provider, { now, answers: given })));
      },
    ),
    { numRuns: 300 },
  );
});
