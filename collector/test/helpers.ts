// Shared by the collector's tests (and the bench): valid submissions made with the engine, a throw-away
// PostgreSQL cluster started from Debian's binaries, and the two engines every suite runs against.
//
// PostgreSQL: initdb into a temporary folder, pg_ctl start on a free port with the socket in that folder
// (as the `postgres` user when we are root: PostgreSQL refuses to run as root), one database per
// suite, then stop and delete. When no PostgreSQL can be started, `startPostgres` says why and the
// suites skip their PostgreSQL half with that reason printed, never silently.
import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecord, type Result } from 'sme-readiness/engine';
import { defaultQuestionnaire } from 'sme-readiness/questionnaires/default';
import type { Answers } from '../../src/engine/model/schema.js';
import { FIRST_TIME_WEAK_DIGITAL } from '../../test/fixtures/default-answers.js';
import type { CollectorOptions } from '../src/server.js';
import { SUBMISSION_FORMAT } from '../src/submission.js';

export const TOKEN = 'test-admin-token-0123456789abcdef';
export const ORIGIN = 'https://cluster.example';

export interface SubmissionBody {
  format: string;
  id: string;
  provider: string | null;
  record: {
    format: string;
    questionnaire: { id: string; version: string };
    locale: string;
    answers: Record<string, unknown>;
    result: Result;
    startedAt: string | null;
    completedAt: string;
  };
  contact: Record<string, unknown> | null;
  consent: Record<string, unknown>;
  sentAt: string;
}

/** A valid submission for the default questionnaire, as the widget sends it. */
export function submission(
  answers: Answers = FIRST_TIME_WEAK_DIGITAL,
  id: string = randomUUID(),
): SubmissionBody {
  const record = createRecord(defaultQuestionnaire, answers, {
    locale: 'de',
    startedAt: '2026-12-01T09:00:00.000Z',
    completedAt: '2026-12-01T09:12:00.000Z',
  });
  return {
    format: SUBMISSION_FORMAT,
    id,
    provider: 'cluster-nord',
    record: record as SubmissionBody['record'],
    contact: {
      name: 'Anna Beispiel',
      company: 'Beispiel GmbH',
      email: 'anna@beispiel.example',
      contactMe: true,
    },
    consent: {
      given: true,
      notice: `sha256:${'ab'.repeat(32)}`,
      noticeVersion: '2026-11',
      locale: 'de',
      at: '2026-12-01T09:12:30.000Z',
    },
    sentAt: '2026-12-01T09:12:31.000Z',
  };
}

export interface Postgres {
  /** Connection string of a fresh database made for the caller. */
  createDatabase(): Promise<string>;
  stop(): void;
}

let postgresTried: Promise<Postgres | string> | null = null;

function postgresBin(): string | null {
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((name) => existsSync(join(base, name, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(base, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
  return found.status === 0 ? join(found.stdout.trim(), '..') : null;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One cluster per test process, started on first use; a string is the reason it could not start. */
export function startPostgres(): Promise<Postgres | string> {
  postgresTried ??= startCluster().catch(
    (error: unknown) => `PostgreSQL could not be started: ${(error as Error).message}`,
  );
  return postgresTried;
}

async function startCluster(): Promise<Postgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('no PostgreSQL binaries (apt-get install -y postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'sme-collector-pg-'));
  const asRoot = process.getuid?.() === 0;
  // PostgreSQL will not run as root: the cluster belongs to `postgres`, and its commands run as it.
  const run = (command: string, args: string[]) => {
    const [file, fileArgs] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    execFileSync(file, fileArgs, { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      join(dir, 'server.log'),
      '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
      '-w',
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(stderr || (error as Error).message, { cause: error });
  }
  const { default: pg } = await import('pg');
  let databases = 0;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // The cluster must not outlive the tests even when a test forgets to stop it.
  process.once('exit', stop);
  return {
    async createDatabase() {
      databases += 1;
      const name = `collector_${process.pid}_${databases}`;
      const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop,
  };
}

export interface EngineUnderTest {
  name: 'pglite' | 'postgresql';
  /** Why this engine's tests are skipped, or null. */
  skip: string | null;
  /** Database options for a new, empty collector. */
  database(): Promise<Pick<CollectorOptions, 'dataDir' | 'databaseUrl'>>;
  cleanup(): void;
}

/** Both engines; the PostgreSQL one carries its skip reason when no cluster could be started. */
export async function enginesUnderTest(): Promise<EngineUnderTest[]> {
  const folders: string[] = [];
  const postgres = await startPostgres();
  if (typeof postgres === 'string') console.log(`# SKIP PostgreSQL tests: ${postgres}`);
  return [
    {
      name: 'pglite',
      skip: null,
      async database() {
        const dir = mkdtempSync(join(tmpdir(), 'sme-collector-data-'));
        folders.push(dir);
        return { dataDir: dir };
      },
      cleanup: () => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
    },
    {
      name: 'postgresql',
      skip: typeof postgres === 'string' ? postgres : null,
      async database() {
        if (typeof postgres === 'string') throw new Error(postgres);
        return { databaseUrl: await postgres.createDatabase() };
      },
      cleanup: () => {
        if (typeof postgres !== 'string') postgres.stop();
      },
    },
  ];
}

/** What a POST answered: a receipt or an error body (tests read whichever they expect). */
export interface AnswerBody {
  format?: string;
  id?: string;
  receivedAt?: string;
  error: { code: string; message: string; problems: { path: string; code: string; message: string }[] };
}

/** One NDJSON line of GET /v1/submissions. */
export interface StoredRow {
  id: string;
  receivedAt: string;
  provider: string | null;
  record: SubmissionBody['record'];
  clientResult: Result;
  resultMismatch: boolean;
  contact: Record<string, unknown> | null;
  consent: Record<string, unknown>;
  sentAt: string;
  cursor?: string;
}

export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/v1/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: (text ? safeJson(text) : null) as AnswerBody,
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function admin(url: string, path: string, init: RequestInit = {}) {
  return fetch(`${url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${TOKEN}`, ...(init.headers as Record<string, string> | undefined) },
  });
}

/** The NDJSON lines of a response, parsed. */
export async function ndjson(response: Response): Promise<StoredRow[]> {
  const text = await response.text();
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StoredRow);
}
