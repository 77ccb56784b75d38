// The results elements, registered together and loaded on demand by <sme-readiness> (and by the main
// entry once the page is idle), so a first visit downloads only what the questionnaire needs.
// Registration is a function the loader calls, not a side effect of importing: bundlers drop the
// bodies of side-effect-free modules that are imported only for their effects.
import { define } from './internal/define.js';
import { SmeRadarChart } from './components/radar-chart/radar-chart.js';
import { SmeRecommendations } from './components/recommendations/recommendations.js';
import { SmeScoreSummary } from './components/score-summary/score-summary.js';

export function defineResultsElements(): void {
  define('sme-score-summary', SmeScoreSummary);
  define('sme-radar-chart', SmeRadarChart);
  define('sme-recommendations', SmeRecommendations);
}

export { SmeRadarChart, SmeRecommendations, SmeScoreSummary };
