// Keeping, sharing and comparing results: the saved file and the share link give back the same result,
// tampered and foreign files are refused, the CSV has its columns, and changes are computed right.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import {
  AssessmentRecordSchema,
  CSV_COLUMNS,
  compareResults,
  createRecord,
  decodeShare,
  encodeShare,
  readRecord,
  resultsCsv,
  score,
  shareUrl,
  sharePayload,
  validateQuestionnaire,
  type Answers,
  type Questionnaire,
} from '../../src/engine/index.js';
import { defaultQuestionnaire } from '../../src/questionnaires/default.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../fixtures/default-answers.js';

const validation = validateQuestionnaire(defaultQuestionnaire);
if (!validation.ok) throw new Error('the default questionnaire is invalid');
const questionnaire: Questionnaire = validation.value;

/** The longest answers the default allows: every question answered, multi questions with every non-exclusive option. */
function fullestAnswers(): Answers {
  const answers: Answers = { ...EXPERIENCED_STRONG_ECOMMERCE };
  for (const question of questionnaire.questions) {
    const options = question.options ?? [];
    if (question.type === 'multi')
      answers[question.id] = options.filter((option) => !option.exclusive).map((option) => option.id);
    else if (question.type === 'number') answers[question.id] = question.max ?? 999_999;
    else if (question.type === 'country') answers[question.id] = 'ZW';
    else if (!(question.id in answers)) answers[question.id] = options.at(-1)!.id;
  }
  return answers;
}

describe('saved assessment file', () => {
  const record = createRecord(questionnaire, EXPERIENCED_STRONG_ECOMMERCE, {
    locale: 'de',
    startedAt: '2026-11-27T09:00:00.000Z',
    completedAt: '2026-11-27T09:14:00.000Z',
  });

  test('download → open gives the same answers and result', () => {
    const file = JSON.stringify(record, null, 2);
    const reading = readRecord(questionnaire, file);
    assert.ok(reading.ok, JSON.stringify(!reading.ok && reading.problems));
    assert.deepEqual(reading.record, record);
    assert.deepEqual(reading.record.result, score(questionnaire, EXPERIENCED_STRONG_ECOMMERCE));
  });

  test('matches its published JSON Schema shape', () => {
    assert.equal(z.safeParse(AssessmentRecordSchema, record).success, true);
    const jsonSchema = z.toJSONSchema(AssessmentRecordSchema) as { required?: string[] };
    assert.deepEqual([...(jsonSchema.required ?? [])].sort(), [
      'answers',
      'completedAt',
      'format',
      'locale',
      'questionnaire',
      'result',
      'startedAt',
    ]);
  });

  test('a file whose result was edited is refused as tampered', () => {
    const edited = structuredClone(record);
    edited.result.overall.score = 99;
    const reading = readRecord(questionnaire, edited);
    assert.equal(reading.ok, false);
    assert.equal(!reading.ok && reading.reason, 'tampered');
    assert.deepEqual(!reading.ok && reading.problems.map((problem) => problem.code), ['result_mismatch']);
  });

  test('a file with an answer that does not exist is refused as tampered', () => {
    const edited = structuredClone(record);
    edited.answers.ds_plan = 'excellent';
    const reading = readRecord(questionnaire, edited);
    assert.equal(!reading.ok && reading.reason, 'tampered');
    assert.deepEqual(!reading.ok && reading.problems.map((problem) => [problem.path, problem.code]), [
      ['ds_plan', 'unknown_option'],
    ]);
  });

  test('a file with a broken shape is refused as tampered', () => {
    const edited = structuredClone(record) as unknown as { result: { dimensions: unknown } };
    edited.result.dimensions = 'none';
    assert.equal(((reading) => !reading.ok && reading.reason)(readRecord(questionnaire, edited)), 'tampered');
  });

  test('a file from another questionnaire, or not a saved assessment, is refused with its reason', () => {
    const foreign = { ...structuredClone(record), questionnaire: { id: 'other-check', version: '1' } };
    const reasons = [foreign, '{"answers": {}}', 'not json', null, [record]].map((input) => {
      const reading = readRecord(questionnaire, input);
      return reading.ok ? 'ok' : reading.reason;
    });
    assert.deepEqual(reasons, [
      'other_questionnaire',
      'not_assessment',
      'not_assessment',
      'not_assessment',
      'not_assessment',
    ]);
  });

  test('a file from an earlier version keeps the answers that still fit and gets a fresh result', () => {
    const older = { ...structuredClone(record), questionnaire: { id: questionnaire.id, version: '0.9.0' } };
    older.answers.gone_question = 'yes';
    older.result.overall.score = 1;
    const reading = readRecord(questionnaire, older);
    assert.ok(reading.ok);
    assert.equal('gone_question' in reading.record.answers, false);
    assert.deepEqual(reading.record.result, record.result);
  });

  test('a file saved with version 1.0.0 (before the "about" block) opens with its answers and a fresh result', () => {
    // What 1.0.0 wrote: the same questions minus about_*, and a result whose completeness did not count them.
    const {
      about_size: _size,
      about_sector: _sector,
      about_country: _country,
      ...answers
    } = FIRST_TIME_WEAK_DIGITAL;
    const saved = {
      ...createRecord(questionnaire, answers, { locale: 'de', completedAt: '2026-03-02T10:00:00.000Z' }),
      questionnaire: { id: questionnaire.id, version: '1.0.0' },
    };
    saved.result = { ...saved.result, questionnaire: { id: questionnaire.id, version: '1.0.0' } };
    saved.result.completeness = { answered: 42, visible: 42, ratio: 1 };
    const reading = readRecord(questionnaire, JSON.stringify(saved));
    assert.ok(reading.ok, JSON.stringify(!reading.ok && reading.problems));
    assert.deepEqual(reading.record.answers, answers);
    assert.deepEqual(reading.record.questionnaire, { id: questionnaire.id, version: '1.1.0' });
    assert.deepEqual(reading.record.result, score(questionnaire, answers));
    assert.equal(
      reading.record.result.overall.score,
      score(questionnaire, FIRST_TIME_WEAK_DIGITAL).overall.score,
    );
  });

  test('a saved country answer must be a known code', () => {
    const edited = structuredClone(record);
    edited.answers.about_country = 'EU';
    const reading = readRecord(questionnaire, edited);
    assert.equal(!reading.ok && reading.reason, 'tampered');
    assert.deepEqual(!reading.ok && reading.problems.map((problem) => [problem.path, problem.code]), [
      ['about_country', 'unknown_country'],
    ]);
  });
});

