import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/results/results.define.js';
import { createRecord } from '../src/engine/formats/assessment.js';
import { experiencedAnswers, firstTimeAnswers, questionnaire } from './fixtures.js';
import benchmark from '../examples/benchmark-example.json';

const meta: Meta = { title: 'Results screen', component: 'sme-results' };
export default meta;

const firstTime = createRecord(questionnaire, firstTimeAnswers, {
  locale: 'en',
  completedAt: '2026-05-04T08:00:00.000Z',
});
const experienced = createRecord(questionnaire, experiencedAnswers, {
  locale: 'en',
  completedAt: '2026-11-20T09:12:00.000Z',
});

/** The results screen as an SME meets it after finishing: scores, radar, next steps, keep and share. */
export const AfterFinishing: StoryObj = {
  render: () =>
    html`<sme-results
      lang="en"
      .record=${experienced}
      .questionnaire=${questionnaire}
      .history=${[experienced]}
    ></sme-results>`,
};

/** With an earlier assessment kept in the browser, offered for comparison. */
export const WithAnEarlierAssessment: StoryObj = {
  render: () =>
    html`<sme-results
      lang="en"
      .record=${experienced}
      .questionnaire=${questionnaire}
      .history=${[firstTime, experienced]}
    ></sme-results>`,
};

/** Opened from a share link: marked as shared, no date, no restart. */
export const Shared: StoryObj = {
  render: () =>
    html`<sme-results lang="en" shared .record=${firstTime} .questionnaire=${questionnaire}></sme-results>`,
};

/**
 * With a provider's benchmark file (`benchmark-src`; here the demo's file of generated sample firms):
 * "How you compare", the peers' band on the radar and a peers column; the firm named its country, so
 * its Digital Intensity Index is set beside Eurostat's figure for Denmark.
 */
export const ComparedWithPeers: StoryObj = {
  render: () => {
    const danish = { ...firstTime, answers: { ...firstTime.answers, about_country: 'DK' } };
    const src = `data:application/json,${encodeURIComponent(JSON.stringify(benchmark))}`;
    return html`<sme-results
      lang="en"
      .record=${danish}
      .questionnaire=${questionnaire}
      .history=${[danish]}
      benchmark-src=${src}
    ></sme-results>`;
  },
};
