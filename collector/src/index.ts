// @sme-readiness/collector: the library entry, for embedding the collector in a provider's own Node
// server. `createCollector(options)` opens the database (running its migrations) and returns the
// fastify app with `listen`, `close` and `inject`; the CLI (cli.ts) is a thin layer over it.
export { createCollector, BODY_LIMIT, type Collector, type CollectorOptions } from './server.js';
export { QuestionnaireRegistry, loadQuestionnaireFile } from './questionnaires.js';
export { openDatabase, type Database, type DatabaseOptions, type Queryable } from './database.js';
export { MIGRATIONS, type Migration } from './migrations.js';
export * from './submission.js';
