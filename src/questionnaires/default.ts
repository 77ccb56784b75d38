// sme-readiness/questionnaires/default: the default questionnaire as a typed object. The JSON is checked
// by the test suite with validateQuestionnaire, so it is typed here without validating again at run time.
import type { Questionnaire } from '../engine/model/schema.js';
import data from './default.json';

export const defaultQuestionnaire = data as unknown as Questionnaire;
export default defaultQuestionnaire;
