// createCollector(): the collector as a fastify instance with its database, for the CLI (cli.ts) and for
// a provider embedding it in their own Node server.
//
// A submission flows: body (JSON, ≤ 64 KB) → origin and rate checks → consent → SubmissionSchema
// (shape) → the registered questionnaire (id, version) → the engine's parseAnswers (unknown answers
// refused) → the engine's score(), stored beside the client's result with a mismatch flag → one INSERT,
// committed → the receipt. The admin routes read the same rows back as NDJSON, CSV or a cohort summary,
// and erase on request. Every error answer has one shape (submission.ts's ErrorBody).
import { createHash, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { isDeepStrictEqual } from 'node:util';
import type { Writable } from 'node:stream';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import * as z from 'zod/mini';
import { parseAnswers, score, RECORD_FORMAT, type Questionnaire, type Result } from 'sme-readiness/engine';
import { openDatabase, type Database } from './database.js';
import { defaultQuestionnaire } from 'sme-readiness/questionnaires/default';
import { QuestionnaireRegistry } from './questionnaires.js';
import {
  cohort,
  eraseSubmission,
  exportSubmissions,
  insertSubmission,
  listSubmissions,
  type StoredScores,
  type SubmissionFilter,
} from './store.js';
import { BOM, csvLayout, csvRow } from './csv.js';
import {
  RECEIPT_FORMAT,
  SubmissionSchema,
  type ErrorBody,
  type Receipt,
  type RequestProblem,
} from './submission.js';

export interface CollectorOptions {
  /** The embedded database's folder (PGlite). Ignored when `databaseUrl` is given. Default `./sme-data`. */
  dataDir?: string;
  /** A PostgreSQL connection string: use that server instead of the embedded database. */
  databaseUrl?: string;
  /** Connections per instance to PostgreSQL. Default 10. */
  poolSize?: number;
  /** Origins (`https://cluster.example`) of the pages allowed to send results. None: no browser page. */
  origins?: string[];
  /**
   * Origins of internal pages (the provider's cohort report) allowed to call the admin routes from a
   * browser, with the token. None: admin routes answer no CORS headers, so only servers and curl read.
   */
  adminOrigins?: string[];
  /** The admin bearer token. Absent or null: every admin route answers 403 (admin_disabled). */
  adminToken?: string | null;
  /** Questionnaires accepted besides the default one (parsed JSON; validated by the engine at start). */
  questionnaires?: unknown[];
  /** Accept the default questionnaire. Default true. */
  defaultQuestionnaire?: boolean;
  /** Submissions per client address and minute; `false` turns the limit off. Default 30. */
  rateLimit?: number | false;
  /** Behind a load balancer: take the client address from X-Forwarded-For. Default false. */
  trustProxy?: boolean;
  /** JSON-line logs: `false` (default) for none, `true` for stdout, or a stream to write them to. */
  logger?: boolean | Writable;
}

export interface Collector {
  /** The fastify instance, for `inject()` in tests or adding routes. */
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly questionnaires: QuestionnaireRegistry;
  /** Listens and resolves to the URL, e.g. `http://127.0.0.1:8787`. */
  listen(options?: { port?: number; host?: string }): Promise<string>;
  /** Stops taking requests, lets those in flight finish, then closes the database. */
  close(): Promise<void>;
  inject: FastifyInstance['inject'];
}

export const BODY_LIMIT = 64 * 1024;
const PAGE_SIZE = 500;
const MAX_LIMIT = 10_000;

class RequestError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly problems?: RequestProblem[],
  ) {
    super(message);
  }
}

