// The results elements, registered together and loaded on demand by <sme-readiness> (and by the main
// entry once the page is idle), so a first visit downloads only what the questionnaire needs.
// Registration is a function the loader calls, not only a side effect of importing: bundlers drop the
// bodies of side-effect-free modules that are imported only for their effects.
import { defineResults } from './components/results/results.define.js';

export function defineResultsElements(): void {
  defineResults();
}

export { SmeRadarChart } from './components/radar-chart/radar-chart.js';
export { SmeRecommendations } from './components/recommendations/recommendations.js';
export { SmeResults } from './components/results/results.js';
export { SmeScoreSummary } from './components/score-summary/score-summary.js';
