import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { firstTimeAnswers, questionnaire } from './fixtures.js';

const meta: Meta = {
  title: 'Parts/sme-questionnaire',
  component: 'sme-questionnaire',
};
export default meta;

/** The first page: the context questions that place the firm. */
export const ContextPage: StoryObj = {
  render: () => html`<sme-questionnaire lang="en" .questionnaire=${questionnaire}></sme-questionnaire>`,
};

/** A dimension page with half of its questions answered. */
export const PageHalfAnswered: StoryObj = {
  render: () => {
    const answers = { ...firstTimeAnswers };
    delete answers.dr_cloud;
    delete answers.dr_social;
    delete answers.dr_online_sales;
    return html`<sme-questionnaire
      lang="en"
      .questionnaire=${questionnaire}
      .answers=${answers}
      .page=${2}
    ></sme-questionnaire>`;
  },
};

export const LastPage: StoryObj = {
  render: () =>
    html`<sme-questionnaire
      lang="en"
      .questionnaire=${questionnaire}
      .answers=${firstTimeAnswers}
      .page=${99}
    ></sme-questionnaire>`,
};
