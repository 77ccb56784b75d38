// Writes the complete default questionnaire, every shipped language in its `texts`, validated (see
// scripts/default-questionnaire.ts for how it is put together from src/questionnaires/default.json and
// locales/<lang>/questionnaire.json): published as `sme-readiness/questionnaires/default` for the
// engine in Node and for providers who start their own questionnaire from it. Run by `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readDefaultQuestionnaire } from './default-questionnaire.js';

const target = process.argv[2] ?? 'dist/questionnaires/default.json';
let questionnaire;
try {
  questionnaire = readDefaultQuestionnaire();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, `${JSON.stringify(questionnaire, null, 2)}\n`);
console.log(`Wrote ${target} (${questionnaire.locales.join(', ')})`);
