// POST /v1/submissions against a listening collector on each engine (PGlite in a temporary folder, a
// throw-away PostgreSQL): what is stored and answered for good input, and the answer to each kind of
// bad input, including a tampered result, foreign origins, the rate limit and 20 concurrent retries.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { score } from 'sme-readiness/engine';
import { defaultQuestionnaire } from 'sme-readiness/questionnaires/default';
import { createCollector, type Collector } from '../src/server.js';
import { RECEIPT_FORMAT } from '../src/submission.js';
import { ORIGIN, TOKEN, admin, enginesUnderTest, ndjson, post, submission } from './helpers.js';

const engines = await enginesUnderTest();

for (const engine of engines) {
  describe(`POST /v1/submissions (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let collector: Collector;
    let url: string;

    before(async () => {
      collector = await createCollector({
        ...(await engine.database()),
        origins: [ORIGIN],
        adminToken: TOKEN,
        rateLimit: false,
      });
      url = await collector.listen({ port: 0 });
    });
    after(async () => {
      await collector?.close();
      engine.cleanup();
    });

    async function stored(id: string) {
      const rows = await ndjson(await admin(url, '/v1/submissions'));
      return rows.find((row) => row.id === id);
    }

    it('stores a valid submission and answers 201 with a receipt', async () => {
      const body = submission();
      const answer = await post(url, body);
      assert.equal(answer.status, 201);
      const receipt = answer.json;
      assert.equal(receipt.format, RECEIPT_FORMAT);
      assert.equal(receipt.id, body.id);
      assert.ok(Math.abs(Date.parse(receipt.receivedAt!) - Date.now()) < 60_000, receipt.receivedAt);
      const row = await stored(body.id);
      assert.ok(row, 'the row is readable by the admin');
      assert.deepEqual(row.record.answers, body.record.answers);
      assert.deepEqual(row.record.result, body.record.result);
      assert.equal(row.resultMismatch, false);
      assert.deepEqual(row.contact, body.contact);
      assert.equal(row.provider, 'cluster-nord');
    });

    it('answers a repeat of the same body with 200 and the identical receipt, storing one row', async () => {
      const body = submission();
      const first = await post(url, body);
      const again = await post(url, body);
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.equal(again.text, first.text);
      const rows = (await ndjson(await admin(url, '/v1/submissions'))).filter((row) => row.id === body.id);
      assert.equal(rows.length, 1);
    });

    it('refuses the same id with another body (409)', async () => {
      const body = submission();
      assert.equal((await post(url, body)).status, 201);
      const changed = { ...body, contact: null };
      const answer = await post(url, changed);
      assert.equal(answer.status, 409);
      assert.equal(answer.json.error.code, 'id_conflict');
      assert.deepEqual((await stored(body.id))?.contact, body.contact, 'the first body stays');
    });

    it('gives 20 concurrent retries of one submission one row and one receipt', async () => {
      const body = submission();
      const answers = await Promise.all(Array.from({ length: 20 }, () => post(url, body)));
      const statuses = answers.map((answer) => answer.status).sort();
      assert.deepEqual(statuses, ['201', ...Array(19).fill('200')].map(Number).sort());
      assert.equal(new Set(answers.map((answer) => answer.text)).size, 1, 'one receipt');
      const rows = (await ndjson(await admin(url, '/v1/submissions'))).filter((row) => row.id === body.id);
      assert.equal(rows.length, 1);
    });

    it('recomputes a tampered result: stores the engine score and flags the mismatch', async () => {
      const body = submission();
      const honest = body.record.result.overall.score;
      body.record.result.overall.score = 100;
      body.record.result.dimensions[0]!.score = 100;
      const answer = await post(url, body);
      assert.equal(answer.status, 201);
      const row = await stored(body.id);
      assert.ok(row);
      assert.equal(row.resultMismatch, true);
      assert.equal(row.record.result.overall.score, honest);
      assert.deepEqual(row.record.result, score(defaultQuestionnaire, body.record.answers as never));
      assert.equal(row.clientResult.overall.score, 100, "the client's claim is kept beside it");
    });

    it('refuses a submission without consent (400 consent_required)', async () => {
      const body: Record<string, unknown> = { ...submission() };
      delete body.consent;
      const missing = await post(url, body);
      assert.equal(missing.status, 400);
      assert.equal(missing.json.error.code, 'consent_required');
      const refused = await post(url, {
        ...submission(),
        consent: { ...submission().consent, given: false },
      });
      assert.equal(refused.status, 400);
      assert.equal(refused.json.error.code, 'consent_required');
      assert.match(refused.json.error.message, /consent/i);
    });

    it('refuses an unknown questionnaire or version with the known versions named', async () => {
      const body = submission();
      body.record.questionnaire = { id: defaultQuestionnaire.id, version: '9.9.9' };
      const answer = await post(url, body);
      assert.equal(answer.status, 400);
      const error = answer.json.error;
      assert.equal(error.code, 'unknown_questionnaire');
      assert.equal(error.problems[0]?.path, 'record.questionnaire');
      assert.match(
        error.problems[0]?.message ?? '',
        new RegExp(defaultQuestionnaire.version.replaceAll('.', '\\.')),
      );
      const other = submission();
      other.record.questionnaire = { id: 'someone-else', version: '1' };
      assert.equal((await post(url, other)).json.error.code, 'unknown_questionnaire');
    });

    it('refuses unknown answers with their paths', async () => {
      const body = submission();
      body.record.answers = { ...body.record.answers, exports_now: 'maybe', nonsense_question: 'x' };
      const answer = await post(url, body);
      assert.equal(answer.status, 400);
      const error = answer.json.error;
      assert.equal(error.code, 'invalid_answers');
      const paths = error.problems.map(
        (problem: { path: string; code: string }) => `${problem.path} ${problem.code}`,
      );
      assert.ok(paths.includes('record.answers.exports_now unknown_option'), paths.join('; '));
      assert.ok(paths.includes('record.answers.nonsense_question unknown_question'), paths.join('; '));
      assert.equal(await stored(body.id), undefined);
    });

    it('refuses wrong types with a path for each problem', async () => {
      const body = submission() as unknown as Record<string, Record<string, unknown>>;
      body.id = 'not-a-uuid' as never;
      body.contact!.contactMe = 'yes';
      body.record!.locale = 42;
      body.consent!.notice = 'md5:abc';
      const answer = await post(url, body);
      assert.equal(answer.status, 400);
      const error = answer.json.error;
      assert.equal(error.code, 'invalid_submission');
      const paths = error.problems.map((problem) => problem.path).sort();
      assert.deepEqual(paths, ['consent.notice', 'contact.contactMe', 'id', 'record.locale']);
      for (const problem of error.problems) assert.ok(problem.message.length > 5, problem.message);
    });

    it('refuses a body that is not JSON, not an object, or not sent as JSON', async () => {
      const broken = await post(url, '{"format": ');
      assert.equal(broken.status, 400);
      assert.equal(broken.json.error.code, 'invalid_json');
      const list = await post(url, '[1, 2]');
      assert.equal(list.status, 400);
      const text = await post(url, JSON.stringify(submission()), { 'content-type': 'text/plain' });
      assert.equal(text.status, 415);
      assert.equal(text.json.error.code, 'unsupported_media_type');
      const form = await post(url, 'a=b', { 'content-type': 'application/x-www-form-urlencoded' });
      assert.equal(form.status, 415);
      const none = await fetch(`${url}/v1/submissions`, { method: 'POST' });
      assert.equal(none.status, 415);
      const proto = await post(url, '{"__proto__": {"polluted": true}}');
      assert.equal(proto.status, 400);
    });

    it('refuses a 10 MB body with 413 and keeps serving', async () => {
      const huge = JSON.stringify({ ...submission(), padding: 'x'.repeat(10 * 1024 * 1024) });
      const answer = await post(url, huge);
      assert.equal(answer.status, 413);
      assert.equal(answer.json.error.code, 'body_too_large');
      assert.equal((await post(url, submission())).status, 201);
    });

    it('refuses deeply nested JSON without crashing', async () => {
      const depth = 20_000;
      const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const inAnswers = JSON.stringify(submission()).replace('"answers":{', `"answers":{"deep":${deep},`);
      assert.ok(inAnswers.length < 64 * 1024);
      for (const body of [deep, inAnswers, `{"consent":{"given":true},"record":${deep}}`]) {
        const answer = await post(url, body);
        assert.equal(answer.status, 400, answer.text.slice(0, 200));
      }
      assert.equal((await fetch(`${url}/healthz`)).status, 200);
    });

    it('answers a preflight from an allowed origin with CORS headers', async () => {
      const preflight = await fetch(`${url}/v1/submissions`, {
        method: 'OPTIONS',
        headers: {
          origin: ORIGIN,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), ORIGIN);
      assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
      const answer = await post(url, submission(), { origin: ORIGIN });
      assert.equal(answer.status, 201);
      assert.equal(answer.headers.get('access-control-allow-origin'), ORIGIN);
    });

    it('refuses a foreign origin: no CORS headers, preflight and POST refused, nothing stored', async () => {
      const foreign = 'https://evil.example';
      const preflight = await fetch(`${url}/v1/submissions`, {
        method: 'OPTIONS',
        headers: { origin: foreign, 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.status, 403);
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      const body = submission();
      const answer = await post(url, body, { origin: foreign });
      assert.equal(answer.status, 403);
      assert.equal(answer.headers.get('access-control-allow-origin'), null);
      assert.equal(answer.json.error.code, 'origin_not_allowed');
      assert.equal(await stored(body.id), undefined);
    });

    it('accepts another questionnaire version only when registered', async () => {
      const extra = await createCollector({
        ...(await engine.database()),
        questionnaires: [{ ...defaultQuestionnaire, version: '2.0.0' }],
        rateLimit: false,
      });
      try {
        const body = submission();
        body.record.questionnaire.version = '2.0.0';
        body.record.result.questionnaire.version = '2.0.0';
        const answer = await extra.inject({ method: 'POST', url: '/v1/submissions', payload: body as never });
        assert.equal(answer.statusCode, 201, answer.body);
        assert.equal((await post(url, body)).status, 400, 'the main collector does not know 2.0.0');
      } finally {
        await extra.close();
      }
    });
  });
}

describe('rate limit', () => {
  it('answers 429 with Retry-After past the limit per client address', async (t) => {
    const [pglite] = engines;
    const collector = await createCollector({ ...(await pglite!.database()), rateLimit: 3 });
    t.after(async () => {
      await collector.close();
      pglite!.cleanup();
    });
    const url = await collector.listen({ port: 0 });
    const statuses = [];
    let last;
    for (let i = 0; i < 5; i += 1) {
      last = await post(url, submission(undefined, randomUUID()));
      statuses.push(last.status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429]);
    assert.ok(
      Number(last!.headers.get('retry-after')) > 0,
      `Retry-After: ${last!.headers.get('retry-after')}`,
    );
    assert.equal(last!.json.error.code, 'rate_limited');
    assert.equal((await fetch(`${url}/healthz`)).status, 200, 'other routes are not limited');
  });
});
