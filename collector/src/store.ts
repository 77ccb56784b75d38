// Every SQL statement the collector runs against a submission, on either engine (database.ts).
//
// Writes: one INSERT … ON CONFLICT DO NOTHING per submission, in autocommit, so the row is committed
// when the call returns and the route may answer. A conflict on the id is an idempotent retry when the
// stored body hash matches, and a reuse of the id otherwise.
// Reads: keyset pages ordered by `seq`, so a stream of any length holds one page in memory at a time.
import type { Database, Queryable } from './database.js';
import type { Result } from 'sme-readiness/engine';

export interface NewSubmission {
  id: string;
  bodyHash: string;
  receivedAt: string;
  provider: string | null;
  questionnaireId: string;
  questionnaireVersion: string;
  locale: string;
  profile: string | null;
  stage: string | null;
  scores: StoredScores;
  /** JSON texts, stored as they are. */
  record: string;
  clientResult: string;
  resultMismatch: boolean;
  contact: string | null;
  consent: string;
  sentAt: string;
}

/** The engine's scores by id, copied out of the result for the export and the cohort. */
export interface StoredScores {
  overall: number | null;
  areas: Record<string, number | null>;
  dimensions: Record<string, number | null>;
}

export type InsertOutcome =
  | { outcome: 'created'; receivedAt: string }
  | { outcome: 'repeat'; receivedAt: string }
  | { outcome: 'conflict' };