export async function createCollector(options: CollectorOptions = {}): Promise<Collector> {
  const registry = new QuestionnaireRegistry([]);
  if (options.defaultQuestionnaire !== false) registry.add(defaultQuestionnaire, 'The default questionnaire');
  (options.questionnaires ?? []).forEach((questionnaire, index) =>
    registry.add(questionnaire, `Questionnaire ${index + 1}`),
  );
  const origins = new Set(options.origins ?? []);
  const adminDigest = options.adminToken ? digest(options.adminToken) : null;

  const database = await openDatabase(
    options.databaseUrl
      ? { url: options.databaseUrl, poolSize: options.poolSize ?? 10 }
      : { dataDir: options.dataDir ?? './sme-data' },
  );

  const app = Fastify({
    logger: loggerOptions(options.logger ?? false),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    // Rejects __proto__ and constructor.prototype keys instead of answering 500 later.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
  });
  // Only JSON is accepted; without this, text/plain would be parsed (and browsers send it cross-origin
  // without a preflight).
  app.removeContentTypeParser('text/plain');

  app.addHook('onClose', async () => {
    await database.close();
  });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, request, reply) => {
    if (error instanceof RequestError) return sendError(reply, error);
    const known = fastifyError(error);
    if (known) return sendError(reply, known);
    request.log.error({ err: error }, 'request failed');
    return sendError(
      reply,
      new RequestError(500, 'internal_error', 'Something went wrong on our side. Please try again later.'),
    );
  });
  app.setNotFoundHandler((_request, reply) =>
    sendError(reply, new RequestError(404, 'not_found', 'There is nothing at this address.')),
  );

  // Pages from other origins are refused outright, before CORS: a preflight gets 403 and no CORS
  // headers, and a POST that claims a foreign Origin is not stored. Clients without an Origin header
  // (a provider's own server, curl) are not browsers and are let through.
  const sending = (request: FastifyRequest) =>
    request.url.startsWith('/v1/submissions') &&
    (request.method === 'POST' ||
      (request.method === 'OPTIONS' && request.headers['access-control-request-method'] === 'POST'));
  app.addHook('onRequest', async (request) => {
    const origin = request.headers.origin;
    if (origin !== undefined && sending(request) && !origins.has(origin))
      throw new RequestError(403, 'origin_not_allowed', 'This page may not send results to this address.');
  });

  // CORS, chosen per request: sending results is open to the pages in `origins`; reading (the admin
  // routes, with the token) only to the internal pages in `adminOrigins`. A preflight carries no token,
  // so it is answered before the token check; it reveals nothing.
  const adminOrigins = [...new Set(options.adminOrigins ?? [])];
  await app.register(cors, {
    delegator: (request, callback) =>
      callback(
        null,
        sending(request as unknown as FastifyRequest)
          ? { origin: [...origins], methods: ['POST'], allowedHeaders: ['Content-Type'], maxAge: 600 }
          : {
              origin: adminOrigins,
              methods: ['GET', 'DELETE'],
              allowedHeaders: ['Authorization'],
              maxAge: 600,
            },
      ),
  });

  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new RequestError(
        429,
        'rate_limited',
        `Too many submissions from this address. Please try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
      ),
  });

  await app.register(async (scope) => {
    scope.post(
      '/v1/submissions',
      {
        bodyLimit: BODY_LIMIT,
        config:
          options.rateLimit === false
            ? { rateLimit: false }
            : { rateLimit: { max: options.rateLimit ?? 30, timeWindow: 60_000 } },
      },
      async (request, reply) => receive(request, reply),
    );
  });

  async function receive(request: FastifyRequest, reply: FastifyReply) {
    if (!isJsonType(request.headers['content-type']))
      throw new RequestError(415, 'unsupported_media_type', 'Results must be sent as JSON.');
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw new RequestError(400, 'invalid_submission', 'The results could not be read.', [
        { path: '', code: 'invalid_type', message: 'Expected a JSON object.' },
      ]);
    const consent = (body as { consent?: { given?: unknown } }).consent;
    if (consent === null || typeof consent !== 'object' || consent.given !== true)
      throw new RequestError(
        400,
        'consent_required',
        'Your consent is needed before your results can be sent.',
        [{ path: 'consent.given', code: 'consent_required', message: 'Expected consent.given to be true.' }],
      );
    const parsed = z.safeParse(SubmissionSchema, body);
    if (!parsed.success)
      throw new RequestError(
        400,
        'invalid_submission',
        'The results could not be read. Please reload the page and try again.',
        parsed.error.issues.slice(0, 50).map((issue) => ({
          path: formatPath(issue.path),
          code: issue.code,
          message:
            issue.message === 'Invalid input' ? `Invalid ${issue.code.replaceAll('_', ' ')}.` : issue.message,
        })),
      );
    const submission = parsed.data;
    const { record } = submission;
    const questionnaire = registry.get(record.questionnaire.id, record.questionnaire.version);
    if (!questionnaire) {
      const versions = registry.versionsOf(record.questionnaire.id);
      throw new RequestError(400, 'unknown_questionnaire', 'This questionnaire is not collected here.', [
        {
          path: 'record.questionnaire',
          code: 'unknown_questionnaire',
          message: versions.length
            ? `Version "${record.questionnaire.version}" of "${record.questionnaire.id}" is not registered (known: ${versions.join(', ')}).`
            : `The questionnaire "${record.questionnaire.id}" is not registered.`,
        },
      ]);
    }
    const answers = parseAnswers(questionnaire, record.answers);
    if (answers.problems.length > 0)
      throw new RequestError(
        400,
        'invalid_answers',
        'Some answers do not fit this questionnaire. Please reload the page and check your answers.',
        answers.problems.slice(0, 50).map((problem) => ({
          ...problem,
          path: problem.path
            ? `record.answers.${problem.path}`.replace('.answers.[', '.answers[')
            : 'record.answers',
        })),
      );
    // The browser's arithmetic is never trusted: the stored and exported result is the engine's.
    const result = score(questionnaire, answers.answers);
    // Structural equality, whatever order the client's keys came in (a canonical-JSON comparison cost
    // ~290 µs a submission, a fifth of the whole request).
    const resultMismatch = !isDeepStrictEqual(result, record.result);
    const storedRecord = {
      format: RECORD_FORMAT,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      locale: record.locale,
      answers: answers.answers,
      result,
      startedAt: record.startedAt,
      completedAt: record.completedAt,
    };
    const outcome = await insertSubmission(database, {
      id: submission.id.toLowerCase(),
      // The parsed submission's JSON: zod writes object keys in the schema's order, so a retry that
      // re-serialised its body differently still hashes the same (answers keep their own order).
      bodyHash: createHash('sha256').update(JSON.stringify(submission)).digest('hex'),
      receivedAt: new Date().toISOString(),
      provider: submission.provider,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      locale: record.locale,
      profile: result.profile,
      stage: result.stage,
      scores: scoresOf(result),
      record: JSON.stringify(storedRecord),
      clientResult: JSON.stringify(record.result),
      resultMismatch,
      contact: submission.contact ? JSON.stringify(submission.contact) : null,
      consent: JSON.stringify(submission.consent),
      sentAt: submission.sentAt,
    });
    if (outcome.outcome === 'conflict')
      throw new RequestError(
        409,
        'id_conflict',
        'These results could not be sent. Please reload the page and send them again.',
        [
          {
            path: 'id',
            code: 'id_conflict',
            message: 'This submission id was already used for other results.',
          },
        ],
      );
    const receipt: Receipt = { format: RECEIPT_FORMAT, id: submission.id, receivedAt: outcome.receivedAt };
    request.log.info(
      {
        submission: submission.id,
        questionnaire: questionnaire.id,
        resultMismatch,
        repeat: outcome.outcome === 'repeat',
      },
      'submission stored',
    );
    return reply.code(outcome.outcome === 'created' ? 201 : 200).send(receipt);
  }

  app.get('/healthz', async (_request, reply) => {
    try {
      await database.query('SELECT 1');
      return { status: 'ok', database: database.engine };
    } catch {
      return reply.code(503).send({ status: 'unavailable', database: database.engine });
    }
  });

  // Admin: nothing readable without the bearer token.
  await app.register(async (admin) => {
    admin.addHook('onRequest', async (request, reply) => {
      if (request.method === 'OPTIONS') return;
      if (!adminDigest)
        throw new RequestError(403, 'admin_disabled', 'No admin token is configured for this collector.');
      const header = request.headers.authorization ?? '';
      const match = /^Bearer ([^\s]+)$/i.exec(header);
      // Compared as SHA-256 digests: equal lengths for timingSafeEqual, and no early exit on a prefix.
      if (!match?.[1] || !timingSafeEqual(digest(match[1]), adminDigest)) {
        reply.header('WWW-Authenticate', 'Bearer');
        throw new RequestError(401, 'unauthorized', 'A valid admin token is needed.');
      }
    });

    admin.get('/v1/submissions', async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const filter = readFilter(query);
      const limit = readLimit(query.limit);
      let after = readCursor(query.cursor);
      async function* lines() {
        let sent = 0;
        for (;;) {
          const wanted = limit === null ? PAGE_SIZE : Math.min(PAGE_SIZE, limit - sent + 1);
          const page = await listSubmissions(database, filter, after, wanted);
          for (const row of page) {
            if (limit !== null && sent === limit) {
              // One row more than asked for exists: hand out where to go on.
              yield `${JSON.stringify({ cursor: encodeCursor(after) })}\n`;
              return;
            }
            after = row.seq;
            sent += 1;
            yield (
              `{"id":${JSON.stringify(row.id)},"receivedAt":${JSON.stringify(row.received_at)},` +
              `"provider":${JSON.stringify(row.provider)},"record":${row.record},` +
              `"clientResult":${row.client_result},"resultMismatch":${row.result_mismatch},` +
              `"contact":${row.contact ?? 'null'},"consent":${row.consent},"sentAt":${JSON.stringify(row.sent_at)}}\n`
            );
          }
          if (page.length < wanted) return;
        }
      }
      reply.type('application/x-ndjson; charset=utf-8');
      return reply.send(Readable.from(lines()));
    });

    admin.get('/v1/export.csv', async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const filter = readFilter(query);
      const layout = csvLayout(
        registry.all().filter((q) => filter.questionnaire === undefined || q.id === filter.questionnaire),
      );
      async function* lines() {
        yield BOM + layout.header;
        let after: string | null = null;
        for (;;) {
          const page = await exportSubmissions(database, filter, after, PAGE_SIZE);
          // One chunk per page: fewer, larger writes.
          let chunk = '';
          for (const row of page) chunk += csvRow(layout, row);
          if (chunk) yield chunk;
          if (page.length < PAGE_SIZE) return;
          after = page[page.length - 1]!.seq;
        }
      }
      reply.type('text/csv; charset=utf-8');
      reply.header('Content-Disposition', 'attachment; filename="sme-readiness-submissions.csv"');
      return reply.send(Readable.from(lines()));
    });

    admin.get('/v1/cohort', async (request) => {
      const filter = readFilter(request.query as Record<string, unknown>);
      const summary = await cohort(database, filter);
      return {
        format: 'sme-readiness/cohort@1',
        questionnaires: summary.submissions.map(({ questionnaire_id: id, count }) => {
          const rows = summary.scores.filter((row) => row.questionnaire_id === id);
          const overall = rows.find((row) => row.kind === 'overall');
          // Every dimension the questionnaire has, in its order, even with no scored submission yet.
          const known = registry
            .all()
            .filter((q) => q.id === id)
            .flatMap((q) => q.dimensions.map((d) => d.id));
          const ids = [
            ...new Set([...known, ...rows.filter((r) => r.kind === 'dimension').map((r) => r.key)]),
          ];
          return {
            id,
            submissions: count,
            overall: { count: overall?.count ?? 0, median: overall?.median ?? null },
            dimensions: ids.map((dimension) => {
              const row = rows.find((r) => r.kind === 'dimension' && r.key === dimension);
              return { id: dimension, count: row?.count ?? 0, median: row?.median ?? null };
            }),
          };
        }),
      };
    });

    admin.delete('/v1/submissions/:id', async (request, reply) => {
      const { id } = request.params as { id: string };
      if (!z.safeParse(z.uuid(), id).success)
        throw new RequestError(400, 'invalid_id', 'A submission id is a UUID.');
      const found = await eraseSubmission(database, id.toLowerCase());
      // The audit line: what was done, to which random id, whether it existed. Nothing about the SME.
      request.log.info({ audit: 'erasure', submission: id.toLowerCase(), found }, 'erasure');
      if (!found) throw new RequestError(404, 'not_found', 'There is no submission with this id.');
      return reply.send({ id: id.toLowerCase(), erased: true });
    });
  });

  await app.ready();

  return {
    app,
    database,
    questionnaires: registry,
    async listen({ port = 8787, host = '127.0.0.1' } = {}) {
      await app.listen({ port, host });
      const address = app.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    },
    close: () => app.close(),
    inject: app.inject.bind(app) as FastifyInstance['inject'],
  };
}

function sendError(reply: FastifyReply, error: RequestError) {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.problems) body.error.problems = error.problems;
  return reply.code(error.statusCode).type('application/json; charset=utf-8').send(body);
}

/** fastify's own errors (body parsing, size, media type) in the collector's words. */
function fastifyError(error: { code?: string; statusCode?: number; message: string }): RequestError | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new RequestError(413, 'body_too_large', 'The results are too large to be sent (64 KB at most).');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new RequestError(415, 'unsupported_media_type', 'Results must be sent as JSON.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new RequestError(400, 'invalid_json', 'The results could not be read (not valid JSON).');
  }
  if (error.statusCode === 400 && /prototype|__proto__/i.test(error.message))
    return new RequestError(400, 'invalid_json', 'The results could not be read (forbidden keys).');
  // JSON.parse's own SyntaxError reaches here with a 400 on some paths.
  if (error.statusCode === 400 && error instanceof SyntaxError)
    return new RequestError(400, 'invalid_json', 'The results could not be read (not valid JSON).');
  if (error.statusCode === 429) return new RequestError(429, 'rate_limited', error.message);
  return null;
}

function loggerOptions(logger: boolean | Writable) {
  if (logger === false) return false;
  return {
    level: 'info',
    ...(logger === true ? {} : { stream: logger }),
    // No personal data in logs: no client address, no query string (filters), never a body.
    serializers: {
      req: (request: { method: string; url: string }) => ({
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
  };
}

function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType);
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

function scoresOf(result: Result): StoredScores {
  return {
    overall: result.overall.score,
    areas: Object.fromEntries(result.areas.map((area) => [area.id, area.score])),
    dimensions: Object.fromEntries(result.dimensions.map((dimension) => [dimension.id, dimension.score])),
  };
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text;
}

function readFilter(query: Record<string, unknown>): SubmissionFilter {
  const filter: SubmissionFilter = {};
  const text = (name: string) => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value === '' || value.length > 200)
      throw new RequestError(400, 'invalid_filter', `The filter "${name}" must be given once, as text.`);
    return value;
  };
  const date = (name: string) => {
    const value = text(name);
    if (value !== undefined && Number.isNaN(Date.parse(value)))
      throw new RequestError(
        400,
        'invalid_filter',
        `The filter "${name}" must be an ISO 8601 date or date and time.`,
      );
    return value;
  };
  const questionnaire = text('questionnaire');
  const from = date('from');
  const to = date('to');
  const profile = text('profile');
  if (questionnaire !== undefined) filter.questionnaire = questionnaire;
  if (from !== undefined) filter.from = new Date(from).toISOString();
  if (to !== undefined) filter.to = new Date(to).toISOString();
  if (profile !== undefined) filter.profile = profile;
  return filter;
}

function readLimit(value: unknown): number | null {
  if (value === undefined) return null;
  const limit = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT))
    throw new RequestError(400, 'invalid_limit', `The limit must be a whole number from 1 to ${MAX_LIMIT}.`);
  return limit;
}

function encodeCursor(seq: string | null): string {
  return Buffer.from(`s${seq ?? '0'}`).toString('base64url');
}

function readCursor(value: unknown): string | null {
  if (value === undefined) return null;
  const decoded = typeof value === 'string' ? Buffer.from(value, 'base64url').toString() : '';
  const match = /^s(\d{1,19})$/.exec(decoded);
  if (!match?.[1])
    throw new RequestError(400, 'invalid_cursor', 'The cursor is not one this collector gave out.');
  return match[1];
}

export type { Questionnaire };
