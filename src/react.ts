// sme-readiness/react: React components for every element, via @lit/react, with typed props and
// `on…` event props. Importing it registers the elements (it imports the main entry). The event props
// are not listed here: `npm run generate` reads each element's JSDoc `@fires` from the custom elements
// manifest into generated/react/events.js (`onSmePageChange` for `sme-page-change`), and each component
// takes its element's entry, typed here with the event's detail.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { REACT_EVENTS } from '../generated/react/events.js';
import './index.js';
import { SmeProgress } from './components/progress/progress.js';
import { SmeQuestion } from './components/question/question.js';
import { SmeQuestionnaire } from './components/questionnaire/questionnaire.js';
import { SmeReadiness as SmeReadinessElement } from './components/readiness/readiness.js';
import { SmeRadarChart as SmeRadarChartElement } from './components/radar-chart/radar-chart.js';
import { SmeRecommendations as SmeRecommendationsElement } from './components/recommendations/recommendations.js';
import { SmeScoreSummary as SmeScoreSummaryElement } from './components/score-summary/score-summary.js';
import { SmeResults as SmeResultsElement } from './components/results/results.js';
import { SmeSendResults as SmeSendResultsElement } from './components/send-results/send-results.js';
import { defineSendResults } from './components/send-results/send-results.define.js';
import type { SmeEvent, SmeEventDetails } from './internal/events.js';
import { defineResultsElements } from './results.js';

// The results elements normally register lazily; a React app may render them directly, so register now.
defineResultsElements();
defineSendResults();

/**
 * An element's generated event props, each typed with its event's detail. An event named in `@fires`
 * but missing from SmeEventDetails (src/internal/events.ts) fails type-checking here.
 */
function typedEvents<Props extends Record<string, keyof SmeEventDetails>>(
  events: Props,
): { [Prop in keyof Props]: EventName<SmeEvent<Props[Prop]>> } {
  return events as unknown as { [Prop in keyof Props]: EventName<SmeEvent<Props[Prop]>> };
}

export const SmeReadiness = createComponent({
  tagName: 'sme-readiness',
  elementClass: SmeReadinessElement,
  react: React,
  events: typedEvents(REACT_EVENTS['sme-readiness']),
});

export const SmeQuestionnaireComponent = createComponent({
  tagName: 'sme-questionnaire',
  elementClass: SmeQuestionnaire,
  react: React,
  events: typedEvents(REACT_EVENTS['sme-questionnaire']),
});

export const SmeQuestionComponent = createComponent({
  tagName: 'sme-question',
  elementClass: SmeQuestion,
  react: React,
  events: typedEvents(REACT_EVENTS['sme-question']),
});

export const SmeResults = createComponent({
  tagName: 'sme-results',
  elementClass: SmeResultsElement,
  react: React,
  events: typedEvents(REACT_EVENTS['sme-results']),
});

export const SmeSendResults = createComponent({
  tagName: 'sme-send-results',
  elementClass: SmeSendResultsElement,
  react: React,
  events: typedEvents(REACT_EVENTS['sme-send-results']),
});

// The elements below fire no events, so REACT_EVENTS has no entry for them; test/browser/react.test.ts
// fails when one gains a `@fires` that its component does not pass on.
export const SmeProgressComponent = createComponent({
  tagName: 'sme-progress',
  elementClass: SmeProgress,
  react: React,
});

export const SmeRadarChart = createComponent({
  tagName: 'sme-radar-chart',
  elementClass: SmeRadarChartElement,
  react: React,
});

export const SmeScoreSummary = createComponent({
  tagName: 'sme-score-summary',
  elementClass: SmeScoreSummaryElement,
  react: React,
});

export const SmeRecommendations = createComponent({
  tagName: 'sme-recommendations',
  elementClass: SmeRecommendationsElement,
  react: React,
});

export {
  SmeQuestionnaireComponent as SmeQuestionnaire,
  SmeQuestionComponent as SmeQuestion,
  SmeProgressComponent as SmeProgress,
};
