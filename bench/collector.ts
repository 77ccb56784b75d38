// The collector's figures for `npm run bench` (also alone: `npm run bench:collector`), printed as a table.
//
// Throughput: the real command as a child process (as deployed: logs on, fsync on), 50 autocannon
// clients for 10 s posting valid submissions with fresh ids, on PGlite and on a throw-away PostgreSQL
// (the tests' helper starts it). Export: 100,000 rows are written straight into the database (SQL,
// from a few real submissions), then GET /v1/export.csv is timed while the server's peak memory
// (VmHWM) is read from /proc. Runs through collector/scripts/tsx.mjs (the engine from its sources).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { openDatabase } from '../collector/src/database.js';
import { TOKEN, startPostgres, submission } from '../collector/test/helpers.js';
import { startCollectorProcess, type RunningCollector } from '../collector/test/process.js';
import { EXPERIENCED_STRONG_ECOMMERCE, FIRST_TIME_WEAK_DIGITAL } from '../test/fixtures/default-answers.js';

const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const EXPORT_ROWS = 100_000;

interface Figures {
  engine: string;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
  exportSeconds: number;
  exportMb: number;
  peakRssMb: number;
  baseRssMb: number;
}

function memory(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

async function stop(running: RunningCollector): Promise<void> {
  running.child.kill('SIGTERM');
  await running.exited;
}

async function load(url: string): Promise<Pick<Figures, 'perSecond' | 'p50' | 'p99' | 'errors'>> {
  // One body text with a placeholder id: each request gets a fresh UUID without re-serialising.
  const template = JSON.stringify(
    submission(FIRST_TIME_WEAK_DIGITAL, '00000000-0000-4000-8000-000000000000'),
  );
  const result = await autocannon({
    url: `${url}/v1/submissions`,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => ({
          ...request,
          body: template.replace('00000000-0000-4000-8000-000000000000', randomUUID()),
        }),
      },
    ],
  });
  return {
    perSecond: result['2xx'] / SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function measure(engine: 'pglite' | 'postgresql', databaseUrl?: string): Promise<Figures> {
  const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'sme-collector-bench-')) : undefined;
  const args = dataDir ? ['--data', dataDir] : [];
  const env = {
    SME_COLLECTOR_TOKEN: TOKEN,
    SME_COLLECTOR_RATE_LIMIT: '0',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  try {
    let running = await startCollectorProcess(args, env);
    // Warm-up (JIT, connections, caches), not counted.
    await autocannon({ url: `${running.url}/healthz`, connections: 10, amount: 2000 });
    const throughput = await load(running.url);
    await stop(running);

    // The export's rows: two real submissions through the server (PGlite allows one process per
    // folder, so the server stops while the bench writes), then copied by SQL with fresh ids.
    const database = await openDatabase(dataDir ? { dataDir } : { url: databaseUrl! });
    await database.query('DELETE FROM submissions');
    const columns = `body_hash, received_at, provider, questionnaire_id, questionnaire_version, locale, profile,
      stage, scores, record, client_result, result_mismatch, contact, consent, sent_at`;
    await database.close();
    running = await startCollectorProcess(args, env);
    for (const answers of [FIRST_TIME_WEAK_DIGITAL, EXPERIENCED_STRONG_ECOMMERCE]) {
      const response = await fetch(`${running.url}/v1/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(submission(answers)),
      });
      if (response.status !== 201) throw new Error(`seed: ${response.status} ${await response.text()}`);
    }
    await stop(running);
    const seeding = await openDatabase(dataDir ? { dataDir } : { url: databaseUrl! });
    await seeding.query(
      `INSERT INTO submissions (id, ${columns})
       SELECT gen_random_uuid(), ${columns} FROM submissions, generate_series(1, $1::int)`,
      [EXPORT_ROWS / 2 - 1],
    );
    const [{ count }] = await seeding.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM submissions',
    );
    await seeding.close();
    if (count !== EXPORT_ROWS) throw new Error(`seeded ${count} rows, not ${EXPORT_ROWS}`);

    running = await startCollectorProcess(args, env);
    const baseRssMb = memory(running.child.pid!, 'VmRSS');
    const started = performance.now();
    const response = await fetch(`${running.url}/v1/export.csv`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    let bytes = 0;
    let lines = 0;
    for await (const chunk of response.body!) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) lines += 1;
    }
    const exportSeconds = (performance.now() - started) / 1000;
    const peakRssMb = memory(running.child.pid!, 'VmHWM');
    await stop(running);
    if (lines !== EXPORT_ROWS + 1)
      throw new Error(
        `the export had ${lines} lines, not ${EXPORT_ROWS + 1}:\n${running
          .stdout()
          .split('\n')
          .filter((line) => line.includes('"level":50'))
          .join('\n')
          .slice(0, 3000)}`,
      );
    return { engine, ...throughput, exportSeconds, exportMb: bytes / 1e6, peakRssMb, baseRssMb };
  } finally {
    if (dataDir && !process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
    else if (dataDir) console.log(`kept ${dataDir}`);
  }
}

export async function collectorBench(): Promise<Figures[]> {
  const figures: Figures[] = [];
  console.log(
    `\nCollector: ${CONNECTIONS} clients for ${SECONDS} s, then a CSV export of ${EXPORT_ROWS} rows`,
  );
  figures.push(await measure('pglite'));
  const postgres = await startPostgres();
  if (typeof postgres === 'string') console.log(`PostgreSQL skipped: ${postgres}`);
  else {
    try {
      figures.push(await measure('postgresql', await postgres.createDatabase()));
    } finally {
      postgres.stop();
    }
  }
  console.table(
    figures.map((f) => ({
      engine: f.engine,
      'submissions/s': Math.round(f.perSecond),
      'p50 ms': f.p50,
      'p99 ms': f.p99,
      'non-2xx/errors': f.errors,
      'export s': Number(f.exportSeconds.toFixed(2)),
      'export MB': Number(f.exportMb.toFixed(1)),
      'server RSS before export MB': Math.round(f.baseRssMb),
      'server peak RSS MB': Math.round(f.peakRssMb),
    })),
  );
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) await collectorBench();
