// Writes the JSON Schemas derived from the engine's zod schemas, for editors and back ends:
//   sme-readiness/questionnaire.schema.json: the questionnaire definition;
//   sme-readiness/assessment.schema.json: a completed assessment (saved file, `sme-complete` detail);
//   sme-readiness/provider.schema.json: a provider profile (contact, privacy notice, services);
//   sme-readiness/submission.schema.json: the "Send my results" request a provider's server receives;
//   sme-readiness/benchmark.schema.json: a published cohort aggregate firms compare with (`benchmark-src`).
// Run by `npm run build` with the output folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { QuestionnaireSchema } from '../src/engine/model/schema.js';
import { AssessmentRecordSchema } from '../src/engine/formats/record.js';
import { RECORD_FORMAT } from '../src/engine/formats/assessment.js';
import { ProviderSchema } from '../src/engine/provider/schema.js';
import { SUBMISSION_FORMAT } from '../src/engine/formats/submission.js';
import { SubmissionSchema } from '../src/engine/formats/submission-schema.js';
import { BenchmarkSchema } from '../src/engine/cohort/benchmark-schema.js';
import { AGGREGATE_FORMAT } from '../src/engine/cohort/aggregate.js';

const folder = process.argv[2] ?? 'dist';
const write = (name: string, schema: z.ZodMiniType, title: string, description: string) => {
  const document = {
    ...z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }),
    $id: `https://unpkg.com/sme-readiness/dist/${name}`,
    title,
    description,
  };
  const target = join(folder, name);
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`Wrote ${target}`);
};

write(
  'questionnaire.schema.json',
  QuestionnaireSchema,
  'sme-readiness questionnaire',
  'A questionnaire definition for sme-readiness: structure, scoring, conditions and texts per locale.',
);
write(
  'assessment.schema.json',
  AssessmentRecordSchema,
  'sme-readiness completed assessment',
  `A completed assessment (format "${RECORD_FORMAT}"): questionnaire id and version, locale, answers, result and timestamps.`,
);
write(
  'provider.schema.json',
  ProviderSchema,
  'sme-readiness provider profile',
  'The profile of a provider embedding sme-readiness: contact, privacy notice, where results are sent, and the services it offers with what each is for; texts per locale.',
);
write(
  'submission.schema.json',
  SubmissionSchema,
  'sme-readiness submission',
  `The request "Send my results" POSTs to a provider's server (format "${SUBMISSION_FORMAT}"): a completed assessment, optional contact details and the consent given.`,
);
write(
  'benchmark.schema.json',
  BenchmarkSchema,
  'sme-readiness benchmark',
  `A cohort aggregate (format "${AGGREGATE_FORMAT}"), as the cohort report's "Download aggregate" writes it and \`benchmark-src\` reads it: statistics per dimension, area and overall for the whole cohort and for groups by size band, sector and country, each group and statistic over at least \`minGroupSize\` firms. It holds no answers and no firm's own figures.`,
);
