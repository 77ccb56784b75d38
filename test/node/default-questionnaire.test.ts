// The default questionnaire as content (complete, every language: what src/questionnaires/default.ts
// exports and sme-readiness/questionnaires/default publishes): it validates, its questions can be answered the way an SME owner
// would ("don't know" everywhere, profile-specific questions only for that profile), every recommendation
// can actually be reached, two realistic firms get the profile, levels and next steps an adviser would
// expect, and the Digital Intensity Index matches a count by hand.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  lookupText,
  parseAnswers,
  score,
  textKeys,
  validateQuestionnaire,
  visibleQuestions,
  type Answer,
  type Answers,
  type Condition,
  type Question,
  type Questionnaire,
  type Result,
} from '../../src/engine/index.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';

const validation = validateQuestionnaire(defaultQuestionnaire);
const questionnaire: Questionnaire = validation.ok ? validation.value : defaultQuestionnaire;
const en = questionnaire.texts.en;
const text = (key: string): string => {
  const value = lookupText(en, key);
  assert.ok(value !== undefined, `missing text ${key}`);
  return value;
};
const questionById = new Map(questionnaire.questions.map((question) => [question.id, question]));
const question = (id: string): Question => {
  const found = questionById.get(id);
  assert.ok(found, `no question ${id}`);
  return found;
};
const CLOSED = new Set(['single', 'scale', 'multi', 'boolean']);
/** The optional, unscored "About your company" block that opens the context page (version 1.1.0). */
const ABOUT = ['about_size', 'about_sector', 'about_country'];
const assessed = (items: readonly Question[]) => items.filter((item) => !ABOUT.includes(item.id));
const LOW_LEVELS = ['basic'];
const MID_LEVELS = ['developing', 'established'];
const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Every question test inside a condition, however deeply nested. */
function questionTests(condition: Condition): Extract<Condition, { question: string }>[] {
  if ('all' in condition) return condition.all.flatMap(questionTests);
  if ('any' in condition) return condition.any.flatMap(questionTests);
  if ('not' in condition) return questionTests(condition.not);
  return 'question' in condition ? [condition] : [];
}

