import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { defineResultsElements } from '../src/results.js';
import { experiencedResult, firstTimeResult, questionnaire } from './fixtures.js';

defineResultsElements();

const meta: Meta = { title: 'Results' };
export default meta;

const all = (result: typeof firstTimeResult) => html`
  <sme-score-summary lang="en" .result=${result} .questionnaire=${questionnaire}></sme-score-summary>
  <sme-radar-chart lang="en" .results=${[result]} .questionnaire=${questionnaire}></sme-radar-chart>
  <sme-recommendations lang="en" .result=${result} .questionnaire=${questionnaire}></sme-recommendations>
`;

/** A first-time exporter with weak digital basics. */
export const FirstTimeExporter: StoryObj = { render: () => all(firstTimeResult) };

/** An experienced exporter with strong e-commerce. */
export const ExperiencedExporter: StoryObj = { render: () => all(experiencedResult) };

/** Two results on one radar: a follow-up against the first assessment. */
export const ComparisonOnTheRadar: StoryObj = {
  render: () =>
    html`<sme-radar-chart
      lang="en"
      .results=${[experiencedResult, firstTimeResult]}
      .seriesLabels=${['November 2026', 'May 2026']}
      .questionnaire=${questionnaire}
    ></sme-radar-chart>`,
};

export const ScoreSummary: StoryObj = {
  render: () =>
    html`<sme-score-summary
      lang="en"
      .result=${firstTimeResult}
      .questionnaire=${questionnaire}
    ></sme-score-summary>`,
};

/** The next steps in the engine's order, across both areas: the first `limit` shown, the rest behind one button. */
export const Recommendations: StoryObj<{ limit: number }> = {
  args: { limit: 5 },
  argTypes: { limit: { control: { type: 'number', min: 0, step: 1 } } },
  render: ({ limit }) =>
    html`<sme-recommendations
      lang="en"
      limit=${limit}
      .result=${firstTimeResult}
      .questionnaire=${questionnaire}
    ></sme-recommendations>`,
};
