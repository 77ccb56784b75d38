// Registers <sme-score-summary>. Importing `sme-readiness/components/score-summary` does it; calling
// defineScoreSummary() again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { SmeScoreSummary } from './score-summary.js';

export function defineScoreSummary(): void {
  define('sme-score-summary', SmeScoreSummary);
}

defineScoreSummary();

export { SmeScoreSummary };
