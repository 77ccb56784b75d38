// Registers <sme-results> and the elements it renders (<sme-score-summary>, <sme-radar-chart>,
// <sme-recommendations>; <sme-send-results> registers when a provider's parts load). Importing `sme-readiness/components/results` does it; calling defineResults()
// again, or after another copy registered it, is harmless (internal/define.ts).
import { define } from '../../internal/define.js';
import { defineScoreSummary } from '../score-summary/score-summary.define.js';
import { defineRadarChart } from '../radar-chart/radar-chart.define.js';
import { defineRecommendations } from '../recommendations/recommendations.define.js';
import { SmeResults } from './results.js';

export function defineResults(): void {
  defineScoreSummary();
  defineRadarChart();
  defineRecommendations();
  define('sme-results', SmeResults);
}

defineResults();

export { SmeResults };
