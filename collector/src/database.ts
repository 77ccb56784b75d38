// One small interface over the two engines that serve the collector's one SQL schema: PGlite (PostgreSQL
// compiled to WebAssembly, in-process, storing in a data folder; the default) and a real PostgreSQL
// through `pg` when a connection string is given. The store (store.ts) writes plain SQL against
// `Queryable` and never learns which engine it talks to; migrations run here, at open, for both.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from './migrations.js';

export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database extends Queryable {
  readonly engine: 'pglite' | 'postgresql';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseOptions =
  { dataDir: string; url?: undefined } | { url: string; dataDir?: undefined; poolSize?: number };

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.url
    ? await openPostgres(options.url, options.poolSize ?? 10)
    : await openPglite(options.dataDir ?? './sme-data');
  try {
    await migrate(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

// PGlite keeps the folder to itself: a second process opening it would corrupt it, and a reopen after
// a crash finds PostgreSQL's postmaster.pid left behind. A lock file with our pid tells the two apart.
const LOCK_FILE = 'collector.pid';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, LOCK_FILE);
  if (existsSync(lockPath)) {
    const pid = Number(readFileSync(lockPath, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid))
      throw new Error(`The data folder ${dataDir} is in use by another collector (process ${pid}).`);
    // The last collector died without closing: PostgreSQL's own pid file is stale too, and PGlite can
    // wait on it at start. Nothing else uses the folder (checked above), so it is safe to remove.
    rmSync(join(dataDir, 'pgdata', 'postmaster.pid'), { force: true });
  }
  writeFileSync(lockPath, `${process.pid}\n`);
  const { PGlite } = await import('@electric-sql/pglite');
  let pglite;
  try {
    pglite = await PGlite.create(join(dataDir, 'pgdata'));
  } catch (error) {
    rmSync(lockPath, { force: true });
    throw error;
  }
  const db = pglite;
  const query = async <Row>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows;
  return {
    engine: 'pglite',
    query,
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async (sql, params = []) => (await tx.query(sql, params)).rows as never }),
      ),
    async close() {
      await db.close();
      rmSync(lockPath, { force: true });
    },
  };
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client whose server went away emits 'error'; without a listener that would end the process.
  pool.on('error', () => {});
  // Fail at start, with the server's own message, rather than on the first submission.
  const probe = await pool.connect();
  probe.release();
  return {
    engine: 'postgresql',
    query: async (sql, params = []) => (await pool.query(sql, params)).rows,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (sql, params = []) => (await client.query(sql, params)).rows,
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

// Several collectors may start at once against one PostgreSQL (instances behind a load balancer): an
// advisory lock lets one of them migrate while the others wait, then find nothing left to do.
const MIGRATION_LOCK = 1_736_017;

async function migrate(database: Database): Promise<void> {
  await database.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const applied = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) =>
        Number(row.version),
      ),
    );
    const newest = Math.max(0, ...applied);
    const known = MIGRATIONS.at(-1)?.version ?? 0;
    if (newest > known)
      throw new Error(
        `The database has schema version ${newest}, newer than this collector knows (${known}): upgrade the collector.`,
      );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
    }
  });
}
