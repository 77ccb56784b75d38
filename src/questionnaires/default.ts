// sme-readiness/questionnaires/default: the complete default questionnaire, every shipped language in its
// `texts`, as a typed object. `npm run generate` puts it together from the structure in ./default.json
// and locales/<lang>/questionnaire.json, and validates it (scripts/default-questionnaire.ts), so it is
// typed here without validating again at run time.
import type { Questionnaire } from '../engine/model/schema.js';
import data from '../../generated/questionnaire/default.json';

export const defaultQuestionnaire = data as unknown as Questionnaire;
export default defaultQuestionnaire;
