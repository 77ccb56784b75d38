// The package's main entry: registers every element and re-exports the classes and event types for
// typed use. The results elements are registered from a lazy chunk (results.ts), fetched after the first
// questions have painted (or when the page is idle, without <sme-readiness>), so the first load stays small; <sme-readiness> waits for it before showing
// results. Registration is by calling each define function, not only by importing its module: bundlers
// may drop the body of a module imported only for its effects.
// First, so that the default questionnaire is on its way while everything below evaluates.
import './internal/first-screen.js';
import { defineProgress } from './components/progress/progress.define.js';
import { defineQuestion } from './components/question/question.define.js';
import { defineQuestionnaire } from './components/questionnaire/questionnaire.define.js';
import { defineReadiness } from './components/readiness/readiness.define.js';
import { loadResultsElements } from './components/readiness/readiness.js';
import { whenIdle } from './internal/idle.js';

defineProgress();
defineQuestion();
defineQuestionnaire();
defineReadiness();

// A page with <sme-readiness> fetches the results elements once its first questions have painted (see
// readiness.ts); a page that uses the results elements on their own gets them when it is idle.
if (!globalThis.document?.querySelector('sme-readiness')) whenIdle(() => void loadResultsElements());

export { SmeProgress } from './components/progress/progress.js';
export { SmeQuestion } from './components/question/question.js';
export { SmeQuestionnaire } from './components/questionnaire/questionnaire.js';
export { SmeReadiness } from './components/readiness/readiness.js';
export { loadResultsElements };
export type { SmeRadarChart } from './components/radar-chart/radar-chart.js';
export type { SmeRecommendations } from './components/recommendations/recommendations.js';
export type { SmeResults } from './components/results/results.js';
export type { SmeScoreSummary } from './components/score-summary/score-summary.js';
export type * from './internal/events.js';
export { VERSION } from './version.js';
