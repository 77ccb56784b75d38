// `sme-readiness-collector`: flags and environment variables → createCollector() → listen, until
// SIGTERM or SIGINT, when requests in flight finish, the database closes and the process exits.
//
// Output: JSON log lines on stdout (no personal data); messages for the person who started it (where
// it listens, where the admin token is, what is wrong with a flag) on stderr. Exit codes: 0 after a
// clean shutdown, 1 when it cannot start or stop cleanly, 2 for a bad flag or value.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createCollector } from './server.js';
import { loadQuestionnaireFile } from './questionnaires.js';
import { seedSample } from './sample.js';

export const USAGE = `Usage: sme-readiness-collector [options]

Receives the results SMEs send from the sme-readiness widget and keeps them for you.

Options (each also from an environment variable):
  --data DIR           embedded database folder                  SME_COLLECTOR_DATA (./sme-data)
  --port N             port to listen on (0: any free one)       SME_COLLECTOR_PORT (8787)
  --host ADDR          address to listen on                      SME_COLLECTOR_HOST (127.0.0.1)
  --origin URL         page origin allowed to send; repeatable   SME_COLLECTOR_ORIGINS (comma-separated)
  --admin-origin URL   internal page allowed to read (with the   SME_COLLECTOR_ADMIN_ORIGINS (comma-separated)
                       token), e.g. the cohort report; repeatable
  --sample N           on an empty database, store N generated   SME_COLLECTOR_SAMPLE (0)
                       sample submissions (provider "sample-data")
  --token-file FILE    admin token file; made on first start     SME_COLLECTOR_TOKEN_FILE (DIR/admin-token)
  --questionnaire F    also accept this questionnaire; repeatable SME_COLLECTOR_QUESTIONNAIRES (comma-separated)
  --rate-limit N       submissions per client address a minute   SME_COLLECTOR_RATE_LIMIT (30; 0: no limit)
  --trust-proxy        client address from X-Forwarded-For       SME_COLLECTOR_TRUST_PROXY (1/true)
  --help               show this help
  --version            show the version

  DATABASE_URL         use this PostgreSQL instead of the embedded database
  SME_COLLECTOR_TOKEN  the admin token itself (instead of a token file)

Example:
  sme-readiness-collector --origin https://cluster.example --data ./sme-data
`;

export class UsageError extends Error {}

export interface CliSettings {
  dataDir: string;
  port: number;
  host: string;
  origins: string[];
  /** Internal pages allowed to read the admin routes from a browser (with the token). */
  adminOrigins: string[];
  /** Sample submissions to store when the database is empty. */
  sample: number;
  tokenFile: string;
  token: string | null;
  questionnaireFiles: string[];
  rateLimit: number | false;
  trustProxy: boolean;
  databaseUrl: string | null;
}

export function readSettings(argv: string[], env: NodeJS.ProcessEnv): CliSettings | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'admin-origin': { type: 'string', multiple: true },
        sample: { type: 'string' },
        'token-file': { type: 'string' },
        questionnaire: { type: 'string', multiple: true },
        'rate-limit': { type: 'string' },
        'trust-proxy': { type: 'boolean' },
        help: { type: 'boolean' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--prot'" or "Option '--port <value>' argument missing".
    throw new UsageError((error as Error).message);
  }
  const flags = parsed.values;
  if (flags.help) return 'help';
  if (flags.version) return 'version';
  const list = (value: string | undefined) =>
    (value ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const dataDir = resolve(flags.data ?? env.SME_COLLECTOR_DATA ?? './sme-data');
  const port = integer('port', flags.port ?? env.SME_COLLECTOR_PORT ?? '8787', 0, 65535);
  const host = flags.host ?? env.SME_COLLECTOR_HOST ?? '127.0.0.1';
  if (!host) throw new UsageError('--host needs an address, e.g. 127.0.0.1 or 0.0.0.0.');
  const origins = flags.origin ?? list(env.SME_COLLECTOR_ORIGINS);
  for (const origin of origins) checkOrigin(origin);
  const adminOrigins = flags['admin-origin'] ?? list(env.SME_COLLECTOR_ADMIN_ORIGINS);
  for (const origin of adminOrigins) checkOrigin(origin, '--admin-origin');
  const sample = integer('sample', flags.sample ?? env.SME_COLLECTOR_SAMPLE ?? '0', 0, 100_000);
  const rate = integer(
    'rate-limit',
    flags['rate-limit'] ?? env.SME_COLLECTOR_RATE_LIMIT ?? '30',
    0,
    1_000_000,
  );
  const trust = flags['trust-proxy'] ?? /^(1|true|yes)$/i.test(env.SME_COLLECTOR_TRUST_PROXY ?? '');
  return {
    dataDir,
    port,
    host,
    origins,
    adminOrigins,
    sample,
    tokenFile: resolve(flags['token-file'] ?? env.SME_COLLECTOR_TOKEN_FILE ?? join(dataDir, 'admin-token')),
    token: env.SME_COLLECTOR_TOKEN || null,
    questionnaireFiles: flags.questionnaire ?? list(env.SME_COLLECTOR_QUESTIONNAIRES),
    rateLimit: rate === 0 ? false : rate,
    trustProxy: trust,
    databaseUrl: env.DATABASE_URL || null,
  };
}

