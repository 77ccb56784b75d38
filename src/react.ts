// sme-readiness/react: React components for every element, via @lit/react, with typed props and
// `on…` event props. Importing it registers the elements (it imports the main entry).
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import './index.js';
import { SmeProgress } from './components/progress/progress.js';
import { SmeQuestion } from './components/question/question.js';
import { SmeQuestionnaire } from './components/questionnaire/questionnaire.js';
import { SmeReadiness as SmeReadinessElement } from './components/readiness/readiness.js';
import { SmeRadarChart as SmeRadarChartElement } from './components/radar-chart/radar-chart.js';
import { SmeRecommendations as SmeRecommendationsElement } from './components/recommendations/recommendations.js';
import { SmeScoreSummary as SmeScoreSummaryElement } from './components/score-summary/score-summary.js';
import type { SmeEvent } from './internal/events.js';
import { defineResultsElements } from './results.js';

// The results elements normally register lazily; a React app may render them directly, so register now.
defineResultsElements();

const answerEvents = {
  onSmeAnswer: 'sme-answer' as EventName<SmeEvent<'sme-answer'>>,
};

export const SmeReadiness = createComponent({
  tagName: 'sme-readiness',
  elementClass: SmeReadinessElement,
  react: React,
  events: {
    ...answerEvents,
    onSmePageChange: 'sme-page-change' as EventName<SmeEvent<'sme-page-change'>>,
    onSmeComplete: 'sme-complete' as EventName<SmeEvent<'sme-complete'>>,
    onSmeRestart: 'sme-restart' as EventName<SmeEvent<'sme-restart'>>,
    onSmeError: 'sme-error' as EventName<SmeEvent<'sme-error'>>,
  },
});

export const SmeQuestionnaireComponent = createComponent({
  tagName: 'sme-questionnaire',
  elementClass: SmeQuestionnaire,
  react: React,
  events: {
    ...answerEvents,
    onSmePageChange: 'sme-page-change' as EventName<SmeEvent<'sme-page-change'>>,
    onSmeComplete: 'sme-complete' as EventName<SmeEvent<'sme-complete'>>,
  },
});

export const SmeQuestionComponent = createComponent({
  tagName: 'sme-question',
  elementClass: SmeQuestion,
  react: React,
  events: answerEvents,
});

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