describe('share link', () => {
  test('link → same answers → same result, for both example firms and for the fullest answers', () => {
    for (const answers of [FIRST_TIME_WEAK_DIGITAL, EXPERIENCED_STRONG_ECOMMERCE, fullestAnswers()]) {
      const payload = encodeShare(questionnaire, answers);
      const decoded = decodeShare(questionnaire, payload);
      assert.ok(decoded.ok);
      assert.deepEqual(score(questionnaire, decoded.answers), score(questionnaire, answers));
    }
  });

  test("a full questionnaire's link stays under 2,000 characters, even on a long page address", () => {
    const base = `https://www.chamber-of-commerce.example/en/services/internationalisation/${'x'.repeat(200)}/check.html`;
    const url = shareUrl(questionnaire, fullestAnswers(), base);
    assert.ok(url.length < 2000, `${url.length} characters`);
    assert.equal(sharePayload(new URL(url).hash), encodeShare(questionnaire, fullestAnswers()));
    console.log(
      `# full share link: ${url.length} characters (payload ${encodeShare(questionnaire, fullestAnswers()).length})`,
    );
  });

  test("the example firms' links stay under 200 characters, the country as its two letters", () => {
    for (const answers of [FIRST_TIME_WEAK_DIGITAL, EXPERIENCED_STRONG_ECOMMERCE]) {
      const payload = encodeShare(questionnaire, answers);
      assert.ok(payload.length < 200, `${payload.length}: ${payload}`);
      const [size, sector, country] = payload.split('~')[2]!.split('_');
      const about = questionnaire.questions.slice(0, 2);
      assert.equal(
        size,
        about[0]!.options!.findIndex((option) => option.id === answers.about_size).toString(36),
      );
      assert.equal(
        sector,
        about[1]!.options!.findIndex((option) => option.id === answers.about_sector).toString(36),
      );
      assert.equal(country, String(answers.about_country).toLowerCase());
    }
  });

  test('a link of version 1.0.0 is refused as from another version, not misread', () => {
    // Made by 1.0.0, whose first field was exports_now: read with 1.1.0's positions it would be about_size.
    const payload = encodeShare(questionnaire, FIRST_TIME_WEAK_DIGITAL);
    const fields = payload.split('~')[2]!.split('_').slice(3).join('_');
    const decoded = decodeShare(questionnaire, `${questionnaire.id}~1.0.0~${fields}`);
    assert.deepEqual(decoded, { ok: false, reason: 'other_version' });
  });

  test('the payload carries no text: only ids, positions and numbers', () => {
    const payload = encodeShare(questionnaire, fullestAnswers());
    assert.match(payload, /^[A-Za-z0-9._%-]+~[A-Za-z0-9._%-]+~[0-9a-z_.-]*$/);
  });

  test('links for another questionnaire or version, or damaged ones, are refused', () => {
    const payload = encodeShare(questionnaire, EXPERIENCED_STRONG_ECOMMERCE);
    const [, version, fields] = payload.split('~');
    const reason = (text: string) =>
      ((decoded) => (decoded.ok ? 'ok' : decoded.reason))(decodeShare(questionnaire, text));
    assert.equal(reason(`other~${version}~${fields}`), 'other_questionnaire');
    assert.equal(reason(`${questionnaire.id}~0.0.1~${fields}`), 'other_version');
    assert.equal(reason(`${questionnaire.id}~${version}~${fields}_zz`), 'damaged');
    assert.equal(reason(`${questionnaire.id}~${version}~${'_'.repeat(60)}1`), 'damaged');
    assert.equal(reason(`${questionnaire.id}~${version}~<script>`), 'damaged');
    assert.equal(reason('hello'), 'not_share_link');
    assert.equal(reason(`${questionnaire.id}~${version}~`), 'ok');
  });
});

