// Registers <sme-send-results>. Importing `sme-readiness/components/send-results` does it; calling
// defineSendResults() again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { SmeSendResults } from './send-results.js';

export function defineSendResults(): void {
  define('sme-send-results', SmeSendResults);
}

defineSendResults();

export { SmeSendResults };
