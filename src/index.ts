// The package's main entry: registers every element (the one module with side effects besides
// results.ts, which it loads) and re-exports the classes and event types for typed use. The results
// elements are registered from a lazy chunk, started once the page is idle, so the questionnaire's
// first load stays small; <sme-readiness> waits for it before showing results.
import { define } from './internal/define.js';
import { SmeProgress } from './components/progress/progress.js';
import { SmeQuestion } from './components/question/question.js';
import { SmeQuestionnaire } from './components/questionnaire/questionnaire.js';
import { SmeReadiness, loadResultsElements } from './components/readiness/readiness.js';

define('sme-progress', SmeProgress);
define('sme-question', SmeQuestion);
define('sme-questionnaire', SmeQuestionnaire);
define('sme-readiness', SmeReadiness);

const whenIdle = (globalThis as { requestIdleCallback?: (callback: () => void) => void }).requestIdleCallback;
if (whenIdle) whenIdle(() => void loadResultsElements());
else setTimeout(() => void loadResultsElements(), 1000);

export { SmeProgress, SmeQuestion, SmeQuestionnaire, SmeReadiness, loadResultsElements };
export type { SmeRadarChart } from './components/radar-chart/radar-chart.js';
export type { SmeRecommendations } from './components/recommendations/recommendations.js';
export type { SmeScoreSummary } from './components/score-summary/score-summary.js';
export type * from './internal/events.js';
export { VERSION } from './version.js';
