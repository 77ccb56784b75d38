// Registers <sme-questionnaire> and the elements it renders (<sme-question>, <sme-progress>). Importing
// `sme-readiness/components/questionnaire` does it; calling defineQuestionnaire() again, or after another
// copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { defineQuestion } from '../question/question.define.js';
import { defineProgress } from '../progress/progress.define.js';
import { SmeQuestionnaire } from './questionnaire.js';

export function defineQuestionnaire(): void {
  defineQuestion();
  defineProgress();
  define('sme-questionnaire', SmeQuestionnaire);
}

defineQuestionnaire();

export { SmeQuestionnaire };