// timestamptz → the ISO text the API speaks, the same on both engines (pg gives Date, PGlite too, but
// JSON text of either would differ from what the client was first told).
const ISO = `to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function insertSubmission(db: Queryable, row: NewSubmission): Promise<InsertOutcome> {
  // Two tries: the row that made the conflict can be erased between the INSERT and the SELECT.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const inserted = await db.query<{ received_at: string }>(
      `INSERT INTO submissions (id, body_hash, received_at, provider, questionnaire_id, questionnaire_version,
         locale, profile, stage, scores, record, client_result, result_mismatch, contact, consent, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::json, $12::json, $13, $14::json, $15::json, $16)
       ON CONFLICT (id) DO NOTHING
       RETURNING ${ISO} AS received_at`,
      [
        row.id,
        row.bodyHash,
        row.receivedAt,
        row.provider,
        row.questionnaireId,
        row.questionnaireVersion,
        row.locale,
        row.profile,
        row.stage,
        JSON.stringify(row.scores),
        row.record,
        row.clientResult,
        row.resultMismatch,
        row.contact,
        row.consent,
        row.sentAt,
      ],
    );
    if (inserted[0]) return { outcome: 'created', receivedAt: inserted[0].received_at };
    const existing = await db.query<{ body_hash: string; received_at: string }>(
      `SELECT body_hash, ${ISO} AS received_at FROM submissions WHERE id = $1`,
      [row.id],
    );
    if (existing[0])
      return existing[0].body_hash === row.bodyHash
        ? { outcome: 'repeat', receivedAt: existing[0].received_at }
        : { outcome: 'conflict' };
  }
  throw new Error('The submission id conflicted, then vanished twice.');
}

export interface SubmissionFilter {
  questionnaire?: string;
  /** Received at or after (ISO 8601). */
  from?: string;
  /** Received before (ISO 8601). */
  to?: string;
  profile?: string;
}

function where(filter: SubmissionFilter, afterSeq: string | null): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    clauses.push(clause.replace('?', `$${params.length}`));
  };
  if (afterSeq !== null) add('seq > ?::bigint', afterSeq);
  if (filter.questionnaire !== undefined) add('questionnaire_id = ?', filter.questionnaire);
  if (filter.from !== undefined) add('received_at >= ?::timestamptz', filter.from);
  if (filter.to !== undefined) add('received_at < ?::timestamptz', filter.to);
  if (filter.profile !== undefined) add('profile = ?', filter.profile);
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export interface ListedSubmission {
  seq: string;
  id: string;
  received_at: string;
  provider: string | null;
  record: string;
  client_result: string;
  result_mismatch: boolean;
  contact: string | null;
  consent: string;
  sent_at: string;
}

export async function listSubmissions(
  db: Queryable,
  filter: SubmissionFilter,
  afterSeq: string | null,
  pageSize: number,
): Promise<ListedSubmission[]> {
  const { sql, params } = where(filter, afterSeq);
  return db.query<ListedSubmission>(
    `SELECT seq::text AS seq, id::text AS id, ${ISO} AS received_at, provider, record::text AS record,
       client_result::text AS client_result, result_mismatch, contact::text AS contact,
       consent::text AS consent, sent_at
     FROM submissions ${sql} ORDER BY submissions.seq LIMIT ${Math.trunc(pageSize)}`,
    params,
  );
}

export interface ExportedSubmission {
  seq: string;
  id: string;
  received_at: string;
  questionnaire_id: string;
  questionnaire_version: string;
  locale: string;
  provider: string | null;
  profile: string | null;
  stage: string | null;
  scores: StoredScores;
  result_mismatch: boolean;
  contact: string | null;
  /** What the cohort report groups and counts by, from the stored record. */
  completed_at: string | null;
  size: string | null;
  sector: string | null;
  country: string | null;
  details: { indices: Record<string, number>; recommendations: string[]; completeness: number | null };
}

export async function exportSubmissions(
  db: Queryable,
  filter: SubmissionFilter,
  afterSeq: string | null,
  pageSize: number,
): Promise<ExportedSubmission[]> {
  const { sql, params } = where(filter, afterSeq);
  const rows = await db.query<
    Omit<ExportedSubmission, 'scores' | 'details'> & { scores: string; result: string }
  >(
    `SELECT seq::text AS seq, id::text AS id, ${ISO} AS received_at, questionnaire_id, questionnaire_version,
       locale, provider, profile, stage, scores::text AS scores, result_mismatch, contact::text AS contact,
       record->>'completedAt' AS completed_at, record->'answers'->>'about_size' AS size,
       record->'answers'->>'about_sector' AS sector, record->'answers'->>'about_country' AS country,
       (record->'result')::text AS result
     FROM submissions ${sql} ORDER BY submissions.seq LIMIT ${Math.trunc(pageSize)}`,
    params,
  );
  return rows.map(({ result, ...row }) => ({
    ...row,
    scores: JSON.parse(row.scores) as StoredScores,
    details: details(JSON.parse(result) as Result),
  }));
}

/** The index points, next steps and completeness of a stored result (the engine's, never the browser's). */
function details(result: Result): ExportedSubmission['details'] {
  const { answered, visible } = result.completeness;
  return {
    indices: Object.fromEntries(result.indices.map((index) => [index.id, index.points])),
    recommendations: [...new Set(result.recommendations.map((recommendation) => recommendation.id))],
    completeness: visible > 0 ? Math.round((answered / visible) * 100) : null,
  };
}

/** Deletes the submission and writes the audit row in one transaction; true when it existed. */
export async function eraseSubmission(db: Database, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const deleted = await tx.query('DELETE FROM submissions WHERE id = $1 RETURNING seq', [id]);
    const found = deleted.length > 0;
    await tx.query('INSERT INTO erasures (submission_id, found) VALUES ($1, $2)', [id, found]);
    return found;
  });
}

export interface CohortRow {
  questionnaire_id: string;
  kind: 'overall' | 'dimension';
  key: string;
  count: number;
  median: number | null;
}

/** Per questionnaire: the overall score's and each dimension's count of scored submissions and median. */
export async function cohort(
  db: Queryable,
  filter: SubmissionFilter,
): Promise<{
  submissions: { questionnaire_id: string; count: number }[];
  scores: CohortRow[];
}> {
  const { sql, params } = where(filter, null);
  const submissions = await db.query<{ questionnaire_id: string; count: number }>(
    `SELECT questionnaire_id, count(*)::int AS count FROM submissions ${sql}
     GROUP BY questionnaire_id ORDER BY questionnaire_id`,
    params,
  );
  const scores = await db.query<CohortRow>(
    `WITH picked AS (SELECT questionnaire_id, scores FROM submissions ${sql}),
     values_ AS (
       SELECT questionnaire_id, 'overall' AS kind, '' AS key, scores->'overall' AS value FROM picked
       UNION ALL
       SELECT questionnaire_id, 'dimension', d.key, d.value FROM picked, jsonb_each(picked.scores->'dimensions') d
     )
     SELECT questionnaire_id, kind, key, count(*)::int AS count,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY (value #>> '{}')::float8))::float8 AS median
     FROM values_ WHERE jsonb_typeof(value) = 'number'
     GROUP BY questionnaire_id, kind, key ORDER BY questionnaire_id, kind, key`,
    params,
  );
  return { submissions, scores };
}
