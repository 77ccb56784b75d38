// Registers <sme-recommendations>. Importing `sme-readiness/components/recommendations` does it; calling
// defineRecommendations() again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { SmeRecommendations } from './recommendations.js';

export function defineRecommendations(): void {
  define('sme-recommendations', SmeRecommendations);
}

defineRecommendations();

export { SmeRecommendations };