function integer(name: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(number >= min && number <= max))
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}".`);
  return number;
}

function checkOrigin(origin: string, flag = '--origin'): void {
  const parsed = URL.canParse(origin) ? new URL(origin) : null;
  if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol))
    throw new UsageError(
      `${flag} must be a page's origin, like https://cluster.example (scheme, host and port, no path), not "${origin}".`,
    );
}

/** The admin token: from SME_COLLECTOR_TOKEN, the token file, or made now into the token file. */
export function adminToken(settings: CliSettings, say: (line: string) => void): string {
  if (settings.token) {
    if (settings.token.length < 16) throw new Error('SME_COLLECTOR_TOKEN must be at least 16 characters.');
    return settings.token;
  }
  if (existsSync(settings.tokenFile)) {
    const token = readFileSync(settings.tokenFile, 'utf8').trim();
    if (token.length < 16)
      throw new Error(
        `The admin token in ${settings.tokenFile} is shorter than 16 characters; put a longer one in.`,
      );
    return token;
  }
  mkdirSync(dirname(settings.tokenFile), { recursive: true });
  const token = randomBytes(32).toString('base64url');
  writeFileSync(settings.tokenFile, `${token}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(settings.tokenFile, 0o600);
  say(`Made an admin token in ${settings.tokenFile} (keep it secret; it reads every submission).`);
  return token;
}

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  let settings;
  try {
    settings = readSettings(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(`sme-readiness-collector: ${error.message}\nRun with --help to see every option.`);
    return 2;
  }
  if (settings === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (settings === 'version') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }

  let collector;
  try {
    const token = adminToken(settings, say);
    const questionnaires = settings.questionnaireFiles.map(loadQuestionnaireFile);
    const started = Date.now();
    collector = await createCollector({
      ...(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : { dataDir: settings.dataDir }),
      origins: settings.origins,
      adminOrigins: settings.adminOrigins,
      adminToken: token,
      questionnaires,
      rateLimit: settings.rateLimit,
      trustProxy: settings.trustProxy,
      logger: true,
    });
    if (settings.sample > 0) {
      const stored = await seedSample(collector, settings.sample);
      if (stored > 0)
        say(
          `Stored ${stored} generated sample submissions (provider "sample-data"), as the database was empty.`,
        );
    }
    const url = await collector.listen({ port: settings.port, host: settings.host });
    const where = settings.databaseUrl
      ? 'PostgreSQL (DATABASE_URL)'
      : `embedded database in ${settings.dataDir}`;
    // The settings first and the "listening" line last: whoever waits for that line has read them all.
    if (settings.origins.length === 0)
      say('No --origin given: no web page can send results yet (add --origin https://your-site.example).');
    else say(`Pages allowed to send: ${settings.origins.join(', ')}`);
    say(`sme-readiness collector listening on ${url} (${where}, ready in ${Date.now() - started} ms)`);
  } catch (error) {
    say(`sme-readiness-collector: cannot start: ${(error as Error).message}`);
    await collector?.close().catch(() => {});
    return 1;
  }

  const running = collector;
  return new Promise<number>((resolveExit) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) {
        say(`${signal} again: exiting now.`);
        resolveExit(1);
        return;
      }
      stopping = true;
      running.app.log.info({ signal }, 'shutting down');
      // A request that never ends must not keep a stopping collector alive forever.
      const timer = setTimeout(() => {
        say('Requests still running after 10 s: exiting without waiting for them.');
        resolveExit(1);
      }, 10_000);
      timer.unref();
      running.close().then(
        () => {
          clearTimeout(timer);
          resolveExit(0);
        },
        (error: unknown) => {
          say(`sme-readiness-collector: shutdown failed: ${(error as Error).message}`);
          resolveExit(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
}
