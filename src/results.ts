// The results elements, registered together and loaded on demand by <sme-readiness> (and by the main
// entry once the page is idle), so a first visit downloads only what the questionnaire needs.
// Registration is a function the loader calls, not only a side effect of importing: bundlers drop the
// bodies of side-effect-free modules that are imported only for their effects.
import { loadChart } from './components/radar-chart/chart-controller.js';
import { defineResults } from './components/results/results.define.js';

export function defineResultsElements(): void {
  defineResults();
}

/**
 * Fetches what the results screen loads when it shows (chart.js, the comparison with peers and, on a
 * provider's page, its panels), so that it is there by then. Errors surface later, where they are used.
 */
export function prefetchResultsParts(withProvider: boolean): Promise<unknown> {
  return Promise.all([
    loadChart(),
    import('./components/results/peers.js'),
    withProvider ? import('./components/results/provider-panels.js') : null,
  ]);
}

export { SmeRadarChart } from './components/radar-chart/radar-chart.js';
export { SmeRecommendations } from './components/recommendations/recommendations.js';
export { SmeResults } from './components/results/results.js';
export { SmeScoreSummary } from './components/score-summary/score-summary.js';
