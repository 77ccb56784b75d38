// Registers <sme-question>. Importing `sme-readiness/components/question` does it; calling
// defineQuestion() again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { SmeQuestion } from './question.js';

export function defineQuestion(): void {
  define('sme-question', SmeQuestion);
}

defineQuestion();

export { SmeQuestion };
