// Registers <sme-readiness> and the questionnaire elements it renders; the results elements load on
// demand when results are shown. Importing `sme-readiness/components/readiness` does it; calling
// defineReadiness() again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { defineQuestionnaire } from '../questionnaire/questionnaire.define.js';
import { SmeReadiness } from './readiness.js';

export function defineReadiness(): void {
  defineQuestionnaire();
  define('sme-readiness', SmeReadiness);
}

defineReadiness();

export { SmeReadiness };