function allConditions(): Condition[] {
  return [
    ...questionnaire.questions.flatMap((item) => (item.visibleIf ? [item.visibleIf] : [])),
    ...(questionnaire.profiles ?? []).flatMap((item) => (item.when ? [item.when] : [])),
    ...(questionnaire.stages ?? []).flatMap((item) => (item.when ? [item.when] : [])),
    ...(questionnaire.indices ?? []).flatMap((index) => index.items.map((item) => item.when)),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Building answers

/** The answer to a question whose score is as close as possible to `target` (0–1). */
function answerNear(item: Question, target: number): Answer {
  if (item.type === 'number') {
    const ranges = item.ranges ?? [];
    assert.ok(ranges.length > 0, `${item.id} has no ranges`);
    const best = [...ranges].sort((a, b) => Math.abs(a.score - target) - Math.abs(b.score - target))[0]!;
    return best.min ?? (best.max ?? 1) - 1;
  }
  const scored = (item.options ?? []).filter((option) => typeof option.score === 'number');
  if (item.type !== 'multi') {
    const best = [...scored].sort(
      (a, b) => Math.abs((a.score as number) - target) - Math.abs((b.score as number) - target),
    )[0];
    assert.ok(best, `${item.id} has no scored option`);
    return best.id;
  }
  const none = scored.find((option) => option.exclusive && option.score === 0);
  if (target === 0 && none) return [none.id];
  const choices = scored.filter((option) => !option.exclusive);
  let bestSet: string[] = [];
  let bestDistance = Infinity;
  for (let mask = 1; mask < 1 << choices.length; mask += 1) {
    const picked = choices.filter((_, index) => mask & (1 << index));
    const sum = Math.min(
      1,
      picked.reduce((total, option) => total + (option.score as number), 0),
    );
    const distance = Math.abs(sum - target);
    if (distance < bestDistance - 1e-9) {
      bestDistance = distance;
      bestSet = picked.map((option) => option.id);
    }
  }
  return bestSet;
}

/**
 * Starting from context answers, answers every visible scored question with `pick` until no new
 * question appears (answers can reveal follow-up questions).
 */
function complete(context: Answers, pick: (item: Question) => Answer): Answers {
  const answers: Answers = { ...context };
  for (let round = 0; round < 5; round += 1) {
    let added = false;
    for (const item of visibleQuestions(questionnaire, answers)) {
      if (item.dimension === undefined || Object.hasOwn(answers, item.id)) continue;
      answers[item.id] = pick(item);
      added = true;
    }
    if (!added) break;
  }
  return answers;
}

const FIRST_TIME_CONTEXT: Answers = {
  exports_now: 'no',
  export_interest: 'yes',
  foreign_enquiries: 'few',
  offer_type: 'goods',
};
const EXPERIENCED_CONTEXT: Answers = {
  exports_now: 'yes',
  export_share: 'pct_25_50',
  export_markets: 'six_ten',
  export_years: 'y6_10',
  foreign_enquiries: 'several',
  offer_type: 'goods',
};

/** A service firm in the middle, with answers right on the DII thresholds and some "don't know". */
const SERVICE_FIRM_ON_THE_THRESHOLDS: Answers = {
  exports_now: 'yes',
  export_share: 'under_5',
  export_markets: 'two',
  export_years: 'y1_2',
  foreign_enquiries: 'few',
  offer_type: 'services',
  dr_staff_internet: 50,
  dr_connection: 'mbps_30_100',
  dr_cloud: ['email', 'files'],
  dr_social: ['networks', 'media_sharing'],
  dr_online_sales: 'pct_1_10',
  dr_web_sales: 'pct_1_10',
  dr_web_b2c: 'up_to_10',
  dm_systems: ['erp'],
  dm_analytics: 'dont_know',
  ai_use: ['dont_know'],
};

const level = (result: Result, areaId: string) => result.areas.find((item) => item.id === areaId);
const dimension = (result: Result, id: string) => result.dimensions.find((item) => item.id === id);
const dii = (result: Result) => result.indices.find((index) => index.id === 'dii');

// ---------------------------------------------------------------------------------------------------

describe('default questionnaire: definition', () => {
  test('passes validateQuestionnaire, as an object and as JSON text', () => {
    assert.deepEqual(validation.ok ? [] : validation.problems, []);
    const fromText = validateQuestionnaire(JSON.stringify(defaultQuestionnaire));
    assert.equal(fromText.ok, true);
    assert.equal(questionnaire.id, 'sme-readiness-default');
    assert.equal(questionnaire.version, '1.1.0');
    assert.equal(questionnaire.defaultLocale, 'en');
    // Every language shipped, English (the default) first: the texts come from locales/<lang>/.
    assert.deepEqual(questionnaire.locales, ['en', 'cs', 'da', 'de', 'es', 'fr', 'hu', 'it', 'pl', 'zh']);
  });

  test('has 35–50 questions besides the "about" block, two areas of about six dimensions and at least 48 recommendations', () => {
    const count = assessed(questionnaire.questions).length;
    assert.equal(questionnaire.questions.length, count + ABOUT.length);
    assert.ok(count >= 35 && count <= 50, `${count} questions`);
    assert.deepEqual(
      questionnaire.areas.map((area) => area.id),
      ['digital', 'export'],
    );
    for (const area of questionnaire.areas) {
      const dimensions = questionnaire.dimensions.filter((item) => item.area === area.id);
      assert.ok(dimensions.length >= 5 && dimensions.length <= 7, `${area.id}: ${dimensions.length}`);
    }
    assert.ok((questionnaire.recommendations ?? []).length >= 48);
  });

  test('uses every question type, and each scored dimension has at least two questions', () => {
    const types = new Set(questionnaire.questions.map((item) => item.type));
    assert.deepEqual([...types].sort(), ['boolean', 'country', 'multi', 'number', 'scale', 'single']);
    for (const item of questionnaire.dimensions) {
      const count = questionnaire.questions.filter((entry) => entry.dimension === item.id).length;
      assert.ok(count >= 2, `${item.id} has ${count} question(s)`);
    }
  });

  test('every question has a title and a help text saying why it matters', () => {
    for (const item of questionnaire.questions) {
      assert.equal(item.title, `questions.${item.id}.title`);
      assert.equal(item.help, `questions.${item.id}.help`);
      assert.ok(text(item.help!).length >= 40, `${item.id}: help too short`);
    }
  });

  test('every closed question offers an answer left out of the score ("don’t know")', () => {
    // The "about" block is optional and never scored: leaving it unanswered is how not to say.
    for (const item of assessed(questionnaire.questions).filter((entry) => CLOSED.has(entry.type))) {
      const options = item.options ?? [];
      const unknown = options.filter((option) => option.score === null);
      assert.ok(
        unknown.some((option) => option.id === 'dont_know'),
        `${item.id} has no null-scored dont_know`,
      );
      if (item.type === 'multi') {
        for (const option of unknown) assert.equal(option.exclusive, true, `${item.id}.${option.id}`);
        const none = options.filter((option) => option.exclusive && option.score === 0);
        assert.equal(none.length, 1, `${item.id} needs one exclusive "none" scored 0`);
      }
      if (item.type === 'boolean') {
        assert.deepEqual(options.map((option) => option.id).slice(0, 3), ['yes', 'no', 'dont_know'], item.id);
      }
    }
    for (const item of questionnaire.questions.filter((entry) => entry.type === 'number')) {
      assert.ok(item.options?.some((option) => option.id === 'dont_know' && option.score === null));
      assert.equal(item.unit, 'common.percent');
    }
  });

  test('ordered questions run from low to high, so atLeast/atMost conditions mean "at least"', () => {
    const bounded = new Set(
      allConditions()
        .flatMap(questionTests)
        .filter((entry) => typeof entry.atLeast === 'string' || typeof entry.atMost === 'string')
        .map((entry) => entry.question),
    );
    for (const item of questionnaire.questions) {
      if (item.type !== 'scale' && !(bounded.has(item.id) && item.dimension !== undefined)) continue;
      const scores = (item.options ?? [])
        .map((option) => option.score)
        .filter((value): value is number => typeof value === 'number');
      for (let index = 1; index < scores.length; index += 1)
        assert.ok(scores[index]! >= scores[index - 1]!, `${item.id} is not ordered low to high`);
    }
    // Context questions carry no scores; their order is checked by the answers that mean "more".
    for (const id of ['export_share', 'export_markets', 'export_years'])
      assert.equal(question(id).options!.at(-1)!.id, 'dont_know');
  });

  test('context questions come without a dimension and never score', () => {
    const context = questionnaire.questions.filter((item) => item.dimension === undefined);
    assert.deepEqual(
      context.map((item) => item.id),
      [
        ...ABOUT,
        'exports_now',
        'export_interest',
        'export_share',
        'export_markets',
        'export_years',
        'foreign_enquiries',
        'offer_type',
      ],
    );
    for (const item of context)
      for (const option of item.options ?? [])
        assert.ok(option.score === undefined || option.score === null, `${item.id}.${option.id}`);
  });

  test('texts follow the agreed key layout, and short titles fit a radar axis on a phone', () => {
    for (const item of questionnaire.dimensions) {
      assert.equal(item.title, `dimensions.${item.id}.title`);
      assert.equal(item.shortTitle, `dimensions.${item.id}.shortTitle`);
      assert.ok(text(item.shortTitle!).length <= 14, `${item.id}: "${text(item.shortTitle!)}"`);
      assert.ok(text(item.description!).length > 0);
    }
    for (const key of ['common.dont_know', 'common.not_applicable', 'common.yes', 'common.no', 'title'])
      assert.ok(text(key));
    for (const { key } of textKeys(questionnaire)) assert.ok(lookupText(en, key) !== undefined, key);
  });

  test('no URLs anywhere: actions are labels only, and no text links out', () => {
    for (const recommendation of questionnaire.recommendations ?? []) {
      assert.ok((recommendation.actions ?? []).length >= 1, `${recommendation.id} has no action`);
      for (const action of recommendation.actions ?? []) assert.equal(action.url, undefined);
    }
    assert.doesNotMatch(JSON.stringify(questionnaire.texts), /https?:|www\.|mailto:/i);
  });

  test('levels: four bands over 0–100', () => {
    assert.deepEqual(
      questionnaire.levels.map((item) => [item.id, item.min, item.max]),
      [
        ['basic', 0, 40],
        ['developing', 40, 60],
        ['established', 60, 80],
        ['advanced', 80, 100],
      ],
    );
  });

  test('the Digital Intensity Index has Eurostat’s 12 items and four levels', () => {
    const index = questionnaire.indices?.find((item) => item.id === 'dii');
    assert.ok(index);
    assert.equal(index.items.length, 12);
    assert.deepEqual(
      index.levels.map((band) => [band.id, band.min, band.max]),
      [
        ['very_low', 0, 3],
        ['low', 4, 6],
        ['high', 7, 9],
        ['very_high', 10, 12],
      ],
    );
  });
});

describe('default questionnaire: recommendations', () => {
  const recommendations = questionnaire.recommendations ?? [];

  test('for every dimension: first-time and experienced next steps, at a low and a middle level', () => {
    for (const item of questionnaire.dimensions) {
      for (const profile of ['first_time', 'experienced']) {
        for (const levels of [LOW_LEVELS, MID_LEVELS]) {
          const found = recommendations.filter(
            (entry) =>
              entry.dimension === item.id &&
              entry.profiles?.length === 1 &&
              entry.profiles[0] === profile &&
              levels.every((id) => entry.levels?.includes(id)),
          );
          assert.equal(found.length, 1, `${item.id} / ${profile} / ${levels.join(',')}`);
        }
      }
    }
  });

  test('each one is distinct, concrete and short: its own title, a 2–4 sentence body', () => {
    const titles = new Set<string>();
    const bodies = new Set<string>();
    for (const entry of recommendations) {
      const title = text(entry.title);
      const body = text(entry.body);
      assert.ok(!titles.has(title), `duplicate title "${title}"`);
      assert.ok(!bodies.has(body), `duplicate body of ${entry.id}`);
      titles.add(title);
      bodies.add(body);
      const sentences = body.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
      assert.ok(sentences >= 2 && sentences <= 4, `${entry.id}: ${sentences} sentences`);
      // Concrete: it names the kind of organisation that helps.
      assert.match(
        body,
        /chamber|Enterprise Europe Network|trade promotion|European Digital Innovation Hub|cluster|export credit agency|innovation office|trade office|universit|intellectual property office|forwarder|bank|cybersecurity agency/i,
        entry.id,
      );
    }
  });

  test('a low level never ranks below the middle level of the same dimension and profile', () => {
    for (const entry of recommendations.filter((item) => item.levels?.includes('basic'))) {
      const mid = recommendations.find(
        (item) =>
          item.dimension === entry.dimension &&
          item.profiles?.[0] === entry.profiles?.[0] &&
          item.levels?.includes('developing'),
      );
      assert.ok(mid);
      assert.ok(PRIORITY_RANK[entry.priority] <= PRIORITY_RANK[mid.priority], entry.id);
    }
    // Export dimensions at a basic level are always urgent.
    for (const entry of recommendations) {
      const area = questionnaire.dimensions.find((item) => item.id === entry.dimension)?.area;
      if (area === 'export' && entry.levels?.includes('basic')) assert.equal(entry.priority, 'high');
    }
  });

  describe('every recommendation can be triggered by some set of answers', () => {
    for (const entry of recommendations) {
      test(entry.id, () => {
        const profile = entry.profiles?.[0];
        const context = profile === 'experienced' ? EXPERIENCED_CONTEXT : FIRST_TIME_CONTEXT;
        const wantLow = entry.levels?.includes('basic') ?? false;
        // The target dimension low (all zero) or in the middle; every other dimension strong.
        const answers = complete(context, (item) =>
          answerNear(item, item.dimension === entry.dimension ? (wantLow ? 0 : 0.55) : 1),
        );
        const result = score(questionnaire, answers);
        assert.equal(result.profile, profile);
        const reached = dimension(result, entry.dimension);
        assert.ok(reached?.level && entry.levels?.includes(reached.level), `level ${reached?.level}`);
        assert.ok(
          result.recommendations.some((item) => item.id === entry.id),
          `not triggered; got ${result.recommendations.map((item) => item.id).join(', ')}`,
        );
      });
    }
  });
});

describe('default questionnaire: profiles, stages and visibility', () => {
  const cases: [string, Answers, string, string][] = [
    [
      'no exports, no plans, no enquiries',
      { exports_now: 'no', export_interest: 'no' },
      'first_time',
      'domestic',
    ],
    [
      'no exports but thinking about it',
      { exports_now: 'no', export_interest: 'maybe' },
      'first_time',
      'pre_export',
    ],
    [
      'no plans, but unsolicited enquiries',
      { exports_now: 'no', export_interest: 'no', foreign_enquiries: 'few' },
      'first_time',
      'pre_export',
    ],
    [
      'exports only through other firms',
      { exports_now: 'indirect', export_interest: 'no' },
      'first_time',
      'pre_export',
    ],
    [
      'stopped exporting and not planning to restart',
      { exports_now: 'stopped', export_interest: 'no', foreign_enquiries: 'none' },
      'first_time',
      'domestic',
    ],
    [
      'exports a little, to two countries, for two years',
      { exports_now: 'yes', export_share: 'pct_5_10', export_markets: 'two', export_years: 'y1_2' },
      'first_time',
      'experimental',
    ],
    [
      '10% of turnover abroad is enough',
      { exports_now: 'yes', export_share: 'pct_10_25', export_markets: 'one', export_years: 'under_1' },
      'experienced',
      'active',
    ],
    [
      'three markets are enough',
      { exports_now: 'yes', export_share: 'under_5', export_markets: 'three_five', export_years: 'under_1' },
      'experienced',
      'active',
    ],
    [
      'three years are enough',
      { exports_now: 'yes', export_share: 'under_5', export_markets: 'one', export_years: 'y3_5' },
      'experienced',
      'active',
    ],
    [
      '"don’t know" never counts as meeting a threshold',
      {
        exports_now: 'yes',
        export_share: 'dont_know',
        export_markets: 'dont_know',
        export_years: 'dont_know',
      },
      'first_time',
      'experimental',
    ],
    [
      'a quarter of turnover in 6–10 countries',
      { exports_now: 'yes', export_share: 'pct_25_50', export_markets: 'six_ten', export_years: 'y1_2' },
      'experienced',
      'committed',
    ],
    [
      'over half of turnover, two countries, over ten years',
      { exports_now: 'yes', export_share: 'over_50', export_markets: 'two', export_years: 'over_10' },
      'experienced',
      'committed',
    ],
    [
      'a large share alone is not yet committed',
      { exports_now: 'yes', export_share: 'pct_25_50', export_markets: 'three_five', export_years: 'y3_5' },
      'experienced',
      'active',
    ],
    [
      'answers to hidden questions are ignored',
      { exports_now: 'no', export_share: 'over_50', export_markets: 'over_ten', export_years: 'over_10' },
      'first_time',
      'domestic',
    ],
  ];
  for (const [name, answers, profile, stage] of cases) {
    test(`${name} → ${profile}, ${stage}`, () => {
      const result = score(questionnaire, answers);
      assert.equal(result.profile, profile);
      assert.equal(result.stage, stage);
    });
  }

  test('every question is visible for at least one profile, and profile-only questions stay with it', () => {
    const onlineSeller = { dr_online_sales: 'over_25', dr_web_sales: 'over_25' };
    const firstTime = visibleQuestions(questionnaire, { ...FIRST_TIME_CONTEXT, ...onlineSeller }).map(
      (item) => item.id,
    );
    const experienced = visibleQuestions(questionnaire, { ...EXPERIENCED_CONTEXT, ...onlineSeller }).map(
      (item) => item.id,
    );
    assert.equal(score(questionnaire, FIRST_TIME_CONTEXT).profile, 'first_time');
    assert.equal(score(questionnaire, EXPERIENCED_CONTEXT).profile, 'experienced');
    const seen = new Set([...firstTime, ...experienced]);
    assert.deepEqual(
      questionnaire.questions.map((item) => item.id).filter((id) => !seen.has(id)),
      [],
    );
    for (const id of ['es_expectations']) {
      assert.ok(firstTime.includes(id) && !experienced.includes(id), id);
    }
    for (const id of ['mk_review', 'rf_payment', 'export_share', 'export_markets', 'export_years']) {
      assert.ok(experienced.includes(id) && !firstTime.includes(id), id);
    }
    assert.ok(firstTime.includes('export_interest') && !experienced.includes('export_interest'));
  });

  test('follow-up questions appear only when they make sense', () => {
    const ids = (answers: Answers) => visibleQuestions(questionnaire, answers).map((item) => item.id);
    assert.ok(!ids({ ...FIRST_TIME_CONTEXT, dr_online_sales: 'none' }).includes('dr_web_sales'));
    assert.ok(!ids({ ...FIRST_TIME_CONTEXT, dr_online_sales: 'dont_know' }).includes('dr_web_sales'));
    assert.ok(ids({ ...FIRST_TIME_CONTEXT, dr_online_sales: 'under_1' }).includes('dr_web_sales'));
    assert.ok(
      !ids({ ...FIRST_TIME_CONTEXT, dr_online_sales: 'over_25', dr_web_sales: 'under_1' }).includes(
        'dr_web_b2c',
      ),
    );
    assert.ok(
      ids({ ...FIRST_TIME_CONTEXT, dr_online_sales: 'over_25', dr_web_sales: 'pct_1_10' }).includes(
        'dr_web_b2c',
      ),
    );
    assert.ok(!ids({ ...FIRST_TIME_CONTEXT, offer_type: 'services' }).includes('sd_logistics'));
    assert.ok(ids({ ...FIRST_TIME_CONTEXT, offer_type: 'both' }).includes('sd_logistics'));
  });

  test('a first-time firm is asked no more than 45 questions, an experienced one no more than 48, plus the optional "about" block', () => {
    const firstTime = visibleQuestions(
      questionnaire,
      complete(FIRST_TIME_CONTEXT, (item) => answerNear(item, 1)),
    );
    const experienced = visibleQuestions(
      questionnaire,
      complete(EXPERIENCED_CONTEXT, (item) => answerNear(item, 1)),
    );
    assert.ok(assessed(firstTime).length <= 45, `${assessed(firstTime).length}`);
    assert.ok(assessed(experienced).length <= 48, `${assessed(experienced).length}`);
    for (const asked of [firstTime, experienced])
      assert.deepEqual(
        asked.slice(0, 3).map((item) => item.id),
        ABOUT,
        'the about block opens the questionnaire for everyone',
      );
  });
});

describe('default questionnaire: scoring', () => {
  test('“don’t know” is left out of a dimension score, not counted as zero', () => {
    // ds_plan don't know, ds_areas 0.2, ds_budget 0 → (0.2 + 0) / 2 = 10; as a zero it would be 7.
    const result = score(questionnaire, { ...FIRST_TIME_WEAK_DIGITAL, ds_plan: 'dont_know' });
    assert.equal(dimension(result, 'digital_strategy')?.score, 10);
    assert.ok(result.unknown.includes('ds_plan'));
    // "Not applicable" likewise: or_ip out → (0.5 + 0.7 + 0.5) / 3 = 57.
    const notApplicable = score(questionnaire, { ...FIRST_TIME_WEAK_DIGITAL, or_ip: 'not_applicable' });
    assert.equal(dimension(notApplicable, 'offer_readiness')?.score, 57);
  });

  test('a multi-choice answer adds up its options and is capped at 1', () => {
    const answers = { ...FIRST_TIME_WEAK_DIGITAL, ds_plan: 'dont_know', ds_budget: 'dont_know' };
    // Four areas at 0.2 each → 80; all six add up to 1.1 → capped at 100.
    const four = ['sales_marketing', 'orders_invoicing', 'purchasing_stock', 'operations'];
    assert.equal(
      dimension(score(questionnaire, { ...answers, ds_areas: four }), 'digital_strategy')?.score,
      80,
    );
    const six = [...four, 'customer_service', 'admin_hr'];
    assert.equal(
      dimension(score(questionnaire, { ...answers, ds_areas: six }), 'digital_strategy')?.score,
      100,
    );
  });

  test('a dimension with nothing counted has no score and no level', () => {
    const result = score(questionnaire, {
      ...FIRST_TIME_CONTEXT,
      ai_automation: 'dont_know',
      ai_use: ['dont_know'],
    });
    assert.equal(dimension(result, 'automation_ai')?.score, null);
    assert.equal(dimension(result, 'automation_ai')?.level, null);
    assert.ok(!result.recommendations.some((item) => item.dimension === 'automation_ai'));
  });
});

describe('default questionnaire: fixtures', () => {
  test('first-time exporter with weak digital basics', () => {
    const result = score(questionnaire, FIRST_TIME_WEAK_DIGITAL);
    assert.equal(result.completeness.ratio, 1);
    assert.equal(result.profile, 'first_time');
    assert.equal(result.stage, 'pre_export');
    assert.deepEqual(result.overall, { score: 23, level: 'basic' });
    assert.deepEqual(level(result, 'digital'), { id: 'digital', score: 18, level: 'basic' });
    assert.deepEqual(level(result, 'export'), { id: 'export', score: 28, level: 'basic' });
    // Get online first, then find the people who help firms go abroad, then choose markets with facts.
    assert.deepEqual(
      result.recommendations.slice(0, 3).map((item) => item.id),
      [
        'digital_readiness-first_time-low',
        'networks_partners-first_time-low',
        'market_knowledge-first_time-low',
      ],
    );
    assert.ok(result.recommendations.every((item) => item.id.includes('-first_time-')));
    // Green steps come last for a firm that still has to get its basics and export plan right.
    assert.equal(result.recommendations.at(-1)?.id, 'green_digital-first_time-low');
  });

  test('experienced exporter with strong e-commerce', () => {
    const result = score(questionnaire, EXPERIENCED_STRONG_ECOMMERCE);
    assert.equal(result.completeness.ratio, 1);
    assert.equal(result.profile, 'experienced');
    assert.equal(result.stage, 'committed');
    assert.deepEqual(result.overall, { score: 66, level: 'established' });
    assert.deepEqual(level(result, 'digital'), { id: 'digital', score: 66, level: 'established' });
    assert.deepEqual(level(result, 'export'), { id: 'export', score: 66, level: 'established' });
    assert.equal(dimension(result, 'digital_readiness')?.level, 'advanced');
    // No yearly market review, few support contacts, only advance payments against non-payment.
    assert.deepEqual(
      result.recommendations.slice(0, 3).map((item) => item.id),
      [
        'market_knowledge-experienced-mid',
        'networks_partners-experienced-mid',
        'resources_finance-experienced-mid',
      ],
    );
    assert.ok(result.recommendations.every((item) => item.id.includes('-experienced-')));
    // Strong dimensions get no advice: its online sales are already advanced.
    assert.ok(!result.recommendations.some((item) => item.dimension === 'digital_readiness'));
  });
});

describe('default questionnaire: Digital Intensity Index', () => {
  test('first-time exporter with weak digital basics: 1 point, very low', () => {
    // Met: uses any social media (a company profile on a social network). Not met: staff online 20%,
    // connection below 30 Mb/s, no e-commerce, no web sales, no paid cloud, only one kind of social media,
    // occasional spreadsheets only, no AI, no ERP, no CRM.
    assert.deepEqual(dii(score(questionnaire, FIRST_TIME_WEAK_DIGITAL)), {
      id: 'dii',
      points: 1,
      max: 12,
      level: 'very_low',
    });
  });

  test('experienced exporter with strong e-commerce: 11 points, very high', () => {
    // Met: staff online 90%; 100–999 Mb/s; e-commerce 25%+; web sales 25%+ with over 10% to consumers;
    // buys cloud; buys advanced cloud (ERP/CRM, security); three kinds of social media (two or more, and
    // any); monthly dashboards (data analytics); an AI assistant; CRM. Not met: no ERP.
    assert.deepEqual(dii(score(questionnaire, EXPERIENCED_STRONG_ECOMMERCE)), {
      id: 'dii',
      points: 11,
      max: 12,
      level: 'very_high',
    });
  });

  test('service firm on the thresholds: 6 points, low (at least the basic level)', () => {
    // Met: 30–99 Mb/s; e-commerce 1–9%; buys cloud (e-mail, files); two kinds of social media; any social
    // media; ERP. Not met: staff online exactly 50% (not more than half); web sales 1–9% but 10% or less
    // to consumers; only basic cloud; data analytics "don't know"; AI "don't know"; no CRM.
    const result = score(questionnaire, SERVICE_FIRM_ON_THE_THRESHOLDS);
    assert.deepEqual(dii(result), { id: 'dii', points: 6, max: 12, level: 'low' });
    // One more percent of staff online crosses Eurostat's "more than 50%" line.
    const more = score(questionnaire, { ...SERVICE_FIRM_ON_THE_THRESHOLDS, dr_staff_internet: 51 });
    assert.equal(dii(more)?.points, 7);
    assert.equal(dii(more)?.level, 'high');
  });
});

describe('default questionnaire: one answer model', () => {
  const questionnaire = defaultQuestionnaire;
  const readiness = (input: Record<string, unknown>) =>
    score(questionnaire, input).dimensions.find((each) => each.id === 'digital_readiness')!.score;

  test('a repeated option counts once: dr_cloud [email, email, email] scores as [email]', () => {
    const repeated = { dr_cloud: ['email', 'email', 'email'] };
    assert.equal(readiness(repeated), readiness({ dr_cloud: ['email'] }));
    assert.deepEqual(
      score(questionnaire, repeated),
      score(questionnaire, parseAnswers(questionnaire, repeated).answers),
    );
  });

  test('"we pay for none of these" beside real choices is refused by score() as by parseAnswers()', () => {
    const conflicting = { dr_cloud: ['email', 'none'] };
    assert.deepEqual(parseAnswers(questionnaire, conflicting).answers, {});
    assert.equal(readiness(conflicting), null);
  });
});
