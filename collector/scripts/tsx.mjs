// Runs the collector from its TypeScript sources in this repository, with no build: registers tsx with
// collector/tsconfig.json, whose `paths` map `sme-readiness/engine` (and the default questionnaire) to
// the engine's sources in ../src. Used by bin/ (when src/ is present), the tests and the bench:
//   node --import ./collector/scripts/tsx.mjs file.ts
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
