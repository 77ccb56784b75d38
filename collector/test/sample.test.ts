// Sample data (`--sample N`) and the admin routes' CORS for internal pages (`--admin-origin`), on the
// embedded database: what a provider trying the cohort report meets before any real firm has sent.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCollector, type Collector } from '../src/server.js';
import { SAMPLE_PROVIDER, seedSample } from '../src/sample.js';
import { ORIGIN, TOKEN } from './helpers.js';

const ADMIN_PAGE = 'https://intranet.cluster.example';

describe('sample data and the admin pages', () => {
  let collector: Collector;
  let dir: string;
  const auth = { authorization: `Bearer ${TOKEN}` };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sme-collector-sample-'));
    collector = await createCollector({
      dataDir: dir,
      adminToken: TOKEN,
      origins: [ORIGIN],
      adminOrigins: [ADMIN_PAGE],
    });
  });
  after(async () => {
    await collector.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores N plausible, marked sample submissions on an empty database, and none on a second start', async () => {
    assert.equal(await seedSample(collector, 200), 200);
    assert.equal(await seedSample(collector, 200), 0, 'not again once there is data');
    const lines = (await collector.inject({ method: 'GET', url: '/v1/submissions', headers: auth })).body
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    assert.equal(lines.length, 200);
    assert.ok(
      lines.every((row) => row.provider === SAMPLE_PROVIDER && /@example\.invalid$/.test(row.contact.email)),
    );
    assert.ok(
      lines.every((row) => row.resultMismatch === false),
      'scored by the engine like real ones',
    );
    const overall = lines.map((row) => row.record.result.overall.score as number).sort((a, b) => a - b);
    assert.ok(
      overall[150]! - overall[50]! >= 10,
      `a spread of scores, not one value (${overall[50]}–${overall[150]})`,
    );
    // The default questionnaire's "about" block (1.1.0): every sample firm has a size, sector and country.
    const about = (id: string) => new Set(lines.map((row) => row.record.answers[id]));
    assert.deepEqual([...about('about_size')].sort(), ['large', 'medium', 'micro', 'small']);
    assert.ok(
      [...about('about_sector')].every((code) => /^[A-U]$/.test(code)) && about('about_sector').has('C'),
    );
    assert.ok(about('about_country').has('DE') && about('about_country').size >= 5);
    assert.ok(!about('about_country').has(undefined));
    const profiles = new Set(lines.map((row) => row.record.result.profile));
    assert.ok(profiles.has('first_time') && profiles.has('experienced'), [...profiles].join());
    const byEmail = new Map<string, number>();
    for (const row of lines) byEmail.set(row.contact.email, (byEmail.get(row.contact.email) ?? 0) + 1);
    const repeated = [...byEmail.values()].filter((count) => count === 2).length;
    assert.ok(repeated >= 10, `some firms took it twice (${repeated})`);
  });

  it('answers the preflight and the reads of an admin page with CORS, and no other page', async () => {
    const preflight = (origin: string) =>
      collector.inject({
        method: 'OPTIONS',
        url: '/v1/submissions',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const allowed = await preflight(ADMIN_PAGE);
    assert.equal(allowed.statusCode, 204);
    assert.equal(allowed.headers['access-control-allow-origin'], ADMIN_PAGE);
    assert.match(String(allowed.headers['access-control-allow-headers']), /authorization/i);
    // The page that may send results may not read them.
    assert.equal((await preflight(ORIGIN)).headers['access-control-allow-origin'], undefined);
    const read = await collector.inject({
      method: 'GET',
      url: '/v1/cohort',
      headers: { ...auth, origin: ADMIN_PAGE },
    });
    assert.equal(read.statusCode, 200);
    assert.equal(read.headers['access-control-allow-origin'], ADMIN_PAGE);
    const foreign = await collector.inject({
      method: 'GET',
      url: '/v1/cohort',
      headers: { ...auth, origin: 'https://evil.example' },
    });
    assert.equal(foreign.headers['access-control-allow-origin'], undefined);
    // An admin page cannot send results, and sending still works for the sending page.
    const send = await collector.inject({
      method: 'OPTIONS',
      url: '/v1/submissions',
      headers: { origin: ADMIN_PAGE, 'access-control-request-method': 'POST' },
    });
    assert.equal(send.statusCode, 403);
    const sender = await collector.inject({
      method: 'OPTIONS',
      url: '/v1/submissions',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    assert.equal(sender.headers['access-control-allow-origin'], ORIGIN);
  });
});
