// Writes the questionnaire definition's JSON Schema (from the engine's zod schema) for editors:
// published as `sme-readiness/questionnaire.schema.json`. Run by `npm run build`.
import { writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { QuestionnaireSchema } from '../src/engine/schema.js';

const target = process.argv[2] ?? 'dist/questionnaire.schema.json';
const schema = z.toJSONSchema(QuestionnaireSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
const document = {
  ...schema,
  $id: 'https://unpkg.com/sme-readiness/dist/questionnaire.schema.json',
  title: 'sme-readiness questionnaire',
  description:
    'A questionnaire definition for sme-readiness: structure, scoring, conditions and texts per locale.',
};
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`Wrote ${target}`);
