// The admin API on each engine: the bearer token in front of every route, the NDJSON listing with its
// filters and cursor, the CSV export's columns and defused cells, the cohort's counts and medians,
// erasure with its audit line and row, /healthz, and logs that hold no personal data.
import { entriesFromCsv } from 'sme-readiness/cohort';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { score, type Result } from 'sme-readiness/engine';
import { defaultQuestionnaire } from 'sme-readiness/questionnaires/default';
import {
  EXPERIENCED_STRONG_ECOMMERCE,
  FIRST_TIME_WEAK_DIGITAL,
} from '../../test/fixtures/default-answers.js';
import { createCollector, type Collector } from '../src/server.js';
import { TOKEN, admin, enginesUnderTest, ndjson, post, submission, type SubmissionBody } from './helpers.js';

const engines = await enginesUnderTest();

const ADMIN_ROUTES: [string, string][] = [
  ['GET', '/v1/submissions'],
  ['GET', '/v1/export.csv'],
  ['GET', '/v1/cohort'],
  ['DELETE', '/v1/submissions/00000000-0000-4000-8000-000000000000'],
];

/** Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

for (const engine of engines) {
  describe(`admin API (${engine.name})`, { skip: engine.skip ?? false }, () => {
    let collector: Collector;
    let url: string;
    let logText = '';
    const bodies: SubmissionBody[] = [];
    const results: Result[] = [];

    before(async () => {
      const logs = new Writable({
        write(chunk, _encoding, done) {
          logText += String(chunk);
          done();
        },
      });
      collector = await createCollector({
        ...(await engine.database()),
        adminToken: TOKEN,
        rateLimit: false,
        logger: logs,
      });
      url = await collector.listen({ port: 0 });
      // Four firms: two of each fixture; one gives no contact, one a company name that is a formula.
      const fixtures = [
        FIRST_TIME_WEAK_DIGITAL,
        EXPERIENCED_STRONG_ECOMMERCE,
        FIRST_TIME_WEAK_DIGITAL,
        EXPERIENCED_STRONG_ECOMMERCE,
      ];
      for (const [index, answers] of fixtures.entries()) {
        const body = submission(answers);
        if (index === 1) body.contact = null;
        if (index === 2)
          body.contact = {
            name: 'Müller, "Max"',
            company: '=HYPERLINK("http://x.example","click")',
            phone: '+49 30 1234',
            contactMe: false,
          };
        if (index === 3) body.provider = null;
        assert.equal((await post(url, body)).status, 201);
        bodies.push(body);
        results.push(score(defaultQuestionnaire, answers));
      }
    });
    after(async () => {
      await collector?.close();
      engine.cleanup();
    });

    it('refuses every admin route without the right token (401, WWW-Authenticate)', async () => {
      const wrong: (Record<string, string> | undefined)[] = [
        undefined,
        { authorization: '' },
        { authorization: 'Bearer ' },
        { authorization: 'Bearer wrong-token-0123456789abcdef' },
        { authorization: `Bearer ${TOKEN}x` },
        { authorization: `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}` },
        { authorization: TOKEN },
      ];
      for (const [method, path] of ADMIN_ROUTES)
        for (const headers of wrong) {
          const response = await fetch(`${url}${path}`, { method, ...(headers ? { headers } : {}) });
          const text = await response.text();
          assert.equal(response.status, 401, `${method} ${path} with ${JSON.stringify(headers)}`);
          assert.equal(response.headers.get('www-authenticate'), 'Bearer');
          assert.equal(JSON.parse(text).error.code, 'unauthorized');
          assert.ok(!text.includes('Beispiel'), 'nothing readable');
        }
    });

    it('answers the right token on every route', async () => {
      for (const [method, path] of ADMIN_ROUTES.slice(0, 3))
        assert.equal((await admin(url, path, { method })).status, 200, `${method} ${path}`);
    });

    it('lists every submission as NDJSON with the engine result, the client result and the flag', async () => {
      const response = await admin(url, '/v1/submissions');
      assert.match(response.headers.get('content-type') ?? '', /^application\/x-ndjson/);
      const rows = await ndjson(response);
      assert.deepEqual(
        rows.map((row) => row.id),
        bodies.map((body) => body.id),
      );
      rows.forEach((row, index) => {
        assert.deepEqual(row.record.result, results[index]);
        assert.deepEqual(row.clientResult, bodies[index]!.record.result);
        assert.equal(row.resultMismatch, false);
        assert.deepEqual(row.consent, bodies[index]!.consent);
        assert.equal(row.sentAt, bodies[index]!.sentAt);
      });
    });

    it('pages with limit and cursor, and the pages add up to the whole list', async () => {
      const first = await ndjson(await admin(url, '/v1/submissions?limit=3'));
      assert.equal(first.length, 4, 'three rows and a cursor line');
      const cursor = first[3]!.cursor;
      assert.equal(typeof cursor, 'string');
      const rest = await ndjson(await admin(url, `/v1/submissions?limit=3&cursor=${cursor}`));
      assert.equal(rest.length, 1, 'one row, no cursor: the end');
      assert.deepEqual(
        [...first.slice(0, 3), ...rest].map((row) => row.id),
        bodies.map((body) => body.id),
      );
      const exact = await ndjson(await admin(url, '/v1/submissions?limit=4'));
      assert.equal(exact.length, 4);
      assert.ok(
        exact.every((row) => row.cursor === undefined),
        'no cursor when nothing is left',
      );
      for (const bad of ['limit=0', 'limit=abc', 'limit=10001', 'cursor=nope', 'from=yesterday'])
        assert.equal((await admin(url, `/v1/submissions?${bad}`)).status, 400, bad);
    });

    it('filters by questionnaire, profile and received time', async () => {
      const ids = async (query: string) =>
        (await ndjson(await admin(url, `/v1/submissions?${query}`))).map((row) => row.id);
      assert.equal((await ids(`questionnaire=${defaultQuestionnaire.id}`)).length, 4);
      assert.deepEqual(await ids('questionnaire=other'), []);
      const firstTime = results
        .map((result, index) => (result.profile === 'first_time' ? bodies[index]!.id : null))
        .filter(Boolean);
      assert.ok(firstTime.length > 0 && firstTime.length < 4, 'the fixtures differ in profile');
      assert.deepEqual(await ids('profile=first_time'), firstTime);
      const future = new Date(Date.now() + 3_600_000).toISOString();
      assert.deepEqual(await ids(`from=${future}`), []);
      assert.equal((await ids(`to=${future}`)).length, 4);
      assert.equal((await ids('from=2020-01-01&to=2020-01-02')).length, 0);
    });

    it('exports one CSV row per submission with every score, contact fields and defused formulas', async () => {
      const response = await admin(url, '/v1/export.csv');
      assert.match(response.headers.get('content-type') ?? '', /^text\/csv; charset=utf-8/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
      const [header, ...rows] = parseCsv(text);
      assert.deepEqual(header, [
        'submission_id',
        'received_at',
        'questionnaire',
        'questionnaire_version',
        'locale',
        'provider',
        'profile',
        'stage',
        'overall',
        ...defaultQuestionnaire.areas.map((area) => `area:${area.id}`),
        ...defaultQuestionnaire.dimensions.map((dimension) => `dimension:${dimension.id}`),
        ...(defaultQuestionnaire.indices ?? []).map((index) => `index:${index.id}`),
        'completed_at',
        'size',
        'sector',
        'country',
        'completeness',
        'recommendations',
        'result_mismatch',
        'name',
        'company',
        'email',
        'phone',
        'contact_me',
      ]);
      assert.equal(rows.length, 4);
      rows.forEach((row, index) => {
        const cells = Object.fromEntries(header!.map((name, column) => [name, row[column]]));
        const result = results[index]!;
        assert.equal(cells.submission_id, bodies[index]!.id);
        assert.equal(cells.overall, String(result.overall.score ?? ''));
        assert.equal(cells.profile, result.profile ?? '');
        assert.equal(cells.stage, result.stage ?? '');
        for (const area of result.areas) assert.equal(cells[`area:${area.id}`], String(area.score ?? ''));
        for (const dimension of result.dimensions)
          assert.equal(cells[`dimension:${dimension.id}`], String(dimension.score ?? ''), dimension.id);
        assert.ok(!Number.isNaN(Date.parse(cells.received_at!)));
        assert.equal(cells.completed_at, bodies[index]!.record.completedAt);
        for (const item of result.indices) assert.equal(cells[`index:${item.id}`], String(item.points));
        assert.equal(
          cells.recommendations,
          [...new Set(result.recommendations.map((step) => step.id))].join(' '),
        );
        const { answered, visible } = result.completeness;
        assert.equal(cells.completeness, String(Math.round((answered / visible) * 100)));
      });
      // The cohort report reads the same file back, with levels from the questionnaire's bands.
      const back = entriesFromCsv(text, [defaultQuestionnaire]);
      assert.deepEqual(back.problems, []);
      assert.deepEqual(
        back.entries.map((entry) => [entry.overall, entry.profile, entry.recommendations, entry.completedAt]),
        results.map((result, index) => [
          result.overall,
          result.profile,
          [...new Set(result.recommendations.map((step) => step.id))],
          bodies[index]!.record.completedAt,
        ]),
      );
      assert.equal(rows[0]![header!.indexOf('email')], 'anna@beispiel.example');
      assert.equal(rows[1]![header!.indexOf('name')], '', 'no contact given: empty cells');
      assert.equal(rows[2]![header!.indexOf('name')], 'Müller, "Max"', 'quoted, not split');
      assert.equal(rows[2]![header!.indexOf('company')], `'=HYPERLINK("http://x.example","click")`);
      assert.equal(rows[2]![header!.indexOf('phone')], `'+49 30 1234`);
      assert.equal(rows[2]![header!.indexOf('contact_me')], 'false');
      assert.equal(rows[3]![header!.indexOf('provider')], '');
      const none = parseCsv((await (await admin(url, '/v1/export.csv?profile=nobody')).text()).slice(1));
      assert.equal(none.length, 1, 'header only');
    });

    it('summarises the cohort: per dimension the count of scored submissions and the median', async () => {
      const response = await admin(url, '/v1/cohort');
      const cohort = (await response.json()) as {
        format: string;
        questionnaires: {
          id: string;
          submissions: number;
          overall: { count: number; median: number | null };
          dimensions: { id: string; count: number; median: number | null }[];
        }[];
      };
      assert.equal(cohort.format, 'sme-readiness/cohort@1');
      assert.equal(cohort.questionnaires.length, 1);
      const summary = cohort.questionnaires[0]!;
      assert.equal(summary.id, defaultQuestionnaire.id);
      assert.equal(summary.submissions, 4);
      const overall = results.map((result) => result.overall.score).filter((value) => value !== null);
      assert.deepEqual(summary.overall, { count: overall.length, median: median(overall) });
      assert.deepEqual(
        summary.dimensions.map((dimension) => dimension.id),
        defaultQuestionnaire.dimensions.map((dimension) => dimension.id),
      );
      for (const dimension of summary.dimensions) {
        const values = results
          .map((result) => result.dimensions.find((d) => d.id === dimension.id)!.score)
          .filter((value): value is number => value !== null);
        assert.deepEqual(dimension, { id: dimension.id, count: values.length, median: median(values) });
      }
      const filtered = (await (await admin(url, '/v1/cohort?profile=first_time')).json()) as typeof cohort;
      assert.equal(
        filtered.questionnaires[0]?.submissions,
        results.filter((r) => r.profile === 'first_time').length,
      );
    });

    it('erases a submission on request, keeps an audit row and line without personal data', async () => {
      const target = bodies[0]!;
      const erased = await admin(url, `/v1/submissions/${target.id}`, { method: 'DELETE' });
      assert.equal(erased.status, 200);
      assert.deepEqual(await erased.json(), { id: target.id, erased: true });
      const rows = await ndjson(await admin(url, '/v1/submissions'));
      assert.ok(!rows.some((row) => row.id === target.id));
      assert.equal(rows.length, 3);
      assert.ok(!(await (await admin(url, '/v1/export.csv')).text()).includes(target.id));
      const again = await admin(url, `/v1/submissions/${target.id}`, { method: 'DELETE' });
      assert.equal(again.status, 404);
      assert.equal((await admin(url, '/v1/submissions/not-a-uuid', { method: 'DELETE' })).status, 400);

      const audit = await collector.database.query<{ submission_id: string; found: boolean }>(
        'SELECT submission_id::text AS submission_id, found FROM erasures ORDER BY seq',
      );
      assert.deepEqual(audit, [
        { submission_id: target.id, found: true },
        { submission_id: target.id, found: false },
      ]);
      const auditLines = logText
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.audit === 'erasure');
      assert.equal(auditLines.length, 2);
      assert.equal(auditLines[0]!.submission, target.id);
      assert.equal(auditLines[0]!.found, true);
      // The erased submission's contact, company and answers appear nowhere in the logs.
      for (const secret of ['Anna', 'Beispiel', 'anna@beispiel.example', 'HYPERLINK', 'Müller', '+49'])
        assert.ok(!logText.includes(secret), `logs must not contain ${secret}`);
    });

    it('logs JSON lines with neither client addresses nor query strings', async () => {
      await admin(url, '/v1/submissions?profile=first_time');
      const lines = logText
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      assert.ok(lines.length > 10);
      assert.ok(lines.some((line) => line.msg === 'submission stored'));
      const requestLines = lines.filter((line) => line.req !== undefined || line.res !== undefined);
      assert.ok(requestLines.length > 10);
      assert.ok(!JSON.stringify(requestLines).includes('127.0.0.1'), 'no client address');
      assert.ok(!JSON.stringify(requestLines).includes('remoteAddress'), 'no client address');
      assert.ok(!logText.includes('profile=first_time'), 'no query string');
      assert.ok(!logText.includes(TOKEN), 'no token');
    });

    it('streams and pages more rows than one page, in order, each once (NDJSON and CSV)', async () => {
      // 1,200 copies by SQL: sequence numbers cross 9 → 10 → 100 → 1000, where text order and number
      // order part (paging once sorted by the text of `seq` and stopped after 592 of 100,000 rows).
      await collector.database.query(
        `INSERT INTO submissions (id, body_hash, received_at, provider, questionnaire_id, questionnaire_version,
           locale, profile, stage, scores, record, client_result, result_mismatch, contact, consent, sent_at)
         SELECT gen_random_uuid(), body_hash, received_at, provider, questionnaire_id, questionnaire_version,
           locale, profile, stage, scores, record, client_result, result_mismatch, contact, consent, sent_at
         FROM submissions, generate_series(1, 400)`,
      );
      const all = await ndjson(await admin(url, '/v1/submissions'));
      assert.equal(all.length, 1203);
      assert.equal(new Set(all.map((row) => row.id)).size, 1203);
      const paged: string[] = [];
      let cursor = '';
      for (let page = 0; page < 10; page += 1) {
        const rows = await ndjson(
          await admin(url, `/v1/submissions?limit=500${cursor ? `&cursor=${cursor}` : ''}`),
        );
        const next = rows.at(-1)?.cursor;
        paged.push(...rows.filter((row) => row.cursor === undefined).map((row) => row.id));
        if (!next) break;
        cursor = next;
      }
      assert.deepEqual(
        paged,
        all.map((row) => row.id),
      );
      const csv = await (await admin(url, '/v1/export.csv')).text();
      assert.equal(csv.split('\r\n').filter(Boolean).length, 1204, 'header and 1,203 rows');
    });

    it('answers /healthz without a token', async () => {
      const response = await fetch(`${url}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok', database: engine.name });
    });
  });
}

describe('admin without a token', () => {
  it('refuses every admin route (403 admin_disabled) when no token is configured', async (t) => {
    const [pglite] = engines;
    const collector = await createCollector({ ...(await pglite!.database()), adminToken: null });
    t.after(async () => {
      await collector.close();
      pglite!.cleanup();
    });
    for (const [method, url] of ADMIN_ROUTES) {
      const response = await collector.inject({
        method: method as 'GET',
        url,
        headers: { authorization: 'Bearer anything-at-all-123456' },
      });
      assert.equal(response.statusCode, 403, `${method} ${url}`);
      assert.equal(response.json().error.code, 'admin_disabled');
    }
  });
});