describe('comparison with an earlier assessment', () => {
  test('each change is the current score minus the earlier one, null where either is not scored', () => {
    const now = score(questionnaire, EXPERIENCED_STRONG_ECOMMERCE);
    const before = score(questionnaire, FIRST_TIME_WEAK_DIGITAL);
    const changes = compareResults(now, before);
    assert.equal(changes.length, 1 + now.areas.length + now.dimensions.length);
    assert.deepEqual(changes[0], {
      id: 'overall',
      kind: 'overall',
      score: now.overall.score,
      previous: before.overall.score,
      change: now.overall.score! - before.overall.score!,
    });
    for (const change of changes.filter((item) => item.kind === 'dimension')) {
      const a = now.dimensions.find((item) => item.id === change.id)!.score;
      const b = before.dimensions.find((item) => item.id === change.id)!.score;
      assert.equal(change.change, a === null || b === null ? null : a - b, change.id);
    }
    const empty = compareResults(now, score(questionnaire, {}));
    assert.ok(empty.every((item) => item.change === null));
  });
});

describe('CSV', () => {
  const result = score(questionnaire, EXPERIENCED_STRONG_ECOMMERCE);
  test('one row per dimension, area and overall, under the documented columns', () => {
    const csv = resultsCsv(result, { name: (kind, id) => `${kind}:${id}`, level: (id) => `L-${id}` });
    const lines = csv.trimEnd().split('\r\n');
    assert.deepEqual(lines[0]!.split(','), [...CSV_COLUMNS]);
    assert.equal(lines.length, 1 + result.dimensions.length + result.areas.length + 1);
    const first = result.dimensions[0]!;
    assert.deepEqual(lines[1]!.split(','), [
      'dimension',
      first.id,
      `dimension:${first.id}`,
      first.area,
      String(first.score),
      `L-${first.level}`,
      String(first.answered),
      String(first.visible),
      '',
      '',
    ]);
    assert.deepEqual(lines.at(-1)!.split(',').slice(0, 5), [
      'overall',
      'overall',
      'overall:overall',
      '',
      String(result.overall.score),
    ]);
  });

  test('fills previous and change when comparing, quotes commas and defuses formulas', () => {
    const before = score(questionnaire, FIRST_TIME_WEAK_DIGITAL);
    const csv = resultsCsv(
      result,
      { name: (kind, id) => (id === 'digital' ? '=HYPERLINK("x"), evil' : id) },
      before,
    );
    const lines = csv.trimEnd().split('\r\n');
    const overall = lines.at(-1)!.split(',');
    assert.deepEqual(overall.slice(-2), [
      String(before.overall.score),
      String(result.overall.score! - before.overall.score!),
    ]);
    assert.ok(csv.includes(`"'=HYPERLINK(""x""), evil"`), csv);
  });
});
