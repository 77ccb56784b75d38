// The collector's SQL schema as numbered migrations, applied in order at start (database.ts) and
// recorded in `schema_migrations`; the same statements run on PGlite and on PostgreSQL. Never edit a
// released migration: add the next number.
//
// One row per submission. The record (with the engine's result) and the client's own result are kept
// as `json` (stored as sent, cheap to write and to stream back); the scores the export and the cohort
// read are copied into a small `jsonb` beside them so those queries never parse whole records.
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'submissions and erasures',
    statements: [
      `CREATE TABLE submissions (
        seq bigserial NOT NULL UNIQUE,
        id uuid PRIMARY KEY,
        body_hash text NOT NULL,
        received_at timestamptz NOT NULL,
        provider text,
        questionnaire_id text NOT NULL,
        questionnaire_version text NOT NULL,
        locale text NOT NULL,
        profile text,
        stage text,
        scores jsonb NOT NULL,
        record json NOT NULL,
        client_result json NOT NULL,
        result_mismatch boolean NOT NULL,
        contact json,
        consent json NOT NULL,
        sent_at text NOT NULL
      )`,
      'CREATE INDEX submissions_by_questionnaire ON submissions (questionnaire_id, seq)',
      'CREATE INDEX submissions_by_received_at ON submissions (received_at)',
      // The erasure audit: when, which submission id, whether it existed. No personal data: the id is a
      // random UUID the browser made, and after erasure it points at nothing.
      `CREATE TABLE erasures (
        seq bigserial PRIMARY KEY,
        erased_at timestamptz NOT NULL DEFAULT now(),
        submission_id uuid NOT NULL,
        found boolean NOT NULL
      )`,
    ],
  },
];
