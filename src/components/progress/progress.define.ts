// Registers <sme-progress>. Importing `sme-readiness/components/progress` does it; calling
// defineProgress() again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { SmeProgress } from './progress.js';

export function defineProgress(): void {
  define('sme-progress', SmeProgress);
}

defineProgress();

export { SmeProgress };
